// Hosts for the kernel map's tests: none, one of each kind, and a big host.
import { createSim, type Sim } from '../../../src/sim/index.js';

function ok<T>(outcome: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

/** The bare host: no container. */
export const bareHost = (): Sim => createSim({ start: 'host' });

/** WIN (Windows Server container, running) and HYP (Hyper-V container, running). */
export function twoContainers(): Sim {
  const sim = createSim({ start: 'host' });
  const win = ok(
    sim.actions.newContainer({
      name: 'WIN',
      image: 'WindowsServerCore',
      switchName: 'Virtual Switch',
    }),
  );
  ok(sim.actions.startContainer(win.containerId));
  const hyp = ok(
    sim.actions.newContainer({ name: 'HYP', image: 'NanoServer', runtimeType: 'HyperV' }),
  );
  ok(sim.actions.startContainer(hyp.containerId));
  return sim;
}

/** `--processes 10000 --containers 500`. */
export const bigHost = (): Sim =>
  createSim({ seed: 1, scale: { hostProcesses: 10000, containers: 500 } });
