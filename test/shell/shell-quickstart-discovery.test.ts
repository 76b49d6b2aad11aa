// Discovery on a TP4 host: $PSVersionTable and $host.Version (reference-quickstarts.md "TP4
// $PSVersionTable"; docs/fidelity-notes.md Q11).
import { describe, expect, it } from 'vitest';
import { newConsole } from './shell-harness.js';

describe('$PSVersionTable (Q11)', () => {
  const c = newConsole();
  const lines = c.ok('$PSVersionTable').lines;
  const rows: [string, string][] = [
    ['PSVersion', '5.0.10586.0'],
    ['PSCompatibleVersions', '{1.0, 2.0, 3.0, 4.0...}'],
    ['BuildVersion', '10.0.10586.0'],
    ['CLRVersion', '4.0.30319.42000'],
    ['WSManStackVersion', '3.0'],
    ['PSRemotingProtocolVersion', '2.3'],
    ['SerializationVersion', '1.1.0.1'],
  ];
  it('prints the Name/Value table, Name 30 wide', () => {
    expect(lines.slice(0, 3)).toEqual([
      '',
      'Name                           Value',
      '----                           -----',
    ]);
  });
  it.each(rows)('%s is %s', (name, value) => {
    expect(lines).toContain(`${name.padEnd(30)} ${value}`);
  });
  it('the rows come in the reference order', () => {
    expect(lines.slice(3, 10).map((l) => l.split(' ')[0])).toEqual(rows.map(([n]) => n));
  });
});

describe('versions as objects (Q11)', () => {
  const c = newConsole();
  it.each(['$PSVersionTable.PSVersion', '$host.Version'])(
    '%s prints Major Minor Build Revision',
    (line) => {
      const lines = c.ok(line).lines;
      expect(lines[1]).toBe('Major Minor Build Revision');
      expect(lines[3]).toBe('    5     0 10586        0');
    },
  );
  it('a version converts to text as 5.0.10586.0', () => {
    expect(c.ok('"$($PSVersionTable.PSVersion)"').lines).toEqual(['5.0.10586.0']);
  });
  it('$host.Name is ConsoleHost', () => {
    expect(c.ok('$host.Name').lines).toEqual(['ConsoleHost']);
  });
});
