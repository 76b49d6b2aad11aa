// The docker client of late 2015 against the simulated daemon. docker-made containers are
// separate from PowerShell's (TP4 FAQ: each management interface sees only its own).
// `docker run` is docker-run.ts.
import type { Sim } from '../../sim/index.js';
import { findDockerContainer } from '../../sim/index.js';
import { runCmdLine } from './cmd-shell.js';
import { parseFlags } from './docker-args.js';
import { inspectJson } from './docker-format.js';

import { cmdBanner, dockerRun } from './docker-run.js';
import {
  dockerCommit,
  dockerHistory,
  dockerImages,
  dockerRmi,
  dockerTag,
} from './docker-images.js';
import {
  dockerInfo,
  dockerLogs,
  dockerVersion,
  notSimulated,
  UNSIMULATED_DOCKER_VERBS,
} from './docker-info.js';
import { renderTemplate } from './go-template.js';
import { dockerPs } from './docker-ps.js';
import { asksForHelp, verbHelp } from './docker-usage.js';
import {
  daemonError,
  daemonLine,
  flagError,
  usageError,
  type DockerResult,
} from './docker-result.js';

/** `docker` alone: its usage, with the verbs the lab simulates. */
const DOCKER_USAGE = [
  'Usage: docker [OPTIONS] COMMAND [arg...]',
  '',
  'A self-sufficient runtime for containers.',
  '',
  'Commands the lab simulates: commit exec history images info inspect logs ps rm',
  '                           rmi run start stop tag top version',
  '',
  "Run 'docker COMMAND --help' for more information on a command.",
];

export function runDocker(sim: Sim, argv: readonly string[]): DockerResult {
  const [subcommand, ...rest] = argv;
  const help = asksForHelp(rest) ? verbHelp(subcommand?.toLowerCase() ?? '') : null;
  if (help !== null) return { lines: help, exitCode: 0 };
  switch (subcommand?.toLowerCase()) {
    case undefined:
      return { lines: DOCKER_USAGE, exitCode: 0 };
    case 'run':
      return dockerRun(sim, rest);
    case 'ps':
      return dockerPs(sim, rest);
    case 'start':
    case 'stop':
    case 'rm':
      return dockerLifecycle(sim, subcommand.toLowerCase() as 'start' | 'stop' | 'rm', rest);
    case 'inspect':
      return dockerInspect(sim, rest);
    case 'images':
      return dockerImages(sim, rest);
    case 'commit':
      return dockerCommit(sim, rest);
    case 'rmi':
      return dockerRmi(sim, rest);
    case 'tag':
      return dockerTag(sim, rest);
    case 'history':
      return dockerHistory(sim, rest);
    case 'info':
      return dockerInfo(sim);
    case 'logs':
      return dockerLogs(sim, rest);
    case 'top':
      // TP4: errcode NOTOP (daemon/top_windows.go).
      return {
        lines: [daemonLine('Top is not supported on Windows')],
        exitCode: 1,
      };
    case 'exec':
      return dockerExec(sim, rest);
    case 'version':
      return dockerVersion();
    default:
      if (UNSIMULATED_DOCKER_VERBS.includes(subcommand?.toLowerCase() ?? ''))
        return notSimulated(subcommand?.toLowerCase() ?? '');
      return {
        lines: [`docker: '${subcommand}' is not a docker command.`, "See 'docker --help'."],
        exitCode: 1,
      };
  }
}

