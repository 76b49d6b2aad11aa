// The one-line summary of the seed's experiment: how many csrss the host has, how many
// of them are a container's, and what the container itself sees (docs/spec.md §5).
import {
  csrssRoster,
  findContainerById,
  kernelRoster,
  processSetOf,
  runningContainers,
  utilityVmKernelId,
} from '../../sim/index.js';
import type { CsrssSummary, HostState } from '../../sim/index.js';
import type { Translate } from '../text/i18n.js';
import { cellWidth, padCells, truncateCells } from '../text/text-width.js';
import { shownName } from '../text/shown-name.js';

export interface SummaryParts {
  /** The host's count with every container's share: what `summaryText` prints. */
  readonly host: string;
  /** The host's count alone ("csrss — host 337"). */
  readonly hostCount: string;
  /**
   * Each container's csrss on the host ("1 from C0001"), the summary's container first,
   * with how many csrss each one stands for.
   */
  readonly from: readonly { readonly text: string; readonly count: number }[];
  readonly inside: string | null;
  /** How the container shares (or not) the host's kernel, for the cue's colour. */
  readonly kind: 'shared' | 'utility-vm' | null;
}

/**
 * What the summary depends on: who runs where (on the host and in the container's utility
 * VM), the containers and the entered session, never the counters. A tick changes none of
 * these, so the line (a long text at 500 containers) is not rebuilt on every tick.
 */
export function summaryDeps(host: HostState, containerId: string | null): readonly unknown[] {
  const id = containerId ?? host.entered?.containerId ?? null;
  return [
    // Rosters, not processes: reading a ticked kernel's processes would build them all.
    processSetOf(kernelRoster(host.kernels.host)),
    id === null ? null : processSetOf(kernelRoster(host.kernels[utilityVmKernelId(id)])),
    host.containers,
    host.entered,
    containerId,
  ];
}

/** Each container's csrss on the host, counted by name in pid order: one list per model. */
interface FromList {
  readonly processes: object;
  readonly t: Translate;
  /** The containers those csrss belong to. */
  readonly ids: ReadonlySet<string | null>;
  /** Each name's text and count, names in the order of their first csrss. */
  readonly entries: readonly FromEntry[];
  /** Where each name's entry is in `entries`. */
  readonly at: ReadonlyMap<string, number>;
}

type FromEntry = SummaryParts['from'][number];
const fromLists = new WeakMap<readonly unknown[], FromList>();

/** "1 from C0001" per language, name and count: a t or s changes one container's count. */
const fromTexts = new WeakMap<Translate, Map<string, string>>();
/** Past this many texts the cache starts again (names come from the user). */
const FROM_TEXTS_MAX = 20_000;

function fromText(t: Translate, name: string, count: number): string {
  let texts = fromTexts.get(t);
  if (texts === undefined || texts.size > FROM_TEXTS_MAX) fromTexts.set(t, (texts = new Map()));
  const key = `${count}\u0000${name}`;
  let text = texts.get(key);
  if (text === undefined)
    texts.set(key, (text = t('summary.from', { count, name: shownName(name) })));
  return text;
}

/**
 * The host's csrss per container's name, and its text, built once per process set,
 * containers and language: moving the selection only puts another container first, so it
 * re-translates none of the 500 (issue 16).
 */
function fromList(
  host: HostState,
  hostFromContainers: readonly { readonly containerId: string | null }[],
  t: Translate,
): FromList {
  const processes = processSetOf(kernelRoster(host.kernels.host));
  const cached = fromLists.get(host.containers);
  if (cached !== undefined && cached.processes === processes && cached.t === t) return cached;
  const counts = new Map<string, number>();
  const ids = new Set<string | null>();
  for (const p of hostFromContainers) {
    const name =
      p.containerId === null ? '?' : (findContainerById(host, p.containerId)?.name ?? '?');
    counts.set(name, (counts.get(name) ?? 0) + 1);
    ids.add(p.containerId);
  }
  const at = new Map<string, number>();
  const entries: FromEntry[] = [];
  for (const [name, count] of counts) {
    const text = fromText(t, name, count);
    at.set(name, entries.length);
    entries.push({ text, count });
  }
  const list = { processes, t, ids, entries, at };
  fromLists.set(host.containers, list);
  return list;
}

export function summaryParts(
  host: HostState,
  containerId: string | null,
  t: Translate,
): SummaryParts {
  // Who, not counters: the roster builds no process on a selection move (issue 16).
  const summary = csrssRoster(host, containerId ?? undefined);
  const ownName = containerId === null ? undefined : findContainerById(host, containerId)?.name;
  const list = fromList(host, summary.hostFromContainers, t);
  // The summary's own container leads, so it survives when the list is cut to fit.
  const own =
    ownName === undefined || !list.ids.has(containerId) ? undefined : list.at.get(ownName);
  const from =
    own === undefined
      ? list.entries
      : [list.entries[own] as FromEntry, ...list.entries.filter((_, i) => i !== own)];
  const hostCount = t('summary.host', { count: summary.host.length });
  const { inside, kind } = conclusion(host, containerId, summary.inside, t);
  // The whole list joined is a long text at hundreds of containers, and the line shows it
  // only when it fits (fitSummary): made when first read.
  let hostText: string | null = null;
  return {
    get host(): string {
      hostText ??=
        from.length === 0 ? hostCount : `${hostCount} (${from.map((f) => f.text).join(', ')})`;
      return hostText;
    },
    hostCount,
    from,
    inside,
    kind,
  };
}

