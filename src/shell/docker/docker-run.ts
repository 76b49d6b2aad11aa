// `docker run` against the simulated daemon (docs/powershell-output.md "docker").
import type { PortMapping, Sim } from '../../sim/index.js';
import { parsePortSpec, portConflict } from './docker-ports.js';
import { runCmdLine } from './cmd-shell.js';
import { findContainerByName, findDockerContainer, resolveImage } from '../../sim/index.js';

import { parseFlags, type FlagSpec } from './docker-args.js';

import { daemonLine, flagError, usageError, type DockerResult } from './docker-result.js';

const RUN_FLAGS: readonly FlagSpec[] = [
  { names: ['i', 'interactive'], takesValue: false },
  { names: ['t', 'tty'], takesValue: false },
  { names: ['d', 'detach'], takesValue: false },
  { names: ['rm'], takesValue: false },
  { names: ['name'], takesValue: true },
  { names: ['isolation'], takesValue: true },
  { names: ['e', 'env'], takesValue: true },
  { names: ['p', 'publish'], takesValue: true },
  { names: ['v', 'volume'], takesValue: true },
  { names: ['h', 'hostname'], takesValue: true },
  { names: ['m', 'memory'], takesValue: true },
  { names: ['net'], takesValue: true },
];

export function dockerRun(sim: Sim, argv: readonly string[]): DockerResult {
  const parsed = parseFlags(argv, RUN_FLAGS, true);
  if (!parsed.ok) return flagError(parsed.message, 'run');
  const { values, booleans, positionals } = parsed.flags;
  const [imageRef, ...commandWords] = positionals;
  if (!imageRef) return usageError('docker: "run" requires a minimum of 1 argument.', 'run', 1);
  const isolation = values.get('isolation') ?? '';
  const requestedName = values.get('name');
  const refused = refuseRun(sim, imageRef, isolation, requestedName);
  if (refused) return refused;
  const ports = publishedPorts(sim, values.get('p'));
  if ('lines' in ports) return ports;
  const command = commandWords.length ? commandWords.join(' ') : 'c:\\windows\\system32\\cmd.exe';
  const created = sim.actions.newContainer({
    // An empty name makes the model draw a docker-style one (adjective_scientist).
    name: requestedName ?? '',
    image: imageRef,
    runtimeType: isolation.toLowerCase() === 'hyperv' ? 'HyperV' : 'Default',
    owner: 'docker',
    switchName: null,
    docker: { isolation, image: imageRef, command, ports: ports.mappings },
  });
  if (!created.ok) return usageError(`docker: ${daemonLine(created.error.message)}`, 'run');
  const container = created.value;
  const started = sim.actions.startContainer(container.containerId);
  if (!started.ok)
    return {
      lines: [`docker: ${daemonLine(started.error.message)}`],
      exitCode: 125,
    };
  const interactive = booleans.has('i');
  if (booleans.has('d')) {
    // Detached, the command runs without a console: cmd or powershell without -i reads the
    // end of its input and exits at once, and the container with it (docs/fidelity-notes.md
    // Q10); a long-running command (`ping -t`) keeps it up.
    if (!keepsRunning(command, interactive)) sim.actions.stopContainer(container.containerId);
    return { lines: [container.dockerId ?? ''], exitCode: 0 };
  }
  const program = programOf(command);
  const slashC = /^\S+\s+\/[cC]\s+(.*)$/.exec(command);
  if (program === 'cmd' && slashC) {
    // `cmd /c …` runs its command and exits, and the container with it (D-QS).
    const ran = runCmdLine(sim, container.containerId, slashC[1] ?? '', false);
    sim.actions.stopContainer(container.containerId);
    return { lines: ran.lines, exitCode: ran.failed ? 1 : 0 };
  }
  if (program === 'cmd' && interactive) {
    return { lines: cmdBanner(), exitCode: 0, attachTo: container.containerId };
  }
  if (program === 'powershell' && interactive) {
    return { lines: powerShellBanner(), exitCode: 0, attachPowerShell: container.containerId };
  }
  // Not interactive: cmd reads end-of-input at once and exits, and so does the container.
  sim.actions.stopContainer(container.containerId);
  return { lines: program === 'cmd' ? [...cmdBanner(), 'C:\\>'] : [], exitCode: 0 };
}

