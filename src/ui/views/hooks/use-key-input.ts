// The one keyboard handler: every read from the terminal goes to the store, which splits
// it into keys and routes them by the keymap (key-dispatch.ts handleInput). Text fields
// (ink-text-input) type for themselves; which of the two hears a read first is not fixed
// (ink-text-input subscribes again on each render), so the store ignores a change from a
// field that a key of the same read has closed or reset. The raw input, not useInput,
// because Ink merges what arrives together into one event and does not report F-keys.
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
