// New-ContainerImage and `docker commit`: the state of a stopped container captured as a new
// image on top of the one it was made from (TP4 quick starts: install IIS, stop, capture,
// then New-Container / docker run from the new image). Windows cannot capture a running
// container (moby PR #15568: "Windows does not support commit of a running container"),
// and the PowerShell quick start stops the container first.
import { containerNotFound, failWith } from '../errors.js';
import { appendEvent } from '../events.js';
import { normalizeDockerRef, resolveImage } from '../queries.js';
import { RngCursor } from '../rng.js';
import type { Container, ContainerImage, HostState, ModelResult, Owner } from '../types.js';
import { withoutTag } from '../images/image-edits.js';
import { requireContainer } from './state-edits.js';

export interface CaptureImageOptions {
  readonly containerId: string;
  /** PowerShell: the image name. docker: the repository, optionally `repo:tag`. */
  readonly name: string;
  /** PowerShell only: `Demo` is stored as `CN=Demo` (TP4 quick start). */
  readonly publisher?: string;
  /** PowerShell only: `1.0` is stored as `1.0.0.0` (TP4 quick start). */
  readonly version?: string;
  readonly owner: Owner;
}

const MAX_NAME = 256;

export function captureImage(
  state: HostState,
  options: CaptureImageOptions,
): ModelResult<ContainerImage> {
  const found = requireContainer(state, options.containerId);
  if (!found.ok) return found.result;
  const container = found.container;
  // Each plane sees only the containers it made (TP4 about/faq.md).
  if (container.owner !== options.owner) return containerNotFound(options.containerId);
  if (container.state !== 'Off') {
    return failWith(
      'CaptureRequiresOff',
      `Container '${container.name}' is running; ` +
        'Windows does not support capturing a running container.',
      container.name,
    );
  }
  const named = nameImage(state, options);
  if (!named.ok) return named;
  const rng = new RngCursor(state.rng);
  let dockerFullId = rng.dockerId();
  while (state.images.some((i) => i.dockerImageId === dockerFullId.slice(0, 12)))
    dockerFullId = rng.dockerId();
  const image = buildImage(state, container, named.value, dockerFullId, rng);
  const base = named.value.tag === null ? state : withoutTag(state, named.value.tag);
  const next = appendEvent(
    { ...base, rng: rng.state, images: [...base.images, image] },
    {
      action: 'captureImage',
      summary:
        `Captured container '${container.name}' as image '${image.name}' ` +
        `(on ${container.image}).`,
    },
  );
  return { ok: true, value: image, state: next };
}

interface ImageNaming {
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
  /** docker's `repo:tag`; null for a PowerShell image. */
  readonly tag: string | null;
}

function nameImage(state: HostState, options: CaptureImageOptions): ModelResult<ImageNaming> {
  const name = options.name.trim();
  if (name === '' || name.length > MAX_NAME) {
    return failWith('InvalidArgument', `'${name}' is not a valid image name.`, name);
  }
  if (options.owner === 'docker') {
    const [repo = '', tag = 'latest'] = normalizeDockerRef(name).split(':');
    return {
      ok: true,
      value: { name: repo, publisher: '', version: '', tag: `${repo}:${tag}` },
      state,
    };
  }
  const version = normalizeVersion(options.version ?? '1.0');
  if (version === null) {
    const typed = options.version ?? '';
    return failWith('InvalidArgument', `'${typed}' is not a valid version.`, typed);
  }
  if (resolveImage(state, name, 'VMMS') !== undefined) {
    return failWith('ImageNameInUse', `An image named '${name}' already exists.`, name);
  }
  const typed = (options.publisher ?? '').trim();
  const publisher = /^cn=/i.test(typed) ? typed : `CN=${typed}`;
  return { ok: true, value: { name, publisher, version, tag: null }, state };
}

/** A .NET Version of 2 to 4 parts, printed with all 4 as the module showed it (`1.0.0.0`). */
export function normalizeVersion(text: string): string | null {
  const parts = text.trim().split('.');
  if (parts.length < 2 || parts.length > 4) return null;
  if (!parts.every((p) => /^\d{1,9}$/.test(p))) return null;
  while (parts.length < 4) parts.push('0');
  return parts.map((p) => String(Number(p))).join('.');
}

function buildImage(
  state: HostState,
  container: Container,
  naming: ImageNaming,
  dockerFullId: string,
  rng: RngCursor,
): ContainerImage {
  return {
    name: naming.name,
    publisher: naming.publisher,
    version: naming.version,
    isOSImage: false,
    osImage: container.osImage,
    dockerImageId: dockerFullId.slice(0, 12),
    dockerFullId,
    parentImageId: container.imageId,
    owner: container.owner,
    dockerTags: naming.tag === null ? [] : [naming.tag],
    createdAt: state.now,
    // docker history shows the command the captured container ran (TP4 manage_images.md: cmd).
    createdBy: container.dockerCommand ?? '',
    // The layer's size is the lab's own: the sources show 44.88 MB to 171.2 MB for such layers.
    sizeBytes: rng.int(40_000, 180_000) * 1000,
    installedFeatures: container.installedFeatures,
  };
}