function dockerLifecycle(
  sim: Sim,
  verb: 'start' | 'stop' | 'rm',
  argv: readonly string[],
): DockerResult {
  const parsed = parseFlags(
    argv,
    [
      { names: ['f', 'force'], takesValue: false },
      { names: ['t', 'time'], takesValue: true },
      { names: ['a', 'attach'], takesValue: false },
      { names: ['i', 'interactive'], takesValue: false },
    ],
    false,
  );
  if (!parsed.ok) return flagError(parsed.message, verb);
  if (parsed.flags.positionals.length === 0)
    return usageError(`docker: "${verb}" requires a minimum of 1 argument.`, verb, 1);
  const lines: string[] = [];
  const failed: string[] = [];
  for (const reference of parsed.flags.positionals) {
    const container = findDockerContainer(sim.getState(), reference);
    if (!container) {
      lines.push(daemonLine(`no such id: ${reference}`));
      failed.push(reference);
      continue;
    }
    if (verb === 'rm' && container.state === 'Running' && !parsed.flags.booleans.has('f')) {
      lines.push(
        daemonLine('Conflict, You cannot remove a running container. Stop the ') +
          'container before attempting removal or use -f',
      );
      failed.push(reference);
      continue;
    }
    if (verb === 'start' && container.state === 'Off')
      sim.actions.startContainer(container.containerId);
    if ((verb === 'stop' || verb === 'rm') && container.state === 'Running')
      sim.actions.stopContainer(container.containerId);
    if (verb === 'rm') sim.actions.removeContainer(container.containerId);
    lines.push(reference);
  }
  if (failed.length) {
    const noun = verb === 'rm' ? 'remove' : verb;
    lines.push(`Error: failed to ${noun} containers: [${failed.join(' ')}]`);
  }
  return { lines, exitCode: failed.length ? 1 : 0 };
}

function dockerInspect(sim: Sim, argv: readonly string[]): DockerResult {
  const parsed = parseFlags(
    argv,
    [
      { names: ['f', 'format'], takesValue: true },
      { names: ['type'], takesValue: true },
      { names: ['s', 'size'], takesValue: false },
    ],
    false,
  );
  if (!parsed.ok) return flagError(parsed.message, 'inspect');
  const refs = parsed.flags.positionals;
  if (refs.length === 0)
    return usageError('docker: "inspect" requires a minimum of 1 argument.', 'inspect', 1);
  const state = sim.getState();
  const found = refs.map((ref) => ({ ref, container: findDockerContainer(state, ref) }));
  const missing = found.filter((f) => !f.container);
  const documents = found.flatMap((f) =>
    f.container ? (JSON.parse(inspectJson(f.container)) as unknown[]) : [],
  );
  const format = parsed.flags.values.get('f');
  let lines: string[];
  if (format !== undefined) {
    lines = [];
    for (const document of documents) {
      const rendered = renderTemplate(format, document);
      if (!rendered.ok) return { lines: [rendered.error], exitCode: 1 };
      lines.push(...rendered.text.split('\n'));
    }
  } else lines = documents.length ? JSON.stringify(documents, null, 4).split('\n') : ['[]'];
  for (const m of missing) lines.push(`Error: No such image or container: ${m.ref}`);
  return { lines, exitCode: missing.length ? 1 : 0 };
}

function dockerExec(sim: Sim, argv: readonly string[]): DockerResult {
  const parsed = parseFlags(
    argv,
    [
      { names: ['i', 'interactive'], takesValue: false },
      { names: ['t', 'tty'], takesValue: false },
      { names: ['d', 'detach'], takesValue: false },
    ],
    true,
  );
  if (!parsed.ok) return flagError(parsed.message, 'exec');
  const [reference, ...command] = parsed.flags.positionals;
  if (!reference || command.length === 0)
    return usageError('docker: "exec" requires a minimum of 2 arguments.', 'exec', 1);
  const container = findDockerContainer(sim.getState(), reference);
  if (!container) return daemonError(`no such id: ${reference}`);
  if (container.state !== 'Running')
    return {
      lines: [daemonLine(`Container ${container.dockerId} is not running`)],
      exitCode: 1,
    };
  // TP4 known issue (work_in_progress.md): "Docker exec fails in Hyper-V Containers".
  if (container.runtimeType === 'HyperV') {
    return {
      lines: [daemonLine('Container command not found or does not exist.')],
      exitCode: 126,
    };
  }
  if (/(^|\\)cmd(\.exe)?$/i.test(command[0] ?? '') && parsed.flags.booleans.has('i')) {
    return {
      lines: cmdBanner(),
      exitCode: 0,
      attachTo: container.containerId,
      attachedByExec: true,
    };
  }
  const result = runCmdLine(sim, container.containerId, command.join(' '), false);
  return { lines: result.lines, exitCode: result.failed ? 1 : 0 };
}

export type { DockerResult } from './docker-result.js';
