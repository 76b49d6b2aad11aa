// Ink 6.8 as published keeps every string it measures, for good (ink/build/measure-text.js
// has no bound; vadimdemedes/ink#986; our patch bounds it). The dashboard's rows are
// <Line>s (src/ui/views/components/line.tsx), which Ink never needs to measure: after 100 ticks
// and 20 commands the cache holds (almost) nothing new, where a plain <Text> list grows it
// by a string per changed row.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HOOK = fileURLToPath(new URL('./fixtures/expose-ink-caches.mjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/measure-cache.mjs', import.meta.url));

function measure(): Promise<{ dashboard: number; control: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '2' };
  delete env.CI;
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', HOOK, FIXTURE],
      { encoding: 'utf8', timeout: 60_000, env },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else
          resolve(
            JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
              dashboard: number;
              control: number;
            },
          );
      },
    ),
  );
}

describe("Ink's text measure cache", () => {
  it('does not grow as the dashboard ticks and runs commands', { timeout: 60_000 }, async () => {
    const { dashboard, control } = await measure();
    // The control proves the cache is being watched: 10 rows × 30 updates of <Text>.
    expect(control).toBeGreaterThanOrEqual(300);
    // Some strings may be measured once (a text field); none per tick or per command.
    expect(dashboard).toBeLessThan(20);
  });
});
