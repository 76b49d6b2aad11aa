// Where isolab keeps per-user state: the platform's state directory.
// Linux and the rest: $XDG_STATE_HOME/isolab, else ~/.local/state/isolab (XDG Base Directory);
// macOS: ~/Library/Application Support/isolab; Windows: %LOCALAPPDATA%\isolab.
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export function stateDirectory(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    return local && win32.isAbsolute(local)
      ? win32.join(local, 'isolab')
      : win32.join(home, 'AppData', 'Local', 'isolab');
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'isolab');
  // The spec says a relative XDG_STATE_HOME is invalid and to be ignored.
  const xdg = env.XDG_STATE_HOME;
  return xdg && posix.isAbsolute(xdg)
    ? posix.join(xdg, 'isolab')
    : posix.join(home, '.local', 'state', 'isolab');
}
