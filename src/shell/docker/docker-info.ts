// docker info, version and logs as TP4's 1.10.0-dev printed them, and the verbs docker 1.10
// had that the lab does not simulate (docs/reference-quickstarts.md "Reference outputs";
// docs/fidelity-notes.md Q2–Q4).
import type { Sim } from '../../sim/index.js';
import { findDockerContainer, imagesVisibleTo } from '../../sim/index.js';
import type { Container } from '../../sim/index.js';
import { cmdBanner, keepsRunning } from './docker-run.js';
import { usageError, type DockerResult } from './docker-result.js';

/** The TP4 build (moby `59a341e`; Go 1.5.1 per its Dockerfile). Built: the lab's choice. */
export const DOCKER_BUILD = {
  version: '1.10.0-dev',
  api: '1.22',
  go: 'go1.5.1',
  commit: '59a341e',
  built: 'Fri Nov 13 21:43:07 2015',
} as const;

/** The lab host's identity in `docker info` (host-specific values: the lab's choices). */
const HOST = { name: 'TP4HOST', cpus: 2, memory: '8 GiB' } as const;

export function dockerVersion(): DockerResult {
  const block = (title: string) => [
    `${title}:`,
    ` Version:      ${DOCKER_BUILD.version}`,
    ` API version:  ${DOCKER_BUILD.api}`,
    ` Go version:   ${DOCKER_BUILD.go}`,
    ` Git commit:   ${DOCKER_BUILD.commit}`,
    ` Built:        ${DOCKER_BUILD.built}`,
    ' OS/Arch:      windows/amd64',
  ];
  return { lines: [...block('Client'), '', ...block('Server')], exitCode: 0 };
}

export function dockerInfo(sim: Sim): DockerResult {
  const state = sim.getState();
  const containers = state.containers.filter((c) => c.owner === 'docker').length;
  const images = imagesVisibleTo(state, 'docker').length;
  return {
    lines: [
      `Containers: ${containers}`,
      `Images: ${images}`,
      `Server Version: ${DOCKER_BUILD.version}`,
      'Storage Driver: windowsfilter',
      // Printed as docker printed them, trailing spaces included: the driver status pair
      // `" %s: %s"` with an empty value, and the Windows execution driver's multi-line
      // Name() (`"\n Name: %s\n Build: %s \n Default Isolation: %s"`) after
      // `"Execution Driver: %s"` (api/client/info.go, daemon/execdriver/windows at 59a341e).
      ' Windows: ',
      'Execution Driver: ',
      ' Name: Windows 1854',
      ` Build: ${DOCKER_BUILD.version} ${DOCKER_BUILD.commit} `,
      ' Default Isolation: process',
      'Logging Driver: json-file',
      'Kernel Version: 10.0 10586 (10586.0.amd64fre.th2_release.151029-1700)',
      'Operating System: Windows Server 2016 Technical Preview 4',
      `CPUs: ${HOST.cpus}`,
      `Total Memory: ${HOST.memory}`,
      `Name: ${HOST.name}`,
      'ID: 7RQF:DQUA:ZC6H:B3GP:LXMJ:5S5N:IHMF:UXSV:3ZB4:GW3D:5SN4:SQLE',
      'Debug mode (server): true',
      ' File Descriptors: -1',
      ` Goroutines: ${12 + containers * 3}`,
      ` System Time: ${rfc3339Nano(Date.UTC(2015, 10, 19, 9, 0, 0) + state.now)}`,
      ' EventsListeners: 0',
      ' Init SHA1: ',
      ' Init Path: C:\\Windows\\system32\\docker.exe',
      ' Docker Root Dir: C:\\ProgramData\\docker',
    ],
    exitCode: 0,
  };
}

/**
 * `docker logs`: what the container's command wrote. The lab keeps no output stream, so it
 * is derived from the command (Q3): cmd's banner, or `cmd /c echo …`'s text.
 */
export function dockerLogs(sim: Sim, argv: readonly string[]): DockerResult {
  const refs = argv.filter((a) => !a.startsWith('-'));
  const [ref] = refs;
  if (!ref || refs.length !== 1)
    return usageError('docker: "logs" requires 1 argument.', 'logs', 1);
  const container = findDockerContainer(sim.getState(), ref);
  if (!container) return { lines: [`Error: No such container: ${ref}`], exitCode: 1 };
  const command = container.dockerCommand ?? 'cmd';
  const echo = /^(?:cmd(?:\.exe)?\s+\/c\s+)?echo\s+(.*)$/i.exec(command);
  if (echo) return { lines: [echo[1] ?? ''], exitCode: 0 };
  if (/(^|\\)cmd(\.exe)?$/i.test(command)) return { lines: cmdBanner(), exitCode: 0 };
  if (keepsRunning(command, false)) return { lines: pingLog(container, sim), exitCode: 0 };
  return { lines: [], exitCode: 0 };
}

/** The most replies `docker logs` shows for a `ping -t` (one a second while it ran) [I]. */
const MAX_PING_REPLIES = 1000;

/**
 * `ping -t localhost`'s output (reference-quickstarts.md, `docker logs`): a blank line, the
 * `Pinging <host> [::1] with 32 bytes of data:` header — the container's host name is
 * docker's short id — then a reply for each second it has run (docs/fidelity-notes.md Q3).
 */
function pingLog(container: Container, sim: Sim): string[] {
  const now = sim.getState().now;
  // A stopped container keeps no start time: it ran from its creation to its stop [I].
  const running = container.state === 'Running' && container.startedAt !== null;
  const start = running ? (container.startedAt ?? now) : container.createdAt;
  const end = running ? now : (container.stoppedAt ?? now);
  const seconds = Math.max(0, Math.floor((end - start) / 1000));
  const replies = Math.min(MAX_PING_REPLIES, seconds + 1);
  const host = (container.dockerId ?? '').slice(0, 12);
  return [
    '',
    `Pinging ${host} [::1] with 32 bytes of data:`,
    ...Array.from({ length: replies }, () => 'Reply from ::1: time<1ms'),
  ];
}

/** docker 1.10's commands (cli/usage.go at `59a341e`) that the lab does not model. */
export const UNSIMULATED_DOCKER_VERBS: readonly string[] = [
  'attach',
  'build',
  'cp',
  'create',
  'diff',
  'events',
  'export',
  'import',
  'kill',
  'load',
  'login',
  'logout',
  'network',
  'pause',
  'port',
  'pull',
  'push',
  'rename',
  'restart',
  'save',
  'search',
  'stats',
  'unpause',
  'volume',
  'wait',
];

export function notSimulated(verb: string): DockerResult {
  return {
    lines: [
      `isolab: 'docker ${verb}' is a docker 1.10 command, but the lab does not simulate it.`,
      "isolab's README lists the docker commands the lab understands.",
    ],
    exitCode: 1,
  };
}

/** Go's time.RFC3339Nano for a UTC instant: the fraction without trailing zeros, or none. */
function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  const fraction = iso.slice(19, -1).replace(/\.?0+$/, '');
  return `${iso.slice(0, 19)}${fraction}Z`;
}
