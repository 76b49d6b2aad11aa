// docker images -f at docker 1.10 (docs/fidelity-notes.md I14): the client splits each
// filter at its first `=` (pkg/parsers/filters ParseFlag), the daemon accepts `dangling`
// and `label` only (graph/list.go at moby 59a341e).
import { childImage, type DockerImageRow, type HostState } from '../../sim/index.js';
import { parseFilterFlags } from './docker-args.js';
import { daemonLine } from './docker-result.js';

export type ImageFilter =
  | { readonly ok: true; readonly keep: (row: DockerImageRow) => boolean }
  | { readonly ok: false; readonly line: string };

const daemonRefusal = (message: string): ImageFilter => ({
  ok: false,
  line: daemonLine(message),
});

/** An image no other image was made from: graph.heads(). */
function isHead(state: HostState, row: DockerImageRow): boolean {
  return childImage(state, row.image) === undefined;
}

/**
 * The rows `-f` keeps. dangling=true keeps only untagged images that are heads; false keeps
 * all; label=… keeps none, since the lab's images carry no labels (MatchKVList is false for
 * an image without labels).
 */
export function imageFilter(state: HostState, typed: readonly string[]): ImageFilter {
  const parsed = parseFilterFlags(typed);
  if (!parsed.ok) return parsed;
  const { filters } = parsed;
  const unknown = [...filters.keys()].find((name) => name !== 'dangling' && name !== 'label');
  if (unknown !== undefined) return daemonRefusal(`Invalid filter '${unknown}'`);
  let onlyDangling = false;
  for (const value of filters.get('dangling') ?? []) {
    const v = value.toLowerCase();
    if (v === 'true') onlyDangling = true;
    else if (v !== 'false') return daemonRefusal(`Invalid filter 'dangling=${v}'`);
  }
  if ((filters.get('label') ?? []).length > 0) return { ok: true, keep: () => false };
  if (!onlyDangling) return { ok: true, keep: () => true };
  return {
    ok: true,
    keep: (row) => row.image.dockerTags.length === 0 && isHead(state, row),
  };
}
