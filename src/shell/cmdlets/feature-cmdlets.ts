// ServerManager's Install-WindowsFeature and Get-WindowsFeature inside a Server Core container
// (PS-QS; docs/fidelity-notes.md F1, F2). The model keeps which features a container has; the
// names, the tree and what comes along are feature-catalogue.ts. Nano Server has no
// ServerManager, so there the cmdlets are not found; on the host they are real cmdlets the lab
// does not model (it has no host features), and say so.
import { findContainerById } from '../../sim/index.js';
import { buildRecord } from '../runtime/errors/error-record.js';
import { cmdletSite, errorRecord } from '../runtime/errors/catalogue.js';
import { engineSite } from '../runtime/errors/error-record.js';
import { toText } from '../runtime/conversions.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import { makeObject, type PSObject, type PSValue } from '../runtime/values.js';
import { RuntimeError } from '../evaluator/runtime-error.js';
import type { CmdletDefinition, CmdletInvocation } from './definition.js';
import { FEATURES, findFeature, installSet, type FeatureInfo } from './feature-catalogue.js';
import { modelErrorRecord } from './model-errors.js';

const MODULE = 'ServerManager';
export const FEATURE_TYPE = 'Microsoft.Windows.ServerManager.Commands.Feature';
export const FEATURE_RESULT_TYPE =
  'Microsoft.Windows.ServerManager.Commands.FeatureOperationResult';
const NAME_PARAM = {
  name: 'Name',
  type: 'string[]',
  typeName: 'System.String[]',
  position: 0,
  fromPipeline: true,
} as const;

/** The Server Core container the console runs in, or null after writing why not. */
function featureHost(invocation: CmdletInvocation, cmdlet: CmdletDefinition): string | null {
  const { context, command } = invocation;
  const containerId = context.currentContainerId();
  const site = cmdletSite(cmdlet, command.extent, command.name);
  if (containerId === null) {
    const message =
      `${cmdlet.name} is part of TP4's ${MODULE} module, but isolab does not simulate the ` +
      "host's own features; run it inside a Windows Server Core container.";
    const shape = {
      category: 'NotImplemented',
      exceptionType: 'PSNotSupportedException',
      errorId: 'NotSimulatedByIsolab',
    };
    invocation.writeError(buildRecord(shape, site, message));
    return null;
  }
  const container = findContainerById(context.sim.getState(), containerId);
  if (container?.osImage !== 'WindowsServerCore') {
    const record = errorRecord(
      'commandNotFound',
      engineSite(command.nameExtent, command.name),
      command.name,
    );
    throw new RuntimeError(record);
  }
  return containerId;
}

const namesOf = (invocation: CmdletInvocation): string[] | null => {
  const bound = invocation.bound.get('Name')?.value;
  return bound === undefined ? null : (bound as readonly PSValue[]).map(toText);
};

export const installWindowsFeature: CmdletDefinition = {
  name: 'Install-WindowsFeature',
  className: 'Microsoft.Windows.ServerManager.Commands.AddWindowsFeatureCommand',
  module: MODULE,
  synopsis: 'Installs a Windows feature (web-server) in the Server Core container you entered.',
  parameters: [{ ...NAME_PARAM, mandatory: true }],
  invoke(invocation) {
    const containerId = featureHost(invocation, installWindowsFeature);
    if (containerId === null) return [];
    const site = cmdletSite(
      installWindowsFeature,
      invocation.command.extent,
      invocation.command.name,
    );
    const wanted: FeatureInfo[] = [];
    for (const name of namesOf(invocation) ?? []) {
      const found = findFeature(name);
      if (!found) {
        // ServerManager's text for a name it does not know (F2).
        const message =
          `ArgumentNotValid: The role, role service, or feature name is not valid: '${name}'. ` +
          'The name was not found.';
        const shape = {
          category: 'InvalidArgument',
          exceptionType: 'Exception',
          errorId: 'NameDoesNotExist',
        };
        throw new RuntimeError(buildRecord(shape, site, message, { name, type: 'String' }));
      }
      for (const x of installSet(found.name)) if (!wanted.includes(x)) wanted.push(x);
    }
    const outcome = invocation.context.sim.actions.installWindowsFeatures(
      containerId,
      wanted.map((x) => x.name),
    );
    if (!outcome.ok) {
      invocation.writeError(
        modelErrorRecord(installWindowsFeature, outcome.error, invocation.command.extent),
      );
      return [];
    }
    const installed = new Set(outcome.value.installed.map((n) => n.toLowerCase()));
    const results = wanted.filter((x) => installed.has(x.name.toLowerCase()));
    return [
      makeObject([FEATURE_RESULT_TYPE, 'System.Object'], {
        Success: true,
        RestartNeeded: enumValue('RestartState', 'No', ['No', 'Yes', 'Maybe']),
        FeatureResult: results.map((x) => x.displayName),
        ExitCode: enumValue('ExitCode', results.length ? 'Success' : 'NoChangeNeeded', EXIT_CODES),
      }),
    ];
  },
};

const EXIT_CODES = ['Success', 'NoChangeNeeded', 'Failed', 'SuccessRestartRequired'];

function enumValue(type: string, value: string, names: readonly string[]): PSValue {
  return {
    $kind: 'enum',
    typeName: `Microsoft.Windows.ServerManager.Commands.${type}`,
    value,
    names,
  };
}

export const getWindowsFeature: CmdletDefinition = {
  name: 'Get-WindowsFeature',
  className: 'Microsoft.Windows.ServerManager.Commands.GetWindowsFeatureCommand',
  module: MODULE,
  synopsis: 'Lists the Windows features of the Server Core container you entered.',
  parameters: [NAME_PARAM],
  invoke(invocation) {
    const containerId = featureHost(invocation, getWindowsFeature);
    if (containerId === null) return [];
    const container = findContainerById(invocation.context.sim.getState(), containerId);
    const have = new Set((container?.installedFeatures ?? []).map((n) => n.toLowerCase()));
    const names = namesOf(invocation);
    return FEATURES.filter((x) => !names || names.some((n) => wildcardMatch(n, x.name))).map(
      (x): PSObject =>
        makeObject([FEATURE_TYPE, 'System.Object'], {
          DisplayName: x.displayName,
          Name: x.name,
          Installed: have.has(x.name.toLowerCase()),
          InstallState: have.has(x.name.toLowerCase()) ? 'Installed' : 'Available',
          FeatureType: x.depth === 1 ? 'Role' : 'Role Service',
          Path: x.displayName,
          Depth: x.depth,
        }),
    );
  },
};

export const featureCmdlets = [installWindowsFeature, getWindowsFeature];
