// The network as the console shows it, checked after every line of the shell property test
// (docs/fidelity-notes.md N1–N3, N8): in Get-ContainerNetworkAdapter's rows a running
// container's address lies on the subnet of its own switch, a stopped container shows
// none, and no two running containers share one; the host's Get-NetAdapter lists exactly
// the vNICs of the running Windows Server containers (a Hyper-V container's NIC is in its
// utility VM). A reader of its own over the same model, so the lines under test are not
// interleaved with extra ones.
import {
  findSwitch,
  inSubnet,
  type Container,
  type HostState,
  type Sim,
} from '../../src/sim/index.js';
import { Shell } from '../../src/shell/index.js';
import { column, onlyTable, type Table } from './shell-harness.js';

function fail(message: string): never {
  throw new Error(`network as shown: ${message}`);
}

const bareMac = (text: string) => text.replace(/-/g, '').toUpperCase();

function ownerOfMac(state: HostState, mac: string): Container {
  const found = state.containers.find((c) =>
    c.networkAdapters.some((a) => bareMac(a.macAddress) === bareMac(mac)),
  );
  return found ?? fail(`MAC ${mac} belongs to no container`);
}

function tableOf(shell: Shell, line: string): Table | null {
  const result = shell.execute(line);
  if (result.hadError) fail(`${line} wrote an error: ${result.lines.join(' / ')}`);
  return result.lines.length === 0 ? null : onlyTable(result.lines);
}

const cell = (row: string, table: Table, label: string, next?: string): string =>
  row.slice(column(table, label).start, next ? column(table, next).start : undefined).trim();

function checkAdapters(shell: Shell, state: HostState): void {
  const table = tableOf(shell, 'Get-ContainerNetworkAdapter');
  const rows = table?.rows ?? [];
  const expected = state.containers
    .filter((c) => c.owner === 'VMMS')
    .reduce((n, c) => n + c.networkAdapters.length, 0);
  if (rows.length !== expected) fail(`${rows.length} adapter rows, the model has ${expected}`);
  const held = new Set<string>();
  for (const row of rows) {
    if (!table) break;
    const owner = ownerOfMac(state, cell(row, table, 'MacAddress', 'Status'));
    const switchName = cell(row, table, 'SwitchName', 'MacAddress');
    const ipv4 = (/^\{(.*)\}$/.exec(cell(row, table, 'IPAddresses'))?.[1] ?? '')
      .split(', ')
      .filter((ip) => /^\d+\.\d+\.\d+\.\d+$/.test(ip));
    if (owner.state !== 'Running' || switchName === '') {
      if (ipv4.length > 0) fail(`${owner.name} (${owner.state}) shows ${ipv4.join(', ')}`);
      continue;
    }
    const sw = findSwitch(state.switches, switchName) ?? fail(`no switch ${switchName}`);
    if (ipv4.length !== 1) fail(`running ${owner.name} shows ${ipv4.length} IPv4 addresses`);
    const [ip] = ipv4 as [string];
    if (!inSubnet(ip, sw.subnet)) fail(`${owner.name}: ${ip} is not on ${sw.name}'s ${sw.subnet}`);
    if (held.has(ip)) fail(`${ip} shown for two running containers`);
    held.add(ip);
  }
}

function checkHostAdapters(shell: Shell, state: HostState): void {
  const table = tableOf(shell, 'Get-NetAdapter');
  const shown = (table?.rows ?? []).map((row) =>
    ownerOfMac(state, cell(row, table!, 'MacAddress', 'LinkSpeed')),
  );
  const expected = state.containers
    .filter((c) => c.state === 'Running' && c.runtimeType === 'Default')
    .reduce((n, c) => n + c.networkAdapters.length, 0);
  if (shown.length !== expected) fail(`the host lists ${shown.length} vNICs, expected ${expected}`);
  for (const c of shown)
    if (c.state !== 'Running' || c.runtimeType !== 'Default')
      fail(`the host lists a vNIC of ${c.name} (${c.runtimeType}, ${c.state})`);
}

/** A checker over `sim`, to call after each line; it looks while the console is on the host. */
export function networkAsShown(sim: Sim): () => void {
  const reader = new Shell({ sim });
  return () => {
    const state = sim.getState();
    if (state.entered !== null) return;
    checkAdapters(reader, state);
    checkHostAdapters(reader, state);
  };
}
