// What Tab offers after `$x.` and `$_.` (issue 12): the property names of a value, or of
// what a command writes to the pipeline, from an object built as that command builds it
// (runtime/objects.ts) out of the model as it is now. Nothing runs: no command is invoked.
import { hostProcesses, type HostState } from '../sim/index.js';
import { resolveCommandName } from './cmdlets/registry.js';
import {
  computeProcessObject,
  containerObject,
  imageObject,
  processObject,
} from './runtime/objects.js';
import { isPSObject, type PSValue } from './runtime/values.js';

/** The property names of a value (of its first item, for a collection), in their order. */
export function memberNames(value: PSValue | undefined): string[] {
  const first = Array.isArray(value) ? (value as readonly PSValue[])[0] : value;
  if (first === undefined || first === null) return [];
  if (typeof first === 'string') return ['Length'];
  if (typeof first === 'object' && isPSObject(first)) return first.properties.map((p) => p.name);
  return [];
}

type Sample = (state: HostState) => PSValue | undefined;

const container: Sample = (s) =>
  s.containers[0] ? containerObject(s.containers[0], s) : undefined;

/** One object of the type each command writes, built from the model. */
const OUTPUT: Readonly<Record<string, Sample>> = {
  'get-container': container,
  'new-container': container,
  'start-container': container,
  'stop-container': container,
  'set-container': container,
  'get-containerimage': (s) => (s.images[0] ? imageObject(s.images[0]) : undefined),
  'get-process': (s) => {
    const p = hostProcesses(s)[0];
    return p === undefined ? undefined : processObject(p);
  },
  'get-computeprocess': (s) =>
    s.containers[0] ? computeProcessObject(s.containers[0]) : undefined,
};

/** The properties of what `command` (a name or an alias) writes, or null if not known. */
export function outputMemberNames(command: string, state: HostState): string[] | null {
  const name = resolveCommandName(command)?.name.toLowerCase() ?? command.toLowerCase();
  const sample = OUTPUT[name];
  if (sample === undefined) return null;
  const names = memberNames(sample(state));
  return names.length === 0 ? null : names;
}
