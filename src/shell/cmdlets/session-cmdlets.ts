// PowerShell Direct into containers: Enter-PSSession, Exit-PSSession, Invoke-Command
// (-ContainerId/-ContainerName, March 2016 PushRunspaceCommand.cs and InvokeCommandCommand).
import { findContainerById, findContainersByName } from '../../sim/index.js';
import type { Container } from '../../sim/index.js';
import { toText } from '../runtime/conversions.js';
import type { ErrorRecord, ErrorSite } from '../runtime/errors/error-record.js';
import { cmdletSite, errorRecord, REMOTING_CLASSES } from '../runtime/errors/catalogue.js';
import { isPSObject, type PSObject, type PSValue } from '../runtime/values.js';
import type { BoundArgument, CmdletDefinition, CmdletInvocation, ParamDef } from './definition.js';

const CORE = 'Microsoft.PowerShell.Core';
const sw = (name: string, extra: Partial<ParamDef> = {}): ParamDef => ({
  name,
  type: 'switch',
  typeName: 'System.Management.Automation.SwitchParameter',
  ...extra,
});
const str = (name: string, extra: Partial<ParamDef> = {}): ParamDef => ({
  name,
  type: 'string',
  typeName: 'System.String',
  ...extra,
});

interface Target {
  readonly container: Container | null;
  readonly by: 'ContainerId' | 'ContainerName';
  readonly text: string;
}

/** What a -ContainerId / -ContainerName argument names, as typed. */
function namedTarget(bound: ReadonlyMap<string, BoundArgument>): Target {
  const byId = bound.get('ContainerId');
  if (byId) return { container: null, by: 'ContainerId', text: toText(firstOf(byId.value)) };
  return {
    container: null,
    by: 'ContainerName',
    text: toText(firstOf(bound.get('ContainerName')?.value ?? null)),
  };
}

const firstOf = (value: PSValue): PSValue =>
  Array.isArray(value) ? ((value as readonly PSValue[])[0] ?? null) : value;

/** The running container the arguments name, if any. */
function lookupRunning(invocation: CmdletInvocation): Target {
  const target = namedTarget(invocation.bound);
  const state = invocation.context.sim.getState();
  // Inside a container there are no containers to enter: nested sessions never resolve.
  if (invocation.context.currentContainerId() !== null) return target;
  if (target.by === 'ContainerName') {
    // Names may repeat (docs/fidelity-notes.md D0–D3): only a single running one resolves.
    const running = findContainersByName(state, target.text).filter((c) => c.state === 'Running');
    return { ...target, container: running.length === 1 ? (running[0] ?? null) : null };
  }
  const found = findContainerById(state, target.text);
  return { ...target, container: found && found.state === 'Running' ? found : null };
}

/**
 * Enter-PSSession typed inside a session: the remote host cannot push a runspace
 * (RemotingErrorIdStrings RemoteHostDoesNotSupportPushRunspace, as consoles print it).
 */
function nestedSession(invocation: CmdletInvocation): ErrorRecord {
  return errorRecord('nestedSession', remotingSite('Enter-PSSession', invocation));
}

/**
 * A name two running containers share gets the module's 2016 text (RemotingErrorIdStrings
 * InvalidContainerNameMultiple); anything else the "does not exist" one.
 */
function notResolved(
  site: ErrorSite,
  invocation: CmdletInvocation,
  by: Target['by'],
  text: string,
): ErrorRecord {
  const state = invocation.context.sim.getState();
  const running = findContainersByName(state, text).filter((c) => c.state === 'Running');
  return by === 'ContainerName' && running.length > 1
    ? errorRecord('containerNameAmbiguous', site, text)
    : errorRecord('containerNotRunning', site, by, text);
}

/** Where a remoting cmdlet writes its errors: the whole command marked. */
function remotingSite(
  command: keyof typeof REMOTING_CLASSES,
  invocation: CmdletInvocation,
): ErrorSite {
  return cmdletSite(
    { name: command, className: REMOTING_CLASSES[command] },
    invocation.command.extent,
    invocation.command.name,
  );
}

export const enterPSSession: CmdletDefinition = {
  name: 'Enter-PSSession',
  className: 'Microsoft.PowerShell.Commands.EnterPSSessionCommand',
  module: CORE,
  synopsis:
    'Opens an interactive session inside a running container; the prompt becomes [NAME]: PS C:\\>.',
  parameters: [
    str('ComputerName', { sets: ['ComputerName'], aliases: ['Cn'] }),
    {
      name: 'Session',
      type: 'object',
      typeName: 'System.Management.Automation.Runspaces.PSSession',
      sets: ['Session'],
    },
    str('ConnectionUri', { sets: ['Uri'] }),
    str('InstanceId', { sets: ['InstanceId'] }),
    { name: 'Id', type: 'int', typeName: 'System.Int32', sets: ['Id'] },
    str('Name', { sets: ['Name'] }),
    str('VMId', { sets: ['VMId'] }),
    str('VMName', { sets: ['VMName'] }),
    str('ContainerId', {
      mandatory: true,
      notNullOrEmpty: true,
      sets: ['ContainerId'],
      help: "The container's ID, e.g. $con.ContainerId.",
    }),
    // The source gives ContainerId and ContainerName both position 0; the simulated host has
    // no network, so a bare word is taken as a container name.
    str('ContainerName', {
      position: 0,
      mandatory: true,
      notNullOrEmpty: true,
      sets: ['ContainerName'],
      help: "The container's name.",
    }),
    sw('RunAsAdministrator', {
      sets: ['ContainerId', 'ContainerName'],
      help: 'Run elevated (shows CPU times of SYSTEM processes).',
    }),
    { name: 'Credential', type: 'object', typeName: 'System.Management.Automation.PSCredential' },
    str('ConfigurationName'),
    { name: 'Port', type: 'int', typeName: 'System.Int32' },
    sw('UseSSL'),
  ],
  invoke(invocation) {
    if (invocation.context.currentContainerId() !== null) {
      // In an entered session: no nesting. In a container's own PowerShell (`docker run -it …
      // powershell`), as Invoke-Command there: no Containers feature (docs/fidelity-notes.md
      // Q10).
      const entered = invocation.context.sim.getState().entered !== null;
      const site = remotingSite('Enter-PSSession', invocation);
      invocation.writeError(
        entered ? nestedSession(invocation) : errorRecord('containersNotEnabled', site),
      );
      return [];
    }
    const { container, by, text } = lookupRunning(invocation);
    if (!container) {
      invocation.writeError(
        notResolved(remotingSite('Enter-PSSession', invocation), invocation, by, text),
      );
      return [];
    }
    const outcome = invocation.context.sim.actions.enterSession(container.containerId);
    if (outcome.ok)
      invocation.context.setSessionAdministrator(
        Boolean(invocation.bound.get('RunAsAdministrator')?.value),
      );
    return [];
  },
};

