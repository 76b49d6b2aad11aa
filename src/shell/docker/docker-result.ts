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

export const usageError = (message: string, subcommand: string, exitCode = 125): DockerResult => ({
  lines: [message, `See 'docker ${subcommand} --help'.`, ...shortUsageAfter(message)],
  exitCode,
});
