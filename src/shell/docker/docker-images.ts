// docker's image verbs at TP4's 1.10.0-dev: commit, images, rmi, tag, history
// (docs/fidelity-notes.md I7–I10; MI and D-QS in docs/reference-quickstarts.md).
import type { ContainerImage, DockerImageRow, HostState, Sim } from '../../sim/index.js';
import {
  dockerImageRows,
  findDockerContainer,
  imageHistory,
  resolveImage,
} from '../../sim/index.js';
import { parseFlags } from './docker-args.js';
import { imageFilter } from './docker-image-filters.js';
import { humanDuration, shortId, tabwriter } from './docker-format.js';
import {
  daemonError,
  daemonLine,
  flagError,
  usageError,
  type DockerResult,
} from './docker-result.js';

/** go-units HumanSize at docker 1.10: decimal units, `%.4g` (`44.88 MB`, `0 B`). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit++;
  }
  return `${Number(size.toPrecision(4))} ${units[unit]}`;
}

/** The OS images were installed before the lab's clock began: "2 weeks ago", as before. */
function createdAgo(state: HostState, image: ContainerImage): string {
  if (image.createdAt < 0) return '2 weeks ago';
  return `${humanDuration(state.now - image.createdAt)} ago`;
}

const IMAGES_FLAGS = [
  { names: ['q', 'quiet'], takesValue: false },
  { names: ['a', 'all'], takesValue: false },
  { names: ['no-trunc'], takesValue: false },
  { names: ['digests'], takesValue: false },
  { names: ['f', 'filter'], takesValue: true },
];

/** `docker images REPOSITORY[:TAG]` lists that repository (and tag) only. */
function matchesRef(row: DockerImageRow, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  const at = wanted.lastIndexOf(':');
  const [repository, tag] = at > 0 ? [wanted.slice(0, at), wanted.slice(at + 1)] : [wanted, null];
  return row.repository === repository.toLowerCase() && (tag === null || row.tag === tag);
}

/**
 * `docker images [-q] [-a] [--no-trunc] [--digests] [-f F]… [REPOSITORY[:TAG]]`. As docker
 * 1.10's client, -q prints the id of every row the table would show, one per
 * repository:tag, so an image with two tags is printed twice; -a changes nothing (the lab
 * keeps no intermediate layers); --digests adds DIGEST, `<none>` for every image the lab
 * has, since none was pulled by digest (api/client/images.go; fidelity I12, I14).
 */
export function dockerImages(sim: Sim, argv: readonly string[] = []): DockerResult {
  const parsed = parseFlags(argv, IMAGES_FLAGS, false);
  if (!parsed.ok) return flagError(parsed.message, 'images');
  const { booleans, lists, positionals } = parsed.flags;
  const [wanted, ...extra] = positionals;
  if (extra.length > 0)
    return usageError('docker: "images" requires a maximum of 1 argument.', 'images', 1);
  const state = sim.getState();
  const filter = imageFilter(state, lists.get('f') ?? []);
  if (!filter.ok) return { lines: [filter.line], exitCode: 1 };
  const shown = dockerImageRows(state).filter((r) => matchesRef(r, wanted) && filter.keep(r));
  const full = booleans.has('no-trunc');
  const id = (image: ContainerImage) => (full ? image.dockerFullId : image.dockerImageId);
  if (booleans.has('q')) return { lines: shown.map((r) => id(r.image)), exitCode: 0 };
  const digests = booleans.has('digests');
  const rows = shown.map((r) => [
    r.repository,
    r.tag,
    ...(digests ? ['<none>'] : []),
    id(r.image),
    createdAgo(state, r.image),
    humanSize(r.image.sizeBytes),
  ]);
  const header = ['REPOSITORY', 'TAG', ...(digests ? ['DIGEST'] : []), 'IMAGE ID', 'CREATED'];
  return { lines: tabwriter([[...header, 'VIRTUAL SIZE'], ...rows]), exitCode: 0 };
}

