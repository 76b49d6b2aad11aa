// Install-WindowsFeature inside a container session (TP4 PowerShell quick start: `web-server`
// in TP4Demo, then the container is captured as WindowsServerCoreIIS). The model keeps only
// which features a container has; which names exist and what each brings along is the
// shell's catalogue. A container made from a captured image starts with its features.
import { failWith } from '../errors.js';
import { appendEvent } from '../events.js';
import type { Container, HostState, ModelResult } from '../types.js';
import { replaceContainer, requireContainer } from './state-edits.js';

export interface FeatureInstall {
  readonly container: Container;
  /** Names that were not installed before, in the order given. */
  readonly installed: readonly string[];
  /** Names the container already had (Install-WindowsFeature reports NoChangeNeeded). */
  readonly alreadyInstalled: readonly string[];
}

const MAX_FEATURE_NAME = 256;
const MAX_FEATURES = 512;

export function installWindowsFeatures(
  state: HostState,
  containerId: string,
  features: readonly string[],
): ModelResult<FeatureInstall> {
  const found = requireContainer(state, containerId);
  if (!found.ok) return found.result;
  const container = found.container;
  // Installing runs inside the container, so it must be running.
  if (container.state !== 'Running') {
    return failWith('NotRunning', `Container '${container.name}' is not running.`, container.name);
  }
  const bad = features.find((f) => f.trim() === '' || f.length > MAX_FEATURE_NAME);
  if (bad !== undefined || container.installedFeatures.length + features.length > MAX_FEATURES) {
    return failWith('InvalidArgument', `'${bad ?? features.join(',')}' is not a feature name.`);
  }
  const have = new Set(container.installedFeatures.map((f) => f.toLowerCase()));
  const installed: string[] = [];
  const alreadyInstalled: string[] = [];
  for (const feature of features) {
    const key = feature.toLowerCase();
    (have.has(key) ? alreadyInstalled : installed).push(feature);
    have.add(key);
  }
  if (installed.length === 0)
    return { ok: true, value: { container, installed, alreadyInstalled }, state };
  const updated: Container = {
    ...container,
    installedFeatures: [...container.installedFeatures, ...installed],
  };
  const next = appendEvent(replaceContainer(state, updated), {
    action: 'installWindowsFeatures',
    summary: `Installed ${installed.join(', ')} in container '${container.name}'.`,
  });
  return { ok: true, value: { container: updated, installed, alreadyInstalled }, state: next };
}
