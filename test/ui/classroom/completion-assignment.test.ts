// Issue 12: Tab completion after an assignment, the seed's own form (`$con = New-Container …`).
import { describe, expect, it } from 'vitest';
import { complete, shellCommands } from '../../../src/ui/state/completion.js';

const ctx = {
  commands: shellCommands(),
  allContainers: ['DEMO', 'WINCONT'],
  moduleContainers: ['DEMO', 'WINCONT'],
  containerIds: [],
  dockerContainers: [],
  images: ['NanoServer', 'WindowsServerCore'],
  processNames: ['csrss'],
  inSession: false,
};
const candidates = (line: string) => complete(line, ctx)?.candidates ?? null;

describe('completion after an assignment', () => {
  it.each([
    ['$con = New-Container -Name X -Cont', ['-ContainerImageName']],
    ['$con=New-Container -Name X -Cont', ['-ContainerImageName']],
    ['$con =New-Container -Name X -Cont', ['-ContainerImageName']],
    ['$con = New-Cont', ['New-Container']],
    ['$c = Start-Container -Name WIN', ['WINCONT']],
  ])('%s: first %j', (line, expected) => {
    // The first candidate is what Tab puts in the line; more may follow with Tab again.
    expect(candidates(line)?.slice(0, 1)).toEqual(expected);
  });

  it('offers every parameter the prefix names, as without the assignment', () => {
    expect(candidates('$con = New-Container -Cont')).toEqual(candidates('New-Container -Cont'));
    expect(candidates('New-Container -Cont')).toContain('-ContainerImageVersion');
  });

  it('replaces only the word being completed', () => {
    const line = '$con = New-Container -Name X -Cont';
    expect(complete(line, ctx)?.start).toBe(line.length - '-Cont'.length);
  });
});
