// The invariants of the network and the images (issue 13), checked after every step of the
// property test: addresses are unique among running containers, a stopped container holds
// none, each address lies in its own switch's subnet and range; image ids, parents and
// docker tags stay consistent.
import {
  FIRST_CONTAINER_COMPARTMENT,
  FIRST_HOST_INTERFACE_INDEX,
  UTILITY_VM_INTERFACE_INDEX,
  inSubnet,
  ipv4ToNumber,
  type HostState,
} from '../../src/sim/index.js';

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`invariant broken: ${message}`);
}

export function checkNetworkInvariants(state: HostState): void {
  const addresses = new Set<string>();
  const hostIndexes = new Set<number>();
  const compartments = new Set<number>();
  const macs = new Set<string>();
  for (const c of state.containers)
    for (const a of c.networkAdapters) {
      assert(!macs.has(a.macAddress), `MAC ${a.macAddress} on one adapter only`);
      macs.add(a.macAddress);
    }
  for (const c of state.containers) {
    if (c.state === 'Off') {
      assert(c.compartmentId === null, `${c.name} Off holds no compartment`);
      for (const a of c.networkAdapters)
        assert(a.ipv4Address === null && a.interfaceIndex === null, `${c.name} Off has no address`);
      continue;
    }
    if (c.runtimeType === 'Default') {
      const id = c.compartmentId;
      assert(id !== null && id >= FIRST_CONTAINER_COMPARTMENT, `${c.name} has a compartment`);
      assert(!compartments.has(id), `compartment ${id} not shared`);
      compartments.add(id);
    } else assert(c.compartmentId === null, `${c.name} HyperV has no host compartment`);
    c.networkAdapters.forEach((a, i) => {
      const sw = state.switches.find((s) => s.name === a.switchName);
      if (sw === undefined) {
        assert(a.ipv4Address === null, `${c.name}: an unconnected adapter has no address`);
      } else {
        const ip = a.ipv4Address;
        assert(ip !== null, `${c.name}: a connected adapter of a running container has an address`);
        assert(inSubnet(ip, sw.subnet), `${c.name}: ${ip} is on ${sw.name}'s subnet ${sw.subnet}`);
        const n = ipv4ToNumber(ip);
        assert(
          n >= ipv4ToNumber(sw.firstAddress) && n <= ipv4ToNumber(sw.lastAddress),
          `${c.name}: ${ip} in ${sw.name}'s range`,
        );
        assert(!addresses.has(ip), `${ip} held by two running containers`);
        addresses.add(ip);
      }
      const index = a.interfaceIndex;
      if (c.runtimeType === 'HyperV') {
        assert(index === UTILITY_VM_INTERFACE_INDEX + i, `${c.name}: its VM numbers its NIC`);
      } else {
        assert(index !== null && index >= FIRST_HOST_INTERFACE_INDEX, `${c.name}: host ifIndex`);
        assert(!hostIndexes.has(index), `host interface index ${index} not shared`);
        hostIndexes.add(index);
      }
    });
  }
}

export function checkImageInvariants(state: HostState): void {
  const ids = new Set<string>();
  const tags = new Set<string>();
  for (const image of state.images) {
    assert(!ids.has(image.dockerImageId), `image id ${image.dockerImageId} unique`);
    ids.add(image.dockerImageId);
    assert(image.dockerFullId.startsWith(image.dockerImageId), 'short id is the full id prefix');
    for (const tag of image.dockerTags) {
      assert(!tags.has(tag), `docker tag ${tag} on one image only`);
      tags.add(tag);
    }
    assert(image.isOSImage === (image.parentImageId === null), `${image.name}: OS iff no parent`);
  }
  for (const image of state.images)
    if (image.parentImageId !== null)
      assert(ids.has(image.parentImageId), `${image.name}: its parent image exists`);
  for (const c of state.containers) {
    assert(ids.has(c.imageId), `${c.name}: the image it was made from exists`);
    const lower = c.installedFeatures.map((f) => f.toLowerCase());
    assert(new Set(lower).size === lower.length, `${c.name}: each feature once`);
  }
}
