// Images and Windows features, one rule a test, each with its line in docs/fidelity-notes.md
// ("Images", "Windows features").
import { describe, expect, it } from 'vitest';
import {
  bootHost,
  captureImage,
  dockerImageRows,
  dockerRemoveImage,
  imageHistory,
  imagesVisibleTo,
  installWindowsFeatures,
  newContainer,
  normalizeVersion,
  removeContainer,
  removeContainerImage,
  resolveImage,
  startContainer,
  stopContainer,
  tagImage,
  type HostState,
} from '../../src/sim/index.js';
import { checkInvariants, unwrap } from './helpers.js';

/** TP4 PowerShell quick start: TP4Demo gets IIS, stops, is captured as WindowsServerCoreIIS. */
function quickStart(seed = 1) {
  const made = unwrap(
    newContainer(bootHost(seed), {
      name: 'TP4Demo',
      image: 'WindowsServerCore',
      switchName: 'Virtual Switch',
    }),
  );
  const id = made.value.containerId;
  let state = unwrap(startContainer(made.state, id)).state;
  state = unwrap(installWindowsFeatures(state, id, ['Web-Server'])).state;
  state = unwrap(stopContainer(state, id)).state;
  const captured = unwrap(
    captureImage(state, {
      containerId: id,
      name: 'WindowsServerCoreIIS',
      publisher: 'Demo',
      version: '1.0',
      owner: 'VMMS',
    }),
  );
  checkInvariants(captured.state);
  return { state: captured.state, image: captured.value, containerId: id };
}

const docker = { isolation: '', image: 'windowsservercore', command: 'cmd' };

/** docker quick start: iisbase exited, then `docker commit iisbase windowsservercoreiis`. */
function dockerCommit(state: HostState = bootHost(1)) {
  const made = unwrap(
    newContainer(state, { name: 'iisbase', image: 'windowsservercore', owner: 'docker', docker }),
  );
  const committed = unwrap(
    captureImage(made.state, {
      containerId: made.value.containerId,
      name: 'windowsservercoreiis',
      owner: 'docker',
    }),
  );
  checkInvariants(committed.state);
  return { state: committed.state, image: committed.value, containerId: made.value.containerId };
}

