// Removing and naming images: Remove-ContainerImage, `docker rmi`, `docker tag`. The rules
// for what may be deleted are in images/image-edits.ts (checkRemovable).
import { failWith } from '../errors.js';
import { appendEvent } from '../events.js';
import { checkRemovable, dropImage, replaceImage, withoutTag } from '../images/image-edits.js';
import { childImage, findImageById, parentImage } from '../images/image-queries.js';
import { normalizeDockerRef } from '../queries.js';
import type { ContainerImage, HostState, ModelResult } from '../types.js';

const imageNotFound = <T>(ref: string): ModelResult<T> =>
  failWith<T>('ImageNotFound', `No container image '${ref}' was found.`, ref);

/** Remove-ContainerImage: the image (by its dockerImageId) goes, with every name it had. */
export function removeContainerImage(
  state: HostState,
  imageId: string,
): ModelResult<ContainerImage> {
  const image = findImageById(state, imageId);
  if (image === undefined) return imageNotFound(imageId);
  const allowed = checkRemovable(state, image);
  if (!allowed.ok) return allowed;
  const next = appendEvent(dropImage(state, image), {
    action: 'removeContainerImage',
    summary: `Removed image '${image.name}'.`,
  });
  return { ok: true, value: image, state: next };
}

export interface DockerRmiResult {
  /** `repo:tag` names taken off (docker prints `Untagged: …` for each). */
  readonly untagged: readonly string[];
  /** Full ids of deleted images (docker prints `Deleted: …`). */
  readonly deleted: readonly string[];
}

/**
 * `docker rmi REF`. By a tag that is not the image's last: only that tag goes. Otherwise
 * (its last tag, or its id) the image is deleted, if nothing depends on it; by id, an image
 * with several tags is refused, as docker refuses it without -f.
 */
export function dockerRemoveImage(state: HostState, ref: string): ModelResult<DockerRmiResult> {
  const images = state.images.filter((i) => i.owner !== 'VMMS');
  const lower = ref.trim().toLowerCase();
  const byId = lower.length > 0 ? images.filter((i) => i.dockerFullId.startsWith(lower)) : [];
  const [repo = '', tag = 'latest'] = normalizeDockerRef(ref).split(':');
  const repoTag = `${repo}:${tag}`;
  const byTag = images.find((i) => i.dockerTags.includes(repoTag));
  if (byTag !== undefined && byTag.dockerTags.length > 1) return untag(state, byTag, repoTag);
  const image = byTag ?? (byId.length === 1 ? byId[0] : undefined);
  if (image === undefined) return imageNotFound(ref);
  if (byTag === undefined && image.dockerTags.length > 1) {
    return failWith(
      'ImageHasTags',
      `conflict: unable to delete ${image.dockerImageId} (must be forced) - ` +
        'image is referenced in one or more repositories',
      ref,
    );
  }
  // daemon/image_delete.go at 59a341e: by id, dependent child images are a hard conflict,
  // checked first; by its last tag, the containers using it are; then a parent only loses
  // the tag and stays, `<none>` (its conflict is quiet for an image that is not dangling).
  const hasChild = childImage(state, image) !== undefined;
  if (byTag === undefined && hasChild)
    return failWith(
      'ImageHasChildren',
      `conflict: unable to delete ${image.dockerImageId} (cannot be forced) - ` +
        'image has dependent child images',
      ref,
    );
  const inUse = dockerImageInUse<DockerRmiResult>(state, image, ref, byTag !== undefined);
  if (inUse !== null) return inUse;
  if (byTag !== undefined && hasChild) return untag(state, byTag, repoTag);
  const allowed = checkRemovable(state, image);
  if (!allowed.ok) return allowed;
  const { state: pruned, deleted } = dropPruningParents(state, image);
  const next = appendEvent(pruned, {
    action: 'removeContainerImage',
    summary: `Removed image ${image.dockerImageId} (${image.dockerTags.join(', ') || '<none>'}).`,
  });
  return { ok: true, value: { untagged: image.dockerTags, deleted }, state: next };
}

