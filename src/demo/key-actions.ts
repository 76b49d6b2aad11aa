// What a dashboard key does to a container, as the commands a user would type. The
// dashboard runs exactly these lines through the console (so every key action is echoed as
// its commands and teaches them), and headless demos print them the same way.
import { findContainerByName } from '../sim/index.js';
import type { Container, HostState } from '../sim/index.js';
import { showControls } from '../text/index.js';
import type { KeyName } from './keys.js';

export type ContainerKeyAction = 'toggle-runtime' | 'start-stop' | 'enter' | 'exit' | 'remove';

/**
 * The dashboard key of each model action, defined once: the dashboard's key table binds
 * these keys (src/ui/keys/key-table.ts) and a scenario's key steps resolve through them
 * (key-step.ts), so a demo's `t` means what the dashboard's `t` does.
 */
export const MODEL_KEYS = {
  'toggle-runtime': 't',
  'start-stop': 's',
  enter: 'enter',
  exit: 'x',
  remove: 'd',
} as const satisfies Record<ContainerKeyAction, KeyName>;

/** The model action a key stands for, if it changes the model. */
export function modelActionOfKey(key: string): ContainerKeyAction | undefined {
  for (const [action, bound] of Object.entries(MODEL_KEYS)) {
    if (bound === key) return action as ContainerKeyAction;
  }
  return undefined;
}

export interface KeyCommands {
  /** The console lines to run, in order. */
  readonly commands: readonly string[];
  /** When nothing can be typed for it: why (shown in the console, not run). */
  readonly note?: string;
}

/**
 * A name as a PowerShell argument: bare when it is one plain word, quoted otherwise. Inside
 * single quotes PowerShell takes the typographic single quotes (‘ ’ ‚ ‛) for ' too: each is
 * doubled like ' is, or `it’s` would end the string early.
 */
export function psArgument(text: string): string {
  return /^[A-Za-z0-9_.]+$/.test(text)
    ? text
    : `'${text.replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&')}'`;
}

export function commandsForKey(
  action: ContainerKeyAction,
  container: Container | undefined,
  state: HostState,
): KeyCommands {
  const entered = state.entered !== null;
  const leave = entered ? ['exit'] : [];
  if (action === 'exit') return { commands: leave };
  if (!container) return { commands: [], note: 'No container selected.' };
  const name = psArgument(container.name);
  if (container.owner === 'docker') return dockerCommands(action, container);
  switch (action) {
    case 'enter': {
      if (state.entered?.containerId === container.containerId) return { commands: [] };
      return { commands: [...leave, `Enter-PSSession -ContainerName ${name} -RunAsAdministrator`] };
    }
    case 'start-stop':
      return {
        commands: [
          ...leave,
          container.state === 'Running'
            ? `Stop-Container -Name ${name}`
            : `Start-Container -Name ${name}`,
        ],
      };
    case 'remove': {
      // The dashboard has asked already; a running container must be stopped first.
      const stop = container.state === 'Running' ? [`Stop-Container -Name ${name}`] : [];
      return { commands: [...leave, ...stop, `Remove-Container -Name ${name} -Force`] };
    }
    case 'toggle-runtime': {
      const other = container.runtimeType === 'HyperV' ? 'Default' : 'HyperV';
      const set = `Set-Container -Name ${name} -RuntimeType ${other}`;
      // Only Nano Server converts: for any other image, Set-Container alone shows the refusal
      // without stopping a container that would not change.
      if (container.state !== 'Running' || container.image !== 'NanoServer')
        return { commands: [...leave, set] };
      return {
        commands: [
          ...leave,
          `Stop-Container -Name ${name}`,
          set,
          `Start-Container -Name ${name}`,
          `Enter-PSSession -ContainerName ${name} -RunAsAdministrator`,
        ],
      };
    }
  }
}

/** docker-made containers are managed with docker (TP4: each tool sees only its own). */
function dockerCommands(action: ContainerKeyAction, container: Container): KeyCommands {
  const id = (container.dockerId ?? container.name).slice(0, 12);
  switch (action) {
    case 'start-stop':
      return {
        commands: [container.state === 'Running' ? `docker stop ${id}` : `docker start ${id}`],
      };
    case 'remove':
      return { commands: [`docker rm -f ${id}`] };
    case 'toggle-runtime':
      return {
        commands: [],
        note: `${container.name} was made by docker: its isolation is fixed when it is created (docker run --isolation=…).`,
      };
    default:
      return {
        commands: [],
        note: `${container.name} was made by docker: PowerShell Direct sessions go to PowerShell-made containers here.`,
      };
  }
}

/** A key step named a container that is not there: it acts on nothing, and says so. */
export function missingContainerNote(name: string): string {
  return `No container named ${showControls(psArgument(name))}.`;
}

export function containerForKey(state: HostState, name: string | undefined): Container | undefined {
  return name === undefined ? undefined : findContainerByName(state, name);
}
