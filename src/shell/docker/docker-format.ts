// How the late-2015 docker client lays out its output.
import type { Container } from '../../sim/index.js';

/** docker's units.HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  return `${Math.round(hours / 24)} days`;
}

/**
 * text/tabwriter with minwidth 20, padding 3 (api/client/ps): each column is as wide as its
 * widest cell plus 3, at least 20; the last column is not padded.
 */
export function tabwriter(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 20, cell.length + 3);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 20)))
      .join('')
      .trimEnd(),
  );
}

export const shortId = (dockerId: string): string => dockerId.slice(0, 12);

/**
 * COMMAND as TP4's docker ps shows it: cut to 20 characters, then quoted, no ellipsis
 * (`strconv.Quote(stringutils.Truncate(cmd, 20))`, api/client/ps/custom.go at 59a341e).
 */
export function psCommand(command: string): string {
  return JSON.stringify([...command].slice(0, 20).join(''));
}

/** The fields docker inspect shows, in the shape of the 2015 API (HostConfig.Isolation). */
export function inspectJson(container: Container): string {
  const created = new Date(Date.UTC(2015, 10, 19, 9, 0, 0) + container.createdAt).toISOString();
  const started =
    container.startedAt !== null
      ? new Date(Date.UTC(2015, 10, 19, 9, 0, 0) + container.startedAt).toISOString()
      : '0001-01-01T00:00:00Z';
  const command = container.dockerCommand ?? 'cmd';
  const document = [
    {
      Id: container.dockerId,
      Created: created,
      Path: command.split(' ')[0],
      Args: command.split(' ').slice(1),
      State: {
        Status: container.state === 'Running' ? 'running' : 'exited',
        Running: container.state === 'Running',
        Paused: false,
        Restarting: false,
        OOMKilled: false,
        Dead: false,
        Pid: 0,
        ExitCode: 0,
        Error: '',
        StartedAt: started,
        FinishedAt: '0001-01-01T00:00:00Z',
      },
      Image: container.dockerImage,
      Name: `/${container.name}`,
      Driver: 'windowsfilter',
      HostConfig: {
        NetworkMode: 'default',
        Isolation: container.dockerIsolation ?? '',
      },
      Config: {
        Hostname: shortId(container.dockerId ?? ''),
        Image: container.dockerImage,
        Cmd: command.split(' '),
      },
      NetworkSettings: { Networks: { nat: {} } },
    },
  ];
  return JSON.stringify(document, null, 4);
}
