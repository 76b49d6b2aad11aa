// Key p in a real terminal: the built isolab with --snapshot writes the frame on screen (the
// kernel map, after m) as SVG, says where in the console, numbers the next one, and leaves
// the file alone at exit once a key wrote it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PtySession } from './pty-session.js';

const dir = mkdtempSync(join(tmpdir(), 'isolab-snapshot-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('m then p writes the kernel map as SVG; p again the numbered file', async () => {
  const path = join(dir, 'map.svg');
  const session = new PtySession(['--snapshot', path], { cols: 100, rows: 30 });
  await session.waitFor((s) => s.some((l) => l.includes('2 Host processes')), 'the first frame');
  await session.keys('m');
  await session.waitFor((s) => s.some((l) => l.includes('┌─ Host kernel')), 'the kernel map');
  await session.keys('p');
  await session.waitFor((s) => s.some((l) => l.includes('frame written to')), 'the note');
  const svg = readFileSync(path, 'utf8');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).toContain('Kernel map');
  expect(svg).toContain('Host kernel · shared by every Windows Server container');
  expect(svg).toMatch(/session 3 +◆ DEMO/);
  await session.keys('p');
  await session.waitFor((s) => s.some((l) => l.includes('map-2.svg')), 'the second note');
  expect(readFileSync(join(dir, 'map-2.svg'), 'utf8')).toContain('</svg>');
  await session.keys('q');
  expect((await session.exit()).exitCode).toBe(0);
  expect(readFileSync(path, 'utf8')).toBe(svg);
});
