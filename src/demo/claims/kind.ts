// A claim's kind: which of the marker keys it has. Apart from the schemas (schema.ts), so
// that checking claims — what a running demo or lesson does — never loads zod, which only
// reading a scenario or lesson file needs (docs/performance.md, "What the start loads").

/** The keys that tell a claim's kind, in the order they are looked for. */
export const CLAIM_MARKERS = [
  'hostCsrss',
  'hostShows',
  'sees',
  'onHost',
  'process',
  'samePid',
  'vmwpFor',
  'entered',
  'containers',
  'computeProcesses',
  'switch',
  'addressOn',
  'nicIn',
  'hostNics',
  'hostPort',
  'container',
] as const;

export type ClaimKind = (typeof CLAIM_MARKERS)[number];

export function claimKind(value: object): ClaimKind | undefined {
  return CLAIM_MARKERS.find((kind) => kind in value);
}
