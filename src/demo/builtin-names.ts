// The built-in demos' names, without loading them (the CLI's help text needs only these).
export const BUILTIN_SCENARIO_NAMES = [
  'isolation',
  'conversion',
  'docker',
  'internals',
  'networking',
] as const;
