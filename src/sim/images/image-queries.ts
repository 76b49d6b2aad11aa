// Read-only views of the images for Get-ContainerImage and docker images/history/inspect.
import type { ContainerImage, HostState, Owner } from '../types.js';

/** By docker id: the short id exactly, or a prefix of the full id that only one image has. */
export function findImageById(state: HostState, id: string): ContainerImage | undefined {
  const lower = id.trim().toLowerCase();
  if (lower === '') return undefined;
  const exact = state.images.find((i) => i.dockerImageId === lower);
  if (exact !== undefined) return exact;
  const matches = state.images.filter((i) => i.dockerFullId.startsWith(lower));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The images one management plane sees (the OS images and its own), oldest first. */
export function imagesVisibleTo(state: HostState, owner: Owner): ContainerImage[] {
  return state.images.filter((i) => i.owner === null || i.owner === owner);
}

/** The image an image was captured from (Get-ContainerImage's ParentImage); null for OS images. */
export function parentImage(state: HostState, image: ContainerImage): ContainerImage | null {
  if (image.parentImageId === null) return null;
  return state.images.find((i) => i.dockerImageId === image.parentImageId) ?? null;
}

/** An image captured from this one, if any (the first made): what blocks removing it. */
export function childImage(state: HostState, image: ContainerImage): ContainerImage | undefined {
  return state.images.find((i) => i.parentImageId === image.dockerImageId);
}

export interface DockerImageRow {
  /** `<none>` for an image with no tag left. */
  readonly repository: string;
  readonly tag: string;
  readonly image: ContainerImage;
}

/** `docker images`: one row per tag, newest image first, an untagged image as <none>. */
export function dockerImageRows(state: HostState): DockerImageRow[] {
  const rows: DockerImageRow[] = [];
  const newestFirst = imagesVisibleTo(state, 'docker').sort((a, b) => b.createdAt - a.createdAt);
  for (const image of newestFirst) {
    if (image.dockerTags.length === 0) rows.push({ repository: '<none>', tag: '<none>', image });
    for (const repoTag of image.dockerTags) {
      const at = repoTag.lastIndexOf(':');
      rows.push({ repository: repoTag.slice(0, at), tag: repoTag.slice(at + 1), image });
    }
  }
  return rows;
}

/** `docker history`: the image, then each parent down to its OS image. */
export function imageHistory(state: HostState, image: ContainerImage): ContainerImage[] {
  const chain: ContainerImage[] = [];
  let current: ContainerImage | null = image;
  // Parents are always older images, so the chain ends; the bound only guards bad data.
  while (current !== null && chain.length <= state.images.length) {
    chain.push(current);
    current = parentImage(state, current);
  }
  return chain;
}

/** Containers (any state) made from the image: while there is one, it cannot be removed. */
export function containersUsingImage(state: HostState, image: ContainerImage) {
  return state.containers.filter((c) => c.imageId === image.dockerImageId);
}
