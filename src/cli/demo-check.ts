// `isolab demo --check FILE|NAME`: plays a scenario headless and checks every claim its
// narrations make (src/demo/claims). Exit 0 when all hold, 1 naming each false one.
import { resolveLang } from '../demo/lang.js';
import { failUsage, writeLines } from './output.js';

export interface DemoCheckArgs {
  readonly name?: string;
  /** The scenario to check; '' when `--check` is given alone (then the positional name). */
  readonly check: string;
  readonly seed?: number;
  readonly lang?: string;
}

export async function runDemoCheck(args: DemoCheckArgs): Promise<number> {
  const { resolveScenario } = await import('./scenario-source.js');
  const { checkScenario } = await import('../demo/claims/check-scenario.js');
  const source = resolveScenario(args.check || args.name, undefined);
  if (!source.ok) return failUsage(source.message);
  if (args.seed !== undefined && !Number.isSafeInteger(args.seed))
    return failUsage('isolab demo: --seed needs a whole number');
  const scenario = source.scenario;
  const seed = args.seed ?? scenario.seed ?? 1;
  const result = checkScenario(scenario, seed, resolveLang(args.lang, process.env));
  if (result.failures.length > 0) {
    process.stderr.write(result.failures.map((line) => `isolab demo --check: ${line}\n`).join(''));
    return 1;
  }
  writeLines([
    `isolab demo --check: ${scenario.name}: ${result.claims} claims hold (seed ${seed})`,
  ]);
  return 0;
}
