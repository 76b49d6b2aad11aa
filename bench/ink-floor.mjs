// What Ink itself costs per frame on this machine, whatever the app: one component drawing
// 39 lines of plain text across a 120×40 terminal, one number changing per update. No
// dashboard can update faster than this with Ink's renderer.
import { performance } from 'node:perf_hooks';
import { Box, render, Text } from 'ink';
import { createElement as h, useEffect, useState } from 'react';
import { FakeTerminal, fakeStdin, quantile, round, sleep } from './fake-terminal.mjs';

let setCount;
function Screen() {
  const [count, set] = useState(0);
  useEffect(() => void (setCount = set), []);
  const lines = [];
  for (let i = 0; i < 39; i++)
    lines.push(
      h(
        Text,
        { key: i },
        `line ${String(i).padStart(2)} value ${String((count * 7 + i) % 1000).padStart(3)} `.padEnd(
          118,
          '.',
        ),
      ),
    );
  return h(Box, { flexDirection: 'column', width: 120, height: 39 }, lines);
}

const term = new FakeTerminal(120, 40);
const renders = [];
const instance = render(h(Screen), {
  stdout: term,
  stdin: fakeStdin(),
  stderr: process.stderr,
  patchConsole: false,
  exitOnCtrlC: false,
  onRender: ({ renderTime }) => renders.push(renderTime),
});
await sleep(200);
const frames = [];
for (let i = 1; i <= 100; i++) {
  await sleep(45);
  const written = term.nextWrite();
  const start = performance.now();
  setCount(i);
  frames.push((await written) - start);
}
instance.unmount();
const measured = renders.slice(-100);
process.stdout.write(
  `${JSON.stringify({
    inkRenderP50Ms: round(quantile(measured, 0.5)),
    inkRenderP95Ms: round(quantile(measured, 0.95)),
    updateP50Ms: round(quantile(frames, 0.5)),
    updateP95Ms: round(quantile(frames, 0.95)),
  })}\n`,
);
process.exit(0);