describe('images (docs/fidelity-notes.md, Images)', () => {
  it('I1 New-ContainerImage: CN=Demo, 1.0.0.0, not an OS image, on WindowsServerCore', () => {
    const { image } = quickStart();
    expect([image.name, image.publisher, image.version, image.isOSImage]).toEqual([
      'WindowsServerCoreIIS',
      'CN=Demo',
      '1.0.0.0',
      false,
    ]);
    expect([image.osImage, image.parentImageId]).toEqual(['WindowsServerCore', '6801d964fda5']);
  });

  it('I2 New-Container from the new image: ParentImageName is its name, IIS already in it', () => {
    const { state } = quickStart();
    const iis = unwrap(
      newContainer(state, { name: 'IIS', image: 'windowsservercoreiis', switchName: 'NAT' }),
    );
    expect([iis.value.image, iis.value.osImage]).toEqual([
      'WindowsServerCoreIIS',
      'WindowsServerCore',
    ]);
    expect(iis.value.installedFeatures).toEqual(['Web-Server']);
  });

  it('I3 a running container cannot be captured', () => {
    const made = unwrap(newContainer(bootHost(1), { name: 'A', image: 'NanoServer' }));
    const running = unwrap(startContainer(made.state, made.value.containerId)).state;
    const result = captureImage(running, {
      containerId: made.value.containerId,
      name: 'X',
      publisher: 'Demo',
      owner: 'VMMS',
    });
    expect(result.ok || result.error.code).toBe('CaptureRequiresOff');
  });

  it('I4 Remove-ContainerImage is refused while any container, even a stopped one, uses it', () => {
    const { state, image } = quickStart();
    const iis = unwrap(newContainer(state, { name: 'IIS', image: 'WindowsServerCoreIIS' }));
    const refused = removeContainerImage(iis.state, image.dockerImageId);
    expect(refused.ok || refused.error.code).toBe('ImageInUse');
    const gone = unwrap(removeContainer(iis.state, iis.value.containerId)).state;
    const removed = unwrap(removeContainerImage(gone, image.dockerImageId));
    expect(resolveImage(removed.state, 'WindowsServerCoreIIS')).toBeUndefined();
  });

  it('I5 an OS image, and an image others were made from, stay', () => {
    const { state } = quickStart();
    const os = removeContainerImage(state, '6801d964fda5');
    expect(os.ok || os.error.code).toBe('ImageIsOSImage');
    const parent = dockerCommit();
    const dockerImage = { ...docker, image: 'windowsservercoreiis' };
    const made = unwrap(
      newContainer(parent.state, {
        name: 'site',
        image: 'windowsservercoreiis',
        owner: 'docker',
        docker: dockerImage,
      }),
    );
    const id = made.value.containerId;
    const child = unwrap(
      captureImage(made.state, { containerId: id, name: 'site', owner: 'docker' }),
    );
    const noUser = unwrap(removeContainer(child.state, id)).state;
    const refused = removeContainerImage(noUser, parent.image.dockerImageId);
    expect(refused.ok || refused.error.code).toBe('ImageHasChildren');
    expect(unwrap(removeContainerImage(noUser, child.value.dockerImageId)).value.name).toBe('site');
  });

  it('I6 the same PowerShell image name twice is refused; a bad version too', () => {
    const { state, containerId } = quickStart();
    const again = captureImage(state, {
      containerId,
      name: 'windowsservercoreiis',
      publisher: 'Demo',
      owner: 'VMMS',
    });
    expect(again.ok || again.error.code).toBe('ImageNameInUse');
    expect([normalizeVersion('1.0'), normalizeVersion('2.1.3'), normalizeVersion('x')]).toEqual([
      '1.0.0.0',
      '2.1.3.0',
      null,
    ]);
  });

  it('I7 each plane sees its own images, and both see the OS images', () => {
    const { state } = dockerCommit(quickStart().state);
    const names = (owner: 'VMMS' | 'docker') => imagesVisibleTo(state, owner).map((i) => i.name);
    expect(names('VMMS')).toEqual(['NanoServer', 'WindowsServerCore', 'WindowsServerCoreIIS']);
    expect(names('docker')).toEqual(['NanoServer', 'WindowsServerCore', 'windowsservercoreiis']);
  });

  it('I8 docker commit: 64-hex id, tag :latest, usable by docker run, history to the OS', () => {
    const { state, image } = dockerCommit();
    expect(image.dockerFullId).toMatch(/^[0-9a-f]{64}$/);
    expect(image.dockerTags).toEqual(['windowsservercoreiis:latest']);
    expect(resolveImage(state, 'windowsservercoreiis', 'docker')).toBe(image);
    expect(resolveImage(state, 'windowsservercoreiis', 'VMMS')).toBeUndefined();
    expect(imageHistory(state, image).map((i) => [i.dockerImageId, i.createdBy])).toEqual([
      [image.dockerImageId, 'cmd'],
      ['6801d964fda5', ''],
    ]);
    expect(dockerImageRows(state)[0]).toMatchObject({
      repository: 'windowsservercoreiis',
      tag: 'latest',
    });
  });

  it('I9 docker tag adds a name (moving it from any other image); rmi untags, then deletes', () => {
    const first = dockerCommit();
    let state = unwrap(tagImage(first.state, first.image.dockerImageId, 'iis:v1')).state;
    const byId = dockerRemoveImage(state, first.image.dockerImageId);
    expect(byId.ok || byId.error.code).toBe('ImageHasTags');
    const untag = unwrap(dockerRemoveImage(state, 'iis:v1'));
    expect(untag.value).toEqual({ untagged: ['iis:v1'], deleted: [] });
    state = untag.state;
    const stillUsed = dockerRemoveImage(state, 'windowsservercoreiis');
    expect(stillUsed.ok).toBe(true);
    if (stillUsed.ok)
      expect(stillUsed.value).toEqual({
        untagged: ['windowsservercoreiis:latest'],
        deleted: [first.image.dockerFullId],
      });
  });

  it("I4 docker rmi of an image a container uses: docker 1.9–1.10's conflict texts", () => {
    const { state, image } = dockerCommit();
    const made = unwrap(
      newContainer(state, { name: 'site', image: 'windowsservercoreiis', owner: 'docker', docker }),
    );
    const siteId = made.value.dockerId!.slice(0, 12);
    const refusal = (s: HostState, ref: string) => {
      const result = dockerRemoveImage(s, ref);
      if (result.ok) throw new Error(`${ref} was removed`);
      expect(result.error.code).toBe('ImageInUse');
      return result.error.message;
    };
    expect(refusal(made.state, 'windowsservercoreiis')).toBe(
      `conflict: unable to remove repository reference "windowsservercoreiis" (must force) - container ${siteId} is using its referenced image ${image.dockerImageId}`,
    );
    expect(refusal(made.state, image.dockerImageId)).toBe(
      `conflict: unable to delete ${image.dockerImageId} (must be forced) - image is being used by stopped container ${siteId}`,
    );
    const running = unwrap(startContainer(made.state, made.value.containerId)).state;
    expect(refusal(running, image.dockerImageId)).toMatch(
      /\(cannot be forced\) - image is being used by running container /,
    );
    // PowerShell's own text is the lab's (reference-quickstarts.md: module texts unknown).
    const ps = removeContainerImage(made.state, image.dockerImageId);
    expect(ps.ok || ps.error.message).toMatch(/container 'site' depends on it/);
  });

  it('I13 docker rmi of a parent: refused by id, untagged by tag; deleting the child prunes it', () => {
    const { state, image: parent } = dockerCommit();
    const mid = unwrap(
      newContainer(state, { name: 'mid', image: 'windowsservercoreiis', owner: 'docker', docker }),
    );
    const made = unwrap(
      captureImage(mid.state, {
        containerId: mid.value.containerId,
        name: 'child',
        owner: 'docker',
      }),
    );
    const withChild = unwrap(removeContainer(made.state, mid.value.containerId)).state;
    const byId = dockerRemoveImage(withChild, parent.dockerImageId);
    expect(byId.ok || [byId.error.code, byId.error.message]).toEqual([
      'ImageHasChildren',
      `conflict: unable to delete ${parent.dockerImageId} (cannot be forced) - image has dependent child images`,
    ]);
    const byTag = unwrap(dockerRemoveImage(withChild, 'windowsservercoreiis'));
    expect(byTag.value).toEqual({ untagged: ['windowsservercoreiis:latest'], deleted: [] });
    const parentRow = dockerImageRows(byTag.state).find(
      (r) => r.image.dockerImageId === parent.dockerImageId,
    );
    expect(parentRow).toMatchObject({ repository: '<none>', tag: '<none>' });
    checkInvariants(byTag.state);
    const child = made.value;
    const pruned = unwrap(dockerRemoveImage(byTag.state, 'child'));
    expect(pruned.value.deleted).toEqual([child.dockerFullId, parent.dockerFullId]);
    expect(pruned.state.images.map((i) => i.name)).toEqual(['NanoServer', 'WindowsServerCore']);
    // A parent that keeps a tag is not pruned.
    const kept = unwrap(dockerRemoveImage(withChild, 'child'));
    expect(kept.value.deleted).toEqual([child.dockerFullId]);
  });

  it('I10 image ids are deterministic for a seed', () => {
    expect(dockerCommit(bootHost(5)).image.dockerFullId).toBe(
      dockerCommit(bootHost(5)).image.dockerFullId,
    );
    expect(dockerCommit(bootHost(5)).image.dockerFullId).not.toBe(
      dockerCommit(bootHost(6)).image.dockerFullId,
    );
  });
});

describe('Windows features (docs/fidelity-notes.md, Windows features)', () => {
  it('F1 installed once, then reported as already there; only in a running container', () => {
    const made = unwrap(newContainer(bootHost(1), { name: 'A', image: 'WindowsServerCore' }));
    const id = made.value.containerId;
    const off = installWindowsFeatures(made.state, id, ['Web-Server']);
    expect(off.ok || off.error.code).toBe('NotRunning');
    const running = unwrap(startContainer(made.state, id)).state;
    const first = unwrap(installWindowsFeatures(running, id, ['Web-Server']));
    expect([first.value.installed, first.value.alreadyInstalled]).toEqual([['Web-Server'], []]);
    const again = unwrap(installWindowsFeatures(first.state, id, ['web-server']));
    expect([again.value.installed, again.value.alreadyInstalled]).toEqual([[], ['web-server']]);
    expect(again.state).toBe(first.state);
  });
});
