// Small immutable edits of the image list, and the rules for removing an image, shared by
// PowerShell's and docker's image actions.
import { failWith } from '../errors.js';
import { childImage } from './image-queries.js';
import type { ContainerImage, HostState, ModelResult } from '../types.js';

export function replaceImage(state: HostState, updated: ContainerImage): HostState {
  return {
    ...state,
    images: state.images.map((i) => (i.dockerImageId === updated.dockerImageId ? updated : i)),
  };
}

/** docker moves a tag: whichever image held `repoTag` loses it. */
export function withoutTag(state: HostState, repoTag: string): HostState {
  if (!state.images.some((i) => i.dockerTags.includes(repoTag))) return state;
  return {
    ...state,
    images: state.images.map((i) =>
      i.dockerTags.includes(repoTag)
        ? { ...i, dockerTags: i.dockerTags.filter((t) => t !== repoTag) }
        : i,
    ),
  };
}

/**
 * Whether the image may be deleted: not an OS image (those go with
 * Uninstall-ContainerOSImage), not used by any container, even a stopped one, and not the
 * parent of another image (TP4 manage_images.md: "Container images cannot be removed if any
 * container, even in a stopped state, has a dependency on the image").
 */
export function checkRemovable(state: HostState, image: ContainerImage): ModelResult<null> {
  if (image.isOSImage) {
    return failWith(
      'ImageIsOSImage',
      `Image '${image.name}' is an OS image; ` +
        'OS images are removed with Uninstall-ContainerOSImage.',
      image.name,
    );
  }
  const user = state.containers.find((c) => c.imageId === image.dockerImageId);
  if (user !== undefined) {
    return failWith(
      'ImageInUse',
      `Image '${image.name}' cannot be removed: container '${user.name}' depends on it.`,
      image.name,
    );
  }
  const child = childImage(state, image);
  if (child !== undefined) {
    return failWith(
      'ImageHasChildren',
      `Image '${image.name}' cannot be removed: image '${child.name}' was created from it.`,
      image.name,
    );
  }
  return { ok: true, value: null, state };
}

export function dropImage(state: HostState, image: ContainerImage): HostState {
  return {
    ...state,
    images: state.images.filter((i) => i.dockerImageId !== image.dockerImageId),
  };
}
