// Model states the UI tests look at, made the way a user would: commands in the shell.
import { Shell } from '../../src/shell/index.js';
import { createSim, type Sim } from '../../src/sim/index.js';
import { initialHighlights, type Highlights } from '../../src/ui/state/highlights.js';
import { translator } from '../../src/ui/text/i18n.js';
import { labInsideDemo } from '../support/lab.js';

export const t = translator('en');
export const ko = translator('ko');

/** Runs lines through a Shell over `sim`; throws on the first error record. */
export function run(sim: Sim, ...lines: string[]): Sim {
  const shell = new Shell({ sim });
  for (const line of lines) {
    const result = shell.execute(line);
    if (result.hadError) throw new Error(`${line}\n${result.lines.join('\n')}`);
  }
  return sim;
}

/** The lab: DEMO (NanoServer, Default, running, entered), WINCONT (off). */
export const lab = (): Sim => labInsideDemo();

/** The seed's bare host plus HYPVCON, a running Hyper-V container. */
export const hyperV = (): Sim =>
  run(
    createSim({ start: 'host' }),
    '$con = New-Container -Name HYPVCON -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV',
    'Start-Container $con',
  );

export const noMarks = (sim: Sim): Highlights => initialHighlights(sim.getState());
