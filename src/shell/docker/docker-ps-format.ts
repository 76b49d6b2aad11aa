// What docker 1.10's `docker ps` prints for each container, by template: the default table
// is `table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}} ago\t{{.Status}}\t
// {{.Ports}}\t{{.Names}}` (+ `\t{{.Size}}` with -s), and `--format` takes any template of
// the same fields (api/client/ps/custom.go and formatter.go at moby 59a341e: each field
// adds its header, upper-cased; `table` prints that header over a tabwriter; without it,
// one line per container as the template writes it). docs/fidelity-notes.md Q13.
import type { Container, HostState } from '../../sim/index.js';
import { humanSize } from './docker-images.js';
import { humanDuration, psCommand, tabwriter } from './docker-format.js';
import { portsColumn } from './docker-ports.js';

export const DEFAULT_PS_FORMAT =
  'table {{.ID}}\\t{{.Image}}\\t{{.Command}}\\t{{.RunningFor}} ago\\t{{.Status}}\\t' +
  '{{.Ports}}\\t{{.Names}}';

/** The seed's clock starts at this instant; container times are offsets from it. */
const EPOCH = Date.UTC(2015, 10, 19, 9, 0, 0);

interface Field {
  readonly header: string;
  readonly value: (c: Container, s: HostState, trunc: boolean, size: boolean) => string;
}

const statusOf = (c: Container, s: HostState): string =>
  c.state === 'Running' && c.startedAt !== null
    ? `Up ${humanDuration(s.now - c.startedAt)}`
    : `Exited (0) ${humanDuration(s.now - (c.stoppedAt ?? c.createdAt))} ago`;

/** Go's Time.String() of a UTC instant: `2015-11-19 09:00:05 +0000 UTC`. */
const goTime = (ms: number): string =>
  `${new Date(EPOCH + ms).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;

const FIELDS: Readonly<Record<string, Field>> = {
  ID: {
    header: 'CONTAINER ID',
    value: (c, _s, trunc) => (trunc ? (c.dockerId ?? '').slice(0, 12) : (c.dockerId ?? '')),
  },
  Image: { header: 'IMAGE', value: (c) => c.dockerImage ?? c.image.toLowerCase() },
  Command: {
    header: 'COMMAND',
    value: (c, _s, trunc) =>
      trunc ? psCommand(c.dockerCommand ?? 'cmd') : JSON.stringify(c.dockerCommand ?? 'cmd'),
  },
  CreatedAt: { header: 'CREATED AT', value: (c) => goTime(c.createdAt) },
  RunningFor: { header: 'CREATED', value: (c, s) => humanDuration(s.now - c.createdAt) },
  Ports: { header: 'PORTS', value: (c) => (c.state === 'Running' ? portsColumn(c) : '') },
  Status: { header: 'STATUS', value: statusOf },
  // Nothing is written inside the lab's containers (SizeRw 0); the image underneath is the
  // virtual size (SizeRootFs), which the daemon computes only when -s asks for it and the
  // client shows only when it is more than 0 — TP4's base images show 0 B (I11).
  Size: {
    header: 'SIZE',
    value: (c, s, _t, size) => {
      const rootFs = size
        ? (s.images.find((i) => i.dockerImageId === c.imageId)?.sizeBytes ?? 0)
        : 0;
      return rootFs > 0 ? `0 B (virtual ${humanSize(rootFs)})` : '0 B';
    },
  },
  Names: { header: 'NAMES', value: (c) => c.name },
  Labels: { header: 'LABELS', value: () => '' },
};

type Piece = { readonly text: string } | { readonly field: Field } | { readonly label: string };

const ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;

/** Go's error text for an action the lab's template subset does not know. */
const unknownAction = (action: string): string =>
  /^\.[A-Za-z_]\w*$/.test(action)
    ? `Template parsing error: template: :1:2: executing "" at <${action}>: can't evaluate ` +
      `field ${action.slice(1)} in type *ps.containerContext`
    : `Template parsing error: template: :1: function "${action.split(/\s/)[0] ?? ''}" not defined`;

function parseTemplate(template: string): { pieces: Piece[] } | { error: string } {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of template.matchAll(ACTION)) {
    pieces.push({ text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    const action = (match[1] ?? '').replace(/^\((.*)\)$/, '$1').trim();
    const label = /^\.Label\s+"([^"]*)"$/.exec(action);
    const field = FIELDS[action.slice(1)];
    if (label) pieces.push({ label: label[1] ?? '' });
    else if (action.startsWith('.') && field !== undefined) pieces.push({ field });
    else return { error: unknownAction(action) };
  }
  pieces.push({ text: template.slice(last) });
  return { pieces };
}

/** A label's header: the part after the last dot, `-` and `_` as spaces, upper-cased. */
const labelHeader = (name: string): string =>
  (name.split('.').at(-1) ?? '').replace(/[-_]/g, ' ').toUpperCase();

export interface PsFormatOptions {
  readonly trunc: boolean;
  readonly size: boolean;
}

/** The lines `docker ps` prints for these containers (newest first) with this template. */
export function formatPs(
  state: HostState,
  containers: readonly Container[],
  format: string,
  options: PsFormatOptions,
): string[] {
  const table = format.startsWith('table');
  let body = (table ? format.slice('table'.length) : format)
    .replace(/^ +| +$/g, '')
    .replaceAll('\\t', '\t')
    .replaceAll('\\n', '\n');
  if (table && options.size) body += '\t{{.Size}}';
  const parsed = parseTemplate(body);
  if ('error' in parsed) return [parsed.error];
  const render = (c: Container) =>
    parsed.pieces
      .map((p) =>
        'text' in p
          ? p.text
          : 'label' in p
            ? ''
            : p.field.value(c, state, options.trunc, options.size),
      )
      .join('');
  const lines = containers.flatMap((c) => render(c).split('\n'));
  if (!table) return lines;
  const header = parsed.pieces
    .filter((p) => !('text' in p))
    .map((p) => ('label' in p ? labelHeader(p.label) : 'field' in p ? p.field.header : ''))
    .join('\t');
  return tabwriter([header, ...lines].map((line) => line.split('\t')));
}
