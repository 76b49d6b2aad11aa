// Odd container names: with spaces, in Korean, with an emoji, with a typographic quote.
//
// Two different rulers, on purpose:
// - The dashboard lines its columns up by display width (string-width: a Hangul syllable
//   or an emoji takes two cells), so its panes stay aligned on any terminal.
// - The PowerShell transcript pads by String.Length — UTF-16 code units — as Windows
//   PowerShell 5's console host does on a non-CJK code page (the en-US hosts of the seed's
//   transcripts): its LengthInBufferCells counts wide characters as two cells only on the
//   CJK code pages 932/936/949/950. So a Korean name's row is ragged in the transcript,
//   exactly as it was in such a console. (Recorded in ARCHITECTURE.md, "Text width".)
//
// Names PowerShell would refuse get the module's error record; docker's own rule for names
// gets docker's message.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../src/shell/index.js';
import { createSim } from '../../src/sim/index.js';
import { renderDashboard } from '../ui/harness.js';

const NAMES = ['my box', '컨테이너', '🐳whale', 'it’s', 'A'];

function labWith(names: readonly string[]) {
  const sim = createSim({ start: 'host' });
  const shell = new Shell({ sim });
  for (const name of names) {
    const quoted = `'${name.replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&')}'`;
    const r = shell.execute(`New-Container -Name ${quoted} -ContainerImageName NanoServer`);
    expect(r.hadError, r.lines.join('\n')).toBe(false);
  }
  return { sim, shell };
}

describe('odd names in the containers pane', () => {
  it.for([
    [120, 36],
    [80, 24],
    [60, 20],
  ] as const)('line up by display width at %i×%i', async ([columns, rows]) => {
    const { sim } = labWith(NAMES);
    const h = renderDashboard({ columns, rows, sim, color: false });
    try {
      const lines = h.lines();
      // The containers pane's rows (its left border to its right one) that hold our names:
      // all of them at 120×36, the window the pane has room for when smaller.
      const ours = NAMES.filter((n) => n !== 'A');
      const rowsOf = lines
        .map((l) => /^[│┃][▶ ] *[^│┃]*[│┃]/.exec(l)?.[0] ?? '')
        .filter(
          (segment) =>
            segment.includes(' Default ') && ours.some((name) => segment.includes(` ${name} `)),
        );
      expect(rowsOf.length, lines.join('\n')).toBeGreaterThanOrEqual(2);
      expect(
        rowsOf.some((l) => /컨테이너|🐳/.test(l)),
        lines.join('\n'),
      ).toBe(true);
      // The next column (the runtime) starts in the same cell on every row, and every row
      // is as wide as the pane.
      const runtimeAt = rowsOf.map((l) => stringWidth(l.slice(0, l.indexOf(' Default '))));
      expect(new Set(runtimeAt).size, rowsOf.join('\n')).toBe(1);
      const widths = rowsOf.map((l) => stringWidth(l));
      expect(new Set(widths).size, rowsOf.join('\n')).toBe(1);
      // And the frame as a whole still fits the terminal, line by line.
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
    } finally {
      h.unmount();
    }
  });

  it('the n form creates one with a typographic quote in its name (quoted right in the echo)', async () => {
    const h = renderDashboard({ columns: 120, rows: 36, start: 'lab' });
    try {
      h.store.getState().actions.handleKey('n', 'user');
      const overlay = h.store.getState().overlay;
      if (overlay?.kind !== 'new-container') throw new Error('no form');
      // Ctrl+U clears the suggested name; then the name is typed.
      h.store.getState().actions.handleInput('\x15it’s mine');
      h.store.getState().actions.handleKey('enter', 'user');
      const state = h.store.getState();
      expect(state.host.containers.map((c) => c.name)).toContain('it’s mine');
      expect(state.console.lines.map((l) => l.text)).toContain(
        "PS C:\\> New-Container -Name 'it’’s mine' -ContainerImageName NanoServer",
      );
      // The keys that act on it quote it the same way, and work.
      h.store.getState().actions.handleKey('s', 'user');
      expect(h.store.getState().host.containers.find((c) => c.name === 'it’s mine')?.state).toBe(
        'Running',
      );
    } finally {
      h.unmount();
    }
  });
});

