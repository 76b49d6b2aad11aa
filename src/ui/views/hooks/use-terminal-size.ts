// Ink 6.8 has no size hook: follow stdout's size and its 'resize' event into the store.
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
  const { stdout } = useStdout();
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
