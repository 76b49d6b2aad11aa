// The one keyboard handler: every read from the terminal goes to the store, which splits
// it into keys and runs of text and applies each in order (actions/keyboard-input.ts);
// text fields are drawn from the store's line model, so nothing else types. The raw input,
// not useInput, because Ink merges what arrives together into one event and does not report
// F-keys.
import type { EventEmitter } from 'node:events';
import { useStdin } from 'ink';
import { useEffect } from 'react';
import type { UiStore } from '../../state/ui-state.js';

export function useKeyInput(store: UiStore): void {
  // Ink 8 still provides its raw input emitter in the stdin context but no longer types it.
  const stdinContext = useStdin() as ReturnType<typeof useStdin> & {
    readonly internal_eventEmitter: EventEmitter;
  };
  const { internal_eventEmitter: emitter, setRawMode, isRawModeSupported } = stdinContext;
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
