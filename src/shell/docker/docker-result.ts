// What a docker command gives back: the lines it printed, its exit code, and whether the
// console now talks to a container's cmd.
import { shortUsageAfter } from './docker-usage.js';

export interface DockerResult {
  readonly lines: readonly string[];
  readonly exitCode: number;
  /** `docker run -it … cmd`: the console is now attached to this container's cmd. */
  readonly attachTo?: string;
  /** Attached by docker exec: leaving that cmd leaves the container running. */
  readonly attachedByExec?: boolean;
  /** `docker run -it … powershell`: the console is now that container's own PowerShell. */
  readonly attachPowerShell?: string;
}

/** The daemon's refusal as the client prints it (moby 59a341e api/client). */
export const daemonLine = (message: string): string => `Error response from daemon: ${message}`;

/** A command the daemon refused: its one line, exit code 1. */
export const daemonError = (message: string, exitCode = 1): DockerResult => ({
  lines: [daemonLine(message)],
  exitCode,
});

export const usageError = (message: string, subcommand: string, exitCode = 125): DockerResult => ({
  lines: [message, `See 'docker ${subcommand} --help'.`, ...shortUsageAfter(message)],
  exitCode,
});

/**
 * A flag mflag cannot parse: failf prints the error and `See 'docker VERB --help'.` only, no
 * usage, and every verb's FlagSet exits 125 (ExitOnError) (pkg/mflag/flag.go at moby 59a341e;
 * docs/fidelity-notes.md Q12).
 */
export const flagError = (message: string, subcommand: string): DockerResult => ({
  lines: [message, `See 'docker ${subcommand} --help'.`],
  exitCode: 125,
});