/** What the container sees, and how it shares the host's kernel (for the cue's colour). */
function conclusion(
  host: HostState,
  containerId: string | null,
  inside: CsrssSummary['inside'],
  t: Translate,
): Pick<SummaryParts, 'inside' | 'kind'> {
  if (inside === null) {
    const container = containerId === null ? undefined : findContainerById(host, containerId);
    if (container !== undefined)
      return { inside: t('summary.off', { name: shownName(container.name) }), kind: null };
    if (runningContainers(host).length === 0)
      return { inside: t('summary.noneRunning'), kind: null };
    return { inside: null, kind: null };
  }
  const name = shownName(inside.container.name);
  const pid = inside.csrss.map((p) => p.pid).join(', ') || '—';
  const count = inside.csrss.length;
  return inside.sharedWithHost
    ? { inside: t('summary.shared', { name, count, pid }), kind: 'shared' }
    : { inside: t('summary.own', { name, count, pid }), kind: 'utility-vm' };
}

export function summaryText(parts: SummaryParts): string {
  return parts.inside === null ? parts.host : `${parts.host} · ${parts.inside}`;
}

/**
 * Whether ` ${parts.host}` fits in `room` cells, measured part by part and only until it
 * overflows: parts.host is the count and every `from` joined by ", " inside " (…)".
 */
function fitsWithin(parts: SummaryParts, room: number): boolean {
  let width = 1 + cellWidth(parts.hostCount) + 3; // " " + count + " (" + ")"
  for (let i = 0; i < parts.from.length && width <= room; i++)
    width += (i > 0 ? 2 : 0) + cellWidth((parts.from[i] as FromEntry).text);
  return width <= room;
}

export interface FittedSummary {
  /** Starts with a blank; the host's part. */
  readonly head: string;
  /** " · " and what the container sees, padded to the rest of the width; '' if none. */
  readonly inside: string;
}

/**
 * The summary in `width` cells. What the container sees is the point of the line, so it
 * stays whole while the host's list of containers is cut instead: as many as fit (the
 * summary's own container first), the rest counted ("334 from 334 more"). Only when even
 * that does not fit is the line truncated. It measures the names it shows, not the whole
 * line (a long text at 500 containers, once re-measured on every selection move).
 */
export function fitSummary(parts: SummaryParts, width: number, t: Translate): FittedSummary {
  const insideText = parts.inside === null ? '' : ` · ${parts.inside}`;
  const head = fittedHead(parts, width - cellWidth(insideText), width, t);
  const inside =
    insideText === '' ? '' : padCells(insideText, Math.max(0, width - cellWidth(head)));
  return { head, inside };
}

/** The host's part in `room` cells (as many containers named as fit), cut to `width`. */
function fittedHead(parts: SummaryParts, room: number, width: number, t: Translate): string {
  if (parts.from.length === 0 || fitsWithin(parts, room))
    return truncateCells(` ${parts.host}`, width);
  const lead = ` ${parts.hostCount} (`;
  const total = parts.from.reduce((sum, f) => sum + f.count, 0);
  const tailFor = (k: number, shown: number): string =>
    t(k === 0 ? 'summary.fromMany' : 'summary.fromMore', {
      count: total - shown,
      containers: parts.from.length - k,
    });
  // The most containers named (k) that fit beside the count of the rest.
  let best: { k: number; tail: string } | null = null;
  let listWidth = 0;
  let shown = 0;
  const leadWidth = cellWidth(lead);
  for (let k = 0; k < parts.from.length; k++) {
    const separator = k > 0 ? 2 : 0;
    // Names only add width: once they alone overflow, no later k fits.
    if (leadWidth + listWidth + separator > room) break;
    const tail = tailFor(k, shown);
    if (leadWidth + listWidth + separator + cellWidth(tail) + 1 <= room) best = { k, tail };
    const next = parts.from[k] as FromEntry;
    listWidth += separator + cellWidth(next.text);
    shown += next.count;
  }
  const head =
    best === null
      ? ` ${parts.hostCount}`
      : `${lead}${[...parts.from.slice(0, best.k).map((f) => f.text), best.tail].join(', ')})`;
  return truncateCells(head, width);
}

/**
 * The summary in two rows (state/summary-rows.ts): the host's count on the first, and the
 * conclusion — what the container sees — whole on the second.
 */
export function fitSummaryRows(parts: SummaryParts, width: number, t: Translate): FittedSummary[] {
  const head = fittedHead(parts, width, width, t);
  const first = { head: padCells(head, width), inside: '' };
  const inside = parts.inside === null ? '' : ` ${parts.inside}`;
  return [first, { head: '', inside: padCells(inside, width) }];
}
