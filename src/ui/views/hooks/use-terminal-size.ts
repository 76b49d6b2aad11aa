// Follow stdout's size and its 'resize' event into the store.
import { useStdout } from 'ink';
import { useEffect } from 'react';
import type { UiStore } from '../../state/ui-state.js';

export const FALLBACK_SIZE = { columns: 80, rows: 24 } as const;

export function terminalSize(stdout: { columns?: number; rows?: number }): {
  columns: number;
  rows: number;
} {
  return {
    columns: stdout.columns || FALLBACK_SIZE.columns,
    rows: stdout.rows || FALLBACK_SIZE.rows,
  };
}

export function useTerminalSize(store: UiStore): void {
  // Ink 8 types it as a bare WritableStream; it is the stream render() was given.
  const stdout = useStdout().stdout as NodeJS.WriteStream;
  useEffect(() => {
    const sync = () => {
      const { columns, rows } = terminalSize(stdout);
      store.getState().actions.setSize(columns, rows);
    };
    sync();
    stdout.on('resize', sync);
    return () => {
      stdout.off('resize', sync);
    };
  }, [stdout, store]);
}
