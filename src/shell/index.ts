// The command language's public surface.
export { Shell, HOST_PROMPT, type LineResult, type ShellOptions } from './shell.js';
export { CMD_PROMPT } from './docker/cmd-shell.js';
export { allCmdlets, resolveCommandName, ALIASES } from './cmdlets/registry.js';
export { memberNames, outputMemberNames } from './member-names.js';
export { formatTimeSpan } from './runtime/timespan.js';
