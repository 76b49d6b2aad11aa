// The dashboard's store, theme and words, from context; panes select the smallest slice.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Translate } from '../../text/i18n.js';
import type { Theme } from '../theme.js';
import type { UiState, UiStore } from '../../state/ui-state.js';

export interface DashboardEnv {
  readonly store: UiStore;
  readonly theme: Theme;
  readonly t: Translate;
  /** Demo mode was asked for (its keys and help section exist). */
  readonly demoAvailable: boolean;
}

export const DashboardContext = createContext<DashboardEnv | null>(null);

export function useDashboard(): DashboardEnv {
  const env = useContext(DashboardContext);
  if (env === null) throw new Error('useDashboard outside <DashboardContext.Provider>');
  return env;
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useDashboard().store, selector);
}

/** For selectors that build an object or array: re-render only when its fields change. */
export function useUiShallow<T extends object>(selector: (state: UiState) => T): T {
  return useStore(useDashboard().store, useShallow(selector));
}