describe('odd names in PowerShell tables', () => {
  it('pads by String.Length (UTF-16 units), as Windows PowerShell 5 on an en-US console', () => {
    const { shell } = labWith(NAMES);
    const out = shell.execute('Get-Container | Format-Table Name, State').lines;
    const rowsOf = NAMES.map((name) => out.find((l) => l.startsWith(name)) as string);
    // The Name column is as wide as the longest name by .Length — '🐳whale', 7: the whale
    // is a surrogate pair — and State (right-aligned) ends at the same string index on
    // every row.
    expect(out.find((l) => l.startsWith('Name'))).toBe(
      `Name${' '.repeat('🐳whale'.length - 4)} State`,
    );
    const stateEnd = rowsOf.map((l) => l.indexOf('Off') + 3);
    expect(new Set(stateEnd).size, rowsOf.join('\n')).toBe(1);
    expect(stateEnd[0]).toBe('🐳whale'.length + 1 + 'State'.length);
    // So by display width the Korean row is ragged (4 syllables: 8 cells, padded as 4).
    const korean = rowsOf[1] as string;
    expect(stringWidth(korean) - korean.length).toBe(4);
  });
});

describe('names PowerShell refuses', () => {
  const run = (line: string) => {
    const { shell } = labWith([]);
    return shell.execute(line);
  };

  it("'' fails parameter validation ([ValidateNotNullOrEmpty]), marking the argument", () => {
    const r = run("New-Container -Name '' -ContainerImageName NanoServer");
    expect(r.hadError).toBe(true);
    expect(r.lines.slice(0, 6)).toEqual([
      "New-Container : Cannot validate argument on parameter 'Name'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
      'At line:1 char:21',
      "+ New-Container -Name '' -ContainerImageName NanoServer",
      '+                     ~~',
      '    + CategoryInfo          : InvalidData: (:) [New-Container], ParameterBindingValidationException',
      '    + FullyQualifiedErrorId : ParameterArgumentValidationError,Microsoft.Containers.PowerShell.Cmdlets.NewContainer',
    ]);
  });

  it.for(['a/b', 'a\\b', 'c:', 'x*', 'why?', 'say"hi"', '<tag>', 'a|b', 'tab\there', '   '])(
    '%j gets the module error record, and no container',
    (name) => {
      const { sim, shell } = labWith([]);
      const quoted = `'${name.replace(/'/g, "''")}'`;
      const line = `New-Container -Name ${quoted} -ContainerImageName NanoServer`;
      const r = shell.execute(line);
      expect(r.hadError).toBe(true);
      const why =
        name.trim() === ''
          ? 'it cannot be blank.'
          : 'it cannot contain \\ / : * ? " < > | or control characters.';
      // The layout of every module error (src/shell/cmdlets/model-errors.ts): the whole
      // command marked, InvalidArgument like the module's other refusals of a parameter.
      expect(r.lines[0]).toBe(
        `New-Container : The name '${name}' is not a valid container name: ${why}`,
      );
      expect(r.lines[1]).toBe('At line:1 char:1');
      if (!name.includes('\t'))
        expect(r.lines.slice(2, 4)).toEqual([`+ ${line}`, `+ ${'~'.repeat(line.length)}`]);
      expect(r.lines.slice(4, 6)).toEqual([
        '    + CategoryInfo          : InvalidArgument: (:) [New-Container], VirtualizationException',
        '    + FullyQualifiedErrorId : InvalidParameter,Microsoft.Containers.PowerShell.Cmdlets.NewContainer',
      ]);
      expect(sim.getState().containers).toEqual([]);
    },
  );

  it("docker run --name with a space or a slash: docker's own refusal", () => {
    for (const name of ['my box', 'a/b', '컨테이너']) {
      const r = run(`docker run -d --name '${name}' nanoserver cmd`);
      expect(r.hadError).toBe(true);
      expect(r.lines).toEqual([
        `docker: Error response from daemon: Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.`,
        "See 'docker run --help'.",
      ]);
    }
  });
});