export const exitPSSession: CmdletDefinition = {
  name: 'Exit-PSSession',
  className: 'Microsoft.PowerShell.Commands.ExitPSSessionCommand',
  module: CORE,
  synopsis: 'Leaves the container session and returns to the host prompt (same as exit).',
  parameters: [],
  invoke(invocation) {
    invocation.context.sim.actions.exitSession();
    return [];
  },
};

/** Objects come back from a remote runspace deserialized, tagged with PSComputerName. */
function deserialize(value: PSValue, computerName: string): PSValue {
  if (!isPSObject(value)) return value;
  const copy: PSObject = {
    $kind: 'object',
    typeNames: value.typeNames.map((t) => `Deserialized.${t}`),
    properties: [
      ...value.properties.filter((p) => p.name !== 'PSComputerName'),
      { name: 'PSComputerName', value: computerName },
    ],
    ...(value.ref ? { ref: value.ref } : {}),
  };
  return copy;
}

export const invokeCommand: CmdletDefinition = {
  name: 'Invoke-Command',
  className: 'Microsoft.PowerShell.Commands.InvokeCommandCommand',
  module: CORE,
  synopsis: 'Runs a script block inside a container (-ContainerId/-ContainerName) or locally.',
  parameters: [
    {
      name: 'ScriptBlock',
      type: 'scriptblock',
      typeName: 'System.Management.Automation.ScriptBlock',
      position: 0,
      mandatory: true,
      aliases: ['Command'],
      help: 'What to run, e.g. {Get-Process}.',
    },
    {
      name: 'ContainerId',
      type: 'string[]',
      typeName: 'System.String[]',
      notNullOrEmpty: true,
      sets: ['ContainerId'],
    },
    {
      name: 'ContainerName',
      type: 'string[]',
      typeName: 'System.String[]',
      notNullOrEmpty: true,
      sets: ['ContainerName'],
    },
    sw('RunAsAdministrator', { sets: ['ContainerId', 'ContainerName'] }),
    {
      name: 'ComputerName',
      type: 'string[]',
      typeName: 'System.String[]',
      sets: ['ComputerName'],
      aliases: ['Cn'],
    },
    {
      name: 'Session',
      type: 'object[]',
      typeName: 'System.Management.Automation.Runspaces.PSSession[]',
      sets: ['Session'],
    },
    str('FilePath', { aliases: ['PSPath'] }),
    { name: 'ArgumentList', type: 'object[]', typeName: 'System.Object[]', aliases: ['Args'] },
    {
      name: 'InputObject',
      type: 'object',
      typeName: 'System.Management.Automation.PSObject',
      fromPipeline: true,
    },
    sw('HideComputerName', { aliases: ['HCN'] }),
  ],
  invoke(invocation) {
    const scriptBlock = invocation.bound.get('ScriptBlock')?.value;
    if (
      !scriptBlock ||
      typeof scriptBlock !== 'object' ||
      Array.isArray(scriptBlock) ||
      !('$kind' in scriptBlock) ||
      scriptBlock.$kind !== 'scriptblock'
    )
      return [];
    const remote = invocation.bound.has('ContainerId') || invocation.bound.has('ContainerName');
    if (!remote) {
      const result = invocation.context.runScriptBlock(scriptBlock.body, null);
      result.errors.forEach((e) => invocation.writeError(e));
      return result.output;
    }
    if (invocation.context.currentContainerId() !== null) {
      // Inside a container there is no Containers feature to reach other containers through.
      invocation.writeError(
        errorRecord('containersNotEnabled', remotingSite('Invoke-Command', invocation)),
      );
      return [];
    }
    const { container, by, text } = lookupRunning(invocation);
    if (!container) {
      invocation.writeError(
        notResolved(remotingSite('Invoke-Command', invocation), invocation, by, text),
      );
      return [];
    }
    const result = invocation.context.runScriptBlock(scriptBlock.body, null, {
      containerId: container.containerId,
      administrator: Boolean(invocation.bound.get('RunAsAdministrator')?.value),
    });
    // Errors come back from the container's runspace, tagged with where they happened.
    result.errors.forEach((e) => invocation.writeError({ ...e, computerName: container.name }));
    const hide = Boolean(invocation.bound.get('HideComputerName')?.value);
    return hide ? result.output : result.output.map((v) => deserialize(v, container.name));
  },
};

export const sessionCmdlets = [enterPSSession, exitPSSession, invokeCommand];