/** `docker commit CONTAINER [REPOSITORY[:TAG]]`: prints the new image's full id. */
export function dockerCommit(sim: Sim, argv: readonly string[]): DockerResult {
  const parsed = parseFlags(
    argv,
    [
      { names: ['a', 'author'], takesValue: true },
      { names: ['m', 'message'], takesValue: true },
      { names: ['p', 'pause'], takesValue: false },
      { names: ['c', 'change'], takesValue: true },
    ],
    false,
  );
  if (!parsed.ok) return flagError(parsed.message, 'commit');
  const [reference, repository = ''] = parsed.flags.positionals;
  // mflag checks Require(Max, 2) before Require(Min, 1), one message each (api/client/commit.go).
  if (parsed.flags.positionals.length > 2)
    return usageError('docker: "commit" requires a maximum of 2 arguments.', 'commit', 1);
  if (!reference)
    return usageError('docker: "commit" requires a minimum of 1 argument.', 'commit', 1);
  const container = findDockerContainer(sim.getState(), reference);
  if (!container) return daemonError(`no such id: ${reference}`);
  const outcome = sim.actions.captureImage({
    containerId: container.containerId,
    name: repository,
    owner: 'docker',
  });
  if (!outcome.ok) return daemonError(outcome.error.message);
  return { lines: [outcome.value.dockerFullId], exitCode: 0 };
}

export function dockerRmi(sim: Sim, argv: readonly string[]): DockerResult {
  const parsed = parseFlags(argv, [{ names: ['f', 'force'], takesValue: false }], false);
  if (!parsed.ok) return flagError(parsed.message, 'rmi');
  const refs = parsed.flags.positionals;
  if (refs.length === 0)
    return usageError('docker: "rmi" requires a minimum of 1 argument.', 'rmi', 1);
  const lines: string[] = [];
  const failed: string[] = [];
  for (const ref of refs) {
    const outcome = sim.actions.dockerRemoveImage(ref);
    if (!outcome.ok) {
      lines.push(daemonLine(outcome.error.message));
      failed.push(ref);
      continue;
    }
    lines.push(...outcome.value.untagged.map((t) => `Untagged: ${t}`));
    lines.push(...outcome.value.deleted.map((id) => `Deleted: ${id}`));
  }
  if (failed.length) lines.push(`Error: failed to remove images: [${failed.join(' ')}]`);
  return { lines, exitCode: failed.length ? 1 : 0 };
}

export function dockerTag(sim: Sim, argv: readonly string[]): DockerResult {
  const parsed = parseFlags(argv, [{ names: ['f', 'force'], takesValue: false }], false);
  if (!parsed.ok) return flagError(parsed.message, 'tag');
  const [source, target] = parsed.flags.positionals;
  if (!source || !target || parsed.flags.positionals.length !== 2)
    return usageError('docker: "tag" requires 2 arguments.', 'tag', 1);
  const image = resolveImage(sim.getState(), source, 'docker');
  if (!image) return daemonError(`could not find image: no such id: ${source}`);
  const outcome = sim.actions.tagImage(image.dockerImageId, target);
  return outcome.ok ? { lines: [], exitCode: 0 } : daemonError(outcome.error.message);
}

/** `docker history IMAGE`: the image, then its parents; CREATED BY cut at 45 (no -notrunc). */
export function dockerHistory(sim: Sim, argv: readonly string[]): DockerResult {
  const parsed = parseFlags(
    argv,
    [
      { names: ['q', 'quiet'], takesValue: false },
      { names: ['no-trunc'], takesValue: false },
      { names: ['H', 'human'], takesValue: false },
    ],
    false,
  );
  if (!parsed.ok) return flagError(parsed.message, 'history');
  const [ref] = parsed.flags.positionals;
  if (!ref || parsed.flags.positionals.length !== 1)
    return usageError('docker: "history" requires 1 argument.', 'history', 1);
  const state = sim.getState();
  const image = resolveImage(state, ref, 'docker');
  if (!image) return daemonError(`No such image: ${ref}`);
  const chain = imageHistory(state, image);
  if (parsed.flags.booleans.has('q'))
    return { lines: chain.map((i) => shortId(i.dockerImageId)), exitCode: 0 };
  const rows = chain.map((i) => [
    i.dockerImageId,
    createdAgo(state, i),
    i.createdBy.slice(0, 45),
    humanSize(i.sizeBytes),
    '',
  ]);
  return {
    lines: tabwriter([['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], ...rows]),
    exitCode: 0,
  };
}
