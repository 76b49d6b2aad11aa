// Add-, Connect-, Disconnect- and Remove-ContainerNetworkAdapter (TP4 manage_containers.md:
// New-Container without -SwitchName, then Add-ContainerNetworkAdapter and
// Connect-ContainerNetworkAdapter -SwitchName NAT). The sources never change a running
// container's adapters, so these require it Off; its addresses come at the next start.
import { failWith } from '../errors.js';
import { appendEvent } from '../events.js';
import { ADAPTER_NAME, macsInUse, newAdapter } from '../network/adapters.js';
import { findSwitch } from '../network/switches.js';
import type { Container, ContainerNetworkAdapter, HostState, ModelResult } from '../types.js';
import { replaceContainer, requireContainer } from './state-edits.js';

/** Adapters on one container are few; the bound keeps a loop in a script from growing one. */
const MAX_ADAPTERS = 8;

type Edited = ModelResult<Container>;

/** The container, Off, or the error to return. */
function offContainer(state: HostState, containerId: string): ModelResult<Container> {
  const found = requireContainer(state, containerId);
  if (!found.ok) return found.result;
  const c = found.container;
  if (c.state !== 'Off') {
    return failWith(
      'AdapterChangeRequiresOff',
      `Container '${c.name}' is running; stop it before changing its network adapters.`,
      c.name,
    );
  }
  return { ok: true, value: c, state };
}

function commit(state: HostState, edited: Container, action: string, summary: string): Edited {
  // Get-Container's SwitchName follows its (first) adapter.
  const updated = { ...edited, switchName: edited.networkAdapters[0]?.switchName ?? null };
  const next = appendEvent(replaceContainer(state, updated), { action, summary });
  return { ok: true, value: updated, state: next };
}

export function addNetworkAdapter(
  state: HostState,
  containerId: string,
  options: { readonly name?: string; readonly switchName?: string | null } = {},
): Edited {
  const off = offContainer(state, containerId);
  if (!off.ok) return off;
  const c = off.value;
  if (c.networkAdapters.length >= MAX_ADAPTERS) {
    return failWith('InvalidArgument', `Container '${c.name}' has ${MAX_ADAPTERS} adapters.`);
  }
  let switchName: string | null = null;
  if (options.switchName != null && options.switchName !== '') {
    const sw = findSwitch(state.switches, options.switchName);
    if (sw === undefined) {
      const wanted = options.switchName;
      return failWith('SwitchNotFound', `No virtual switch named '${wanted}' was found.`, wanted);
    }
    switchName = sw.name;
  }
  const name = (options.name ?? '').trim() || ADAPTER_NAME;
  const made = newAdapter(c.containerId, c.networkAdapters.length, switchName, macsInUse(state));
  const adapter = { ...made, name };
  const updated = { ...c, networkAdapters: [...c.networkAdapters, adapter] };
  return commit(state, updated, 'addNetworkAdapter', `Added adapter '${name}' to '${c.name}'.`);
}

/** Applies `edit` to the adapters named (all when no name); AdapterNotFound if none match. */
function editAdapters(
  state: HostState,
  containerId: string,
  adapterName: string | undefined,
  edit: (a: ContainerNetworkAdapter) => ContainerNetworkAdapter | null,
): ModelResult<Container> {
  const off = offContainer(state, containerId);
  if (!off.ok) return off;
  const c = off.value;
  const wanted = adapterName?.toLowerCase();
  const hit = (a: ContainerNetworkAdapter) =>
    wanted === undefined || a.name.toLowerCase() === wanted;
  if (!c.networkAdapters.some(hit)) {
    const what = adapterName ?? ADAPTER_NAME;
    return failWith(
      'AdapterNotFound',
      `Container '${c.name}' has no network adapter '${what}'.`,
      what,
    );
  }
  const networkAdapters = c.networkAdapters.flatMap((a) => {
    const out = hit(a) ? edit(a) : a;
    return out === null ? [] : [out];
  });
  return { ok: true, value: { ...c, networkAdapters }, state };
}

export function connectNetworkAdapter(
  state: HostState,
  containerId: string,
  switchName: string,
  adapterName?: string,
): Edited {
  const sw = findSwitch(state.switches, switchName);
  if (sw === undefined) {
    return failWith(
      'SwitchNotFound',
      `No virtual switch named '${switchName}' was found.`,
      switchName,
    );
  }
  const edited = editAdapters(state, containerId, adapterName, (a) => ({
    ...a,
    switchName: sw.name,
  }));
  if (!edited.ok) return edited;
  const c = edited.value;
  return commit(state, c, 'connectNetworkAdapter', `Connected '${c.name}' to switch '${sw.name}'.`);
}

export function disconnectNetworkAdapter(
  state: HostState,
  containerId: string,
  adapterName?: string,
): Edited {
  const edited = editAdapters(state, containerId, adapterName, (a) => ({ ...a, switchName: null }));
  if (!edited.ok) return edited;
  const c = edited.value;
  return commit(state, c, 'disconnectNetworkAdapter', `Disconnected '${c.name}' from its switch.`);
}

export function removeNetworkAdapter(
  state: HostState,
  containerId: string,
  adapterName?: string,
): Edited {
  const edited = editAdapters(state, containerId, adapterName, () => null);
  if (!edited.ok) return edited;
  const c = edited.value;
  return commit(state, c, 'removeNetworkAdapter', `Container '${c.name}' lost a network adapter.`);
}
