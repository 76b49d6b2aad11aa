// The one keyboard handler: every read from the terminal goes to the store, which splits
// it into keys and runs of text and applies each in order (actions/keyboard-input.ts);
// text fields are drawn from the store's line model, so nothing else types. The raw input,
// not useInput, because Ink merges what arrives together into one event and does not report
// F-keys.
import { useStdin } from 'ink';
import { useEffect } from 'react';
import type { UiStore } from '../../state/ui-state.js';

export function useKeyInput(store: UiStore): void {
  const { internal_eventEmitter: emitter, setRawMode, isRawModeSupported } = useStdin();
  useEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [setRawMode, isRawModeSupported]);
  useEffect(() => {
    const onInput = (data: string) => store.getState().actions.handleInput(data);
    emitter.on('input', onInput);
    return () => {
      emitter.off('input', onInput);
    };
  }, [emitter, store]);
}
