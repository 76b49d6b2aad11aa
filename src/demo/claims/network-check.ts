// The network's claims (issue 14's networking lesson and demo): a switch and its plan, a
// container's address on its switch's subnet, where a container's NIC lives (a vNIC of the
// host's own stack, or inside its utility VM: docs/fidelity-notes.md N8), the container
// vNICs the host's stack holds, and who publishes a host port (N11).
import {
  containerAdapters,
  containerNicsOnHost,
  findSwitch,
  hostPortHolder,
  inSubnet,
  type AdapterView,
  type HostState,
} from '../../sim/index.js';
import { WORDS } from './words.js';
import { withContainer, type Checker } from './verdict.js';

type NetworkKind = 'switch' | 'addressOn' | 'nicIn' | 'hostNics' | 'hostPort';

/** The container's adapters that hold an IPv4 address. */
const addressed = (state: HostState, containerId: string): AdapterView[] =>
  containerAdapters(state, containerId).filter((v) => v.ipv4Address !== null);

const addressList = (views: readonly AdapterView[]): string[] =>
  views.map((v) => `${v.ipv4Address ?? ''} (${v.switch?.name ?? '—'})`);

export const NETWORK_CHECKERS: { [K in NetworkKind]: Checker<K> } = {
  switch(state, claim) {
    const { switch: name, ...facts } = claim;
    const wanted = Object.values(facts).join(', ');
    const expected = WORDS.switchIs(name, wanted);
    const sw = findSwitch(state.switches, name);
    if (sw === undefined) return { holds: false, expected, actual: WORDS.noSwitch(name) };
    const holds =
      (facts.type === undefined || sw.type === facts.type) &&
      (facts.subnet === undefined || sw.subnet === facts.subnet);
    return { holds, expected, actual: WORDS.switchIs(sw.name, `${sw.type}, ${sw.subnet}`) };
  },
  addressOn(state, claim) {
    const { addressOn: switchName, container: name, address } = claim;
    const expected =
      switchName === null ? WORDS.noAddress(name) : WORDS.addressOn(name, switchName, address);
    return withContainer(state, name, expected, (c) => {
      const views = addressed(state, c.containerId);
      const actual =
        views.length === 0 ? WORDS.noAddress(c.name) : WORDS.addresses(c.name, addressList(views));
      if (switchName === null) return { holds: views.length === 0, expected, actual };
      const sw = findSwitch(state.switches, switchName);
      const holds =
        sw !== undefined &&
        views.some(
          (v) =>
            v.switch?.name === sw.name &&
            inSubnet(v.ipv4Address ?? '', sw.subnet) &&
            (address === undefined || v.ipv4Address === address),
        );
      return { holds, expected, actual };
    });
  },
  nicIn(state, claim) {
    const expected = WORDS.nicIn(claim.container, claim.nicIn);
    return withContainer(state, claim.container, expected, (c) => {
      if (c.state !== 'Running')
        return { holds: false, expected, actual: WORDS.notRunning(c.name) };
      const views = containerAdapters(state, c.containerId);
      if (views.length === 0) return { holds: false, expected, actual: WORDS.noNic(c.name) };
      const onHost = containerNicsOnHost(state).some(
        (v) => v.container.containerId === c.containerId,
      );
      const inVm = views.every((v) => v.stack === 'utility-vm');
      const where = inVm && !onHost ? 'utilityVm' : 'host';
      const holds = claim.nicIn === 'host' ? !inVm && onHost : inVm && !onHost;
      return { holds, expected, actual: WORDS.nicIn(c.name, where) };
    });
  },
  hostNics(state, claim) {
    const n = containerNicsOnHost(state).length;
    return {
      holds: n === claim.hostNics,
      expected: WORDS.hostNics(claim.hostNics),
      actual: WORDS.hostNics(n),
    };
  },
  hostPort(state, claim) {
    const holder = hostPortHolder(state, claim.hostPort);
    const want = claim.container;
    return {
      holds:
        want === null ? holder === undefined : holder?.name.toLowerCase() === want.toLowerCase(),
      expected: WORDS.hostPort(claim.hostPort, want),
      actual: WORDS.hostPort(claim.hostPort, holder?.name ?? null),
    };
  },
};
