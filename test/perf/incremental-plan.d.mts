// Types for incremental-plan.mjs (plain JS: the driver runs it without a build step).
export declare const PHASES: ReadonlyArray<readonly [number, number]>;
export declare const UPDATES: number;
export type Step =
  | { readonly kind: 'tick' }
  | { readonly kind: 'line'; readonly line: string }
  | { readonly kind: 'key'; readonly key: string };
export declare function script(): Step[];
