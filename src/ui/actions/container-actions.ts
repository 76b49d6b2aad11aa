// Keys that change the model: each is performed by running, through the same Shell, the
// commands a user would type for it (src/demo/key-actions.ts decides which), so the echo
// in the console is literally what ran. A `#` note first says which key it was; the plan
// runs all or nothing (key-plan.ts) and its outcome goes on the message line.
import { commandsForKey, type ContainerKeyAction } from '../../demo/live.js';
import { findContainerById, type Container } from '../../sim/index.js';
import { note } from './console-actions.js';
import { runPlan } from './key-plan.js';
import { report } from './message-actions.js';
import { selectedContainer } from '../state/process-list.js';
import type { StoreContext } from './store-context.js';
import { playSteps } from './toggle-animation.js';
import { keyLabel } from '../keys/key-names.js';
import { newContainerLine } from '../state/selectors.js';
import type { NewContainerForm } from '../state/ui-state.js';

function describe(
  ctx: StoreContext,
  action: ContainerKeyAction,
  container: Container | undefined,
  key: string,
): string {
  const name = container?.name ?? '';
  const k = keyLabel(key);
  switch (action) {
    case 'toggle-runtime':
      return ctx.t('note.toggle', {
        key: k,
        name,
        from: container?.runtimeType ?? '',
        to: container?.runtimeType === 'HyperV' ? 'Default' : 'HyperV',
      });
    case 'start-stop':
      return ctx.t(
        container?.state === 'Running' ? 'note.startStop.stop' : 'note.startStop.start',
        { key: k, name },
      );
    case 'enter':
      return ctx.t('note.enter', { key: k, name });
    case 'exit':
      return ctx.t('note.exit', { key: k });
    case 'remove':
      return ctx.t('note.remove', { key: k, name });
  }
}

/** Why a key runs nothing, in the UI's language. */
function whyNothing(
  ctx: StoreContext,
  action: ContainerKeyAction,
  container: Container | undefined,
): string {
  const host = ctx.sim.getState();
  if (action === 'exit') return ctx.t('note.noSession');
  if (container === undefined) return ctx.t('note.noContainer');
  if (action === 'enter' && host.entered?.containerId === container.containerId) {
    return ctx.t('note.alreadyIn', { name: container.name });
  }
  if (container.owner === 'docker') {
    return ctx.t(action === 'toggle-runtime' ? 'note.dockerIsolation' : 'note.dockerSession', {
      name: container.name,
    });
  }
  return ctx.t('note.noContainer');
}

/** While docker's cmd has the console, PowerShell lines would go to cmd: say so instead. */
function attachedElsewhere(ctx: StoreContext): boolean {
  const cmd = ctx.shell().attachedContainer();
  // `docker run -it … powershell`: the console is that container's PowerShell, where the
  // module's cmdlets the keys type do not exist.
  const attached = cmd ?? ctx.shell().attachedPowerShell();
  if (attached === null) return false;
  const name = findContainerById(ctx.sim.getState(), attached)?.name ?? attached;
  const text = ctx.t(cmd !== null ? 'note.attached' : 'note.attachedPowerShell', { name });
  note(ctx, text);
  report(ctx, text, true);
  return true;
}

/** `stepwise`: the commands one per beat (toggle-animation.ts), as a user's `t` plays. */
export function runContainerKey(
  ctx: StoreContext,
  action: ContainerKeyAction,
  key: string,
  stepwise = false,
): void {
  if (attachedElsewhere(ctx)) return;
  const host = ctx.sim.getState();
  const container = selectedContainer(host, ctx.state().selectedContainerId);
  const plan = commandsForKey(action, container, host);
  if (plan.commands.length === 0) {
    const why = whyNothing(ctx, action, container);
    note(ctx, why);
    report(ctx, why, true);
    return;
  }
  const what = describe(ctx, action, container, key);
  if (
    stepwise &&
    ctx.stepwiseToggle === true &&
    container !== undefined &&
    plan.commands.length > 1
  )
    return playSteps(ctx, what, plan.commands, container.containerId);
  if (!runPlan(ctx, what, plan.commands)) return;
  if (container !== undefined && findContainerById(ctx.sim.getState(), container.containerId)) {
    ctx.update({ selectedContainerId: container.containerId });
  }
}

/** `n`: the next free name CON1, CON2, … */
export function suggestName(ctx: StoreContext): string {
  const taken = new Set(ctx.sim.getState().containers.map((c) => c.name.toLowerCase()));
  for (let i = 1; ; i++) if (!taken.has(`con${i}`)) return `CON${i}`;
}

export function newContainerCommands(ctx: StoreContext, form: NewContainerForm): string[] {
  const leave = ctx.sim.getState().entered !== null ? ['exit'] : [];
  return [...leave, newContainerLine(form)];
}

export function createContainer(ctx: StoreContext, form: NewContainerForm): void {
  const name = form.name.trim();
  if (name === '') return;
  if (attachedElsewhere(ctx)) return;
  if (!runPlan(ctx, ctx.t('note.new', { key: 'n', name }), newContainerCommands(ctx, form))) return;
  const made = ctx.sim
    .getState()
    .containers.find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (made !== undefined)
    ctx.update({ selectedContainerId: made.containerId, focus: 'containers' });
}
