// The details view's rows (key v, as k9s describe and lazydocker's config tab): what the
// model says of one container, a property a row, in the UI's language. Pure: the component
// (components/details-view.tsx) lays them out with ink-table.
import { formatTimeSpan } from '../../shell/index.js';
import { containerUptimeMs, vmwpOf, type Container, type HostState } from '../../sim/index.js';
import type { Translate } from '../text/i18n.js';
import type { MessageKey } from '../text/messages-en.js';
import { shownName } from '../text/shown-name.js';

export interface DetailsRow {
  readonly label: string;
  readonly value: string;
}

const NONE = '—';

/** Which kernel its processes run on: the host's, or its utility VM's. */
function kernelValue(host: HostState, c: Container, t: Translate): string {
  if (c.state !== 'Running') return NONE;
  if (c.runtimeType === 'HyperV') return t('details.kernelUvm');
  return t('details.kernelHost');
}

/** The host session its processes are in (a Windows Server container), or where it is. */
function sessionValue(host: HostState, c: Container, t: Translate): string {
  const entered = host.entered?.containerId === c.containerId ? ` · ${t('details.entered')}` : '';
  if (c.state !== 'Running') return NONE;
  if (c.runtimeType === 'HyperV') return `${t('details.sessionUvm')}${entered}`;
  return `SI ${c.hostSessionId ?? '?'}${entered}`;
}

function vmwpValue(host: HostState, c: Container): string {
  const vmwp = c.runtimeType === 'HyperV' ? vmwpOf(host, c.containerId) : undefined;
  return vmwp === undefined ? NONE : `PID ${vmwp.pid} · ${vmwp.userName}`;
}

function networkValue(c: Container): string {
  const adapter = c.networkAdapters.find((a) => a.ipv4Address !== null) ?? c.networkAdapters[0];
  if (adapter === undefined) return NONE;
  const address = adapter.ipv4Address ?? NONE;
  return adapter.switchName === null ? address : `${address} (${shownName(adapter.switchName)})`;
}

export function detailsRows(host: HostState, c: Container, t: Translate): DetailsRow[] {
  const row = (key: MessageKey, value: string): DetailsRow => ({ label: t(key), value });
  return [
    row('details.name', shownName(c.name)),
    row('details.id', c.containerId),
    row('details.runtime', c.runtimeType),
    row('details.image', shownName(c.image)),
    row('details.state', c.state),
    row('details.kernel', kernelValue(host, c, t)),
    row('details.session', sessionValue(host, c, t)),
    row('details.vmwp', vmwpValue(host, c)),
    row(
      'details.uptime',
      c.state === 'Running' ? formatTimeSpan(containerUptimeMs(host, c)) : NONE,
    ),
    row('details.network', networkValue(c)),
  ];
}