/** The program a command line starts, lower case, without folder or `.exe`. */
function programOf(command: string): string {
  const first = command.trim().split(/\s+/)[0] ?? '';
  return (first.split(/[\\/]/).pop() ?? '').replace(/\.exe$/i, '').toLowerCase();
}

/**
 * Whether a detached container's command keeps running: `ping -t` pings until stopped; a
 * shell (cmd, powershell) waits for input only when -i keeps its input open (Q10).
 */
export function keepsRunning(command: string, interactive: boolean): boolean {
  const program = programOf(command);
  if (program === 'ping') return /\s[-/]t(\s|$)/i.test(command);
  return interactive && (program === 'cmd' || program === 'powershell');
}

/** powershell.exe 5.0's banner, before its first prompt (Q10). */
function powerShellBanner(): string[] {
  return [
    'Windows PowerShell',
    'Copyright (C) 2015 Microsoft Corporation. All rights reserved.',
    '',
  ];
}

/** `-p H:C`, checked before anything is created (docker-ports.ts). */
function publishedPorts(
  sim: Sim,
  spec: string | undefined,
): DockerResult | { readonly mappings: PortMapping[] } {
  if (spec === undefined) return { mappings: [] };
  const parsed = parsePortSpec(spec);
  if (!parsed.ok) return usageError(`docker: ${parsed.error}`, 'run');
  const conflict = portConflict(sim.getState(), [parsed.mapping]);
  if (conflict) {
    const { mapping } = conflict;
    return {
      lines: [
        `docker: ${daemonLine('Cannot start container: Bind for ')}` +
          `${mapping.hostIp}:${mapping.hostPort} failed: port is already allocated.`,
      ],
      exitCode: 125,
    };
  }
  return { mappings: [parsed.mapping] };
}

export function cmdBanner(): string[] {
  return [
    'Microsoft Windows [Version 10.0.10586]',
    '(c) 2015 Microsoft Corporation. All rights reserved.',
    '',
  ];
}

/** What the daemon refuses before creating anything: isolation, image, name. */
function refuseRun(
  sim: Sim,
  imageRef: string,
  isolation: string,
  requestedName: string | undefined,
): DockerResult | null {
  // Validated by the daemon (runconfig/hostconfig_windows.go), case-insensitively.
  if (!['', 'default', 'process', 'hyperv'].includes(isolation.toLowerCase())) {
    return usageError(
      `docker: ${daemonLine(`invalid --isolation: "${isolation}". Windows `)}` +
        `supports 'default', 'process', or 'hyperv'.`,
      'run',
    );
  }
  const state = sim.getState();
  const image = resolveImage(state, imageRef, 'docker');
  if (!image) {
    const tagged = imageRef.includes(':') ? imageRef : `${imageRef}:latest`;
    return {
      lines: [
        `Unable to find image '${tagged}' locally`,
        `Pulling repository docker.io/library/${imageRef.split(':')[0]}`,
        `docker: Error: image library/${imageRef.split(':')[0]} not found.`,
        "See 'docker run --help'.",
      ],
      exitCode: 125,
    };
  }
  // The daemon's pattern is [a-zA-Z0-9][a-zA-Z0-9_.-]+ (two characters at least); one is
  // let through here, as the simulator's own tests name containers h and p.
  if (requestedName && !/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(requestedName)) {
    return usageError(
      `docker: ${daemonLine(`Invalid container name (${requestedName}), only `)}` +
        `[a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.`,
      'run',
    );
  }
  if (requestedName && findContainerByName(state, requestedName)) {
    return usageError(
      `docker: ${daemonLine(`Conflict. The name "${requestedName}" is already in `)}` +
        `use by container ` +
        `${findDockerContainer(state, requestedName)?.dockerId ?? 'another container'}. You have ` +
        `to remove (or rename) that container to be able to reuse that name.`,
      'run',
    );
  }
  return null;
}