/**
 * Deletes the image, then, as docker rmi prunes by default, each parent left untagged with
 * no other child and no container (image_delete.go's imageDeleteHelper at 59a341e: a quiet
 * prune that stops at the first parent it may not delete, such as an OS image).
 */
function dropPruningParents(
  state: HostState,
  image: ContainerImage,
): { state: HostState; deleted: string[] } {
  let next = dropImage(state, image);
  const deleted = [image.dockerFullId];
  let parent = parentImage(next, image);
  while (
    parent !== null &&
    !parent.isOSImage &&
    parent.dockerTags.length === 0 &&
    childImage(next, parent) === undefined &&
    !next.containers.some((c) => c.imageId === parent?.dockerImageId)
  ) {
    next = dropImage(next, parent);
    deleted.push(parent.dockerFullId);
    parent = parentImage(next, parent);
  }
  return { state: next, deleted };
}

/**
 * docker's own refusal of an image a container uses (any state: MI), in docker 1.9–1.10's
 * words: by its last tag, errors/daemon.go's ErrorCodeImgDelUsed; by id, image_delete.go's
 * conflict, which a running container makes hard ("cannot be forced").
 */
function dockerImageInUse<T>(
  state: HostState,
  image: ContainerImage,
  ref: string,
  byTag: boolean,
): ModelResult<T> | null {
  const user = state.containers.find((c) => c.imageId === image.dockerImageId);
  if (user === undefined) return null;
  const userId = (user.dockerId ?? user.containerId.replace(/-/g, '')).slice(0, 12);
  if (byTag)
    return failWith(
      'ImageInUse',
      `conflict: unable to remove repository reference ${JSON.stringify(ref)} (must force) - ` +
        `container ${userId} is using its referenced image ${image.dockerImageId}`,
      ref,
    );
  const running = user.state === 'Running';
  return failWith(
    'ImageInUse',
    `conflict: unable to delete ${image.dockerImageId} (${running ? 'cannot' : 'must'} be ` +
      `forced) - image is being used by ${running ? 'running' : 'stopped'} container ${userId}`,
    ref,
  );
}

/** Takes one tag off the image, which stays. */
function untag(
  state: HostState,
  image: ContainerImage,
  repoTag: string,
): ModelResult<DockerRmiResult> {
  const next = appendEvent(replaceImage(state, { ...image, dockerTags: without(image, repoTag) }), {
    action: 'untagImage',
    summary: `Untagged ${repoTag} from image ${image.dockerImageId}.`,
  });
  return { ok: true, value: { untagged: [repoTag], deleted: [] }, state: next };
}

function without(image: ContainerImage, repoTag: string): string[] {
  return image.dockerTags.filter((t) => t !== repoTag);
}

/** `docker tag IMAGE REPO[:TAG]`: docker 1.10 moves a tag another image held. */
export function tagImage(
  state: HostState,
  imageId: string,
  newRef: string,
): ModelResult<ContainerImage> {
  const image = findImageById(state, imageId);
  if (image === undefined || image.owner === 'VMMS') return imageNotFound(imageId);
  const [repo = '', tag = 'latest'] = normalizeDockerRef(newRef).split(':');
  if (repo === '' || newRef.length > 256) {
    return failWith('InvalidArgument', `'${newRef}' is not a valid repository name.`, newRef);
  }
  const repoTag = `${repo}:${tag}`;
  const moved = withoutTag(state, repoTag);
  const current = findImageById(moved, image.dockerImageId) ?? image;
  const tagged: ContainerImage = { ...current, dockerTags: [...current.dockerTags, repoTag] };
  const next = appendEvent(replaceImage(moved, tagged), {
    action: 'tagImage',
    summary: `Tagged image ${image.dockerImageId} as ${repoTag}.`,
  });
  return { ok: true, value: tagged, state: next };
}
