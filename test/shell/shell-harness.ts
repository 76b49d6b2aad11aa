// Shared helpers for the Shell-level tests: a console over a fresh simulated host, and
// readers for what it prints (tables, error records, the Get-Process view's fixed columns).
import { expect } from 'vitest';
import {
  createSim,
  findContainerByName,
  type Sim,
  type StartingState,
} from '../../src/sim/index.js';
import { Shell, type LineResult } from '../../src/shell/index.js';

export interface Console {
  readonly sim: Sim;
  readonly shell: Shell;
  /** Runs one line and returns what the console printed. */
  run(line: string): LineResult;
  /** Runs lines that must not write an error record; returns the last result. */
  ok(...lines: string[]): LineResult;
  /** Runs one line that must write an error record; returns the result. */
  fails(line: string): LineResult;
  prompt(): string;
}

export function newConsole(
  options: { seed?: number; start?: StartingState; width?: number; enter?: string } = {},
): Console {
  const sim = createSim({ seed: options.seed ?? 1, start: options.start ?? 'host' });
  // As the lab started before issue 12: the session entered by the model, not typed.
  const entered = options.enter && findContainerByName(sim.getState(), options.enter);
  if (entered) sim.actions.enterSession(entered.containerId);
  const shell = new Shell({ sim, ...(options.width ? { consoleWidth: options.width } : {}) });
  const run = (line: string): LineResult => {
    const result = shell.execute(line);
    // As `isolab run` does: a second of simulated time between commands.
    sim.actions.tick(1);
    return result;
  };
  return {
    sim,
    shell,
    run,
    ok(...lines) {
      let last: LineResult = { lines: [], hadError: false, clear: false, exitRequested: false };
      for (const line of lines) {
        last = run(line);
        if (last.hadError)
          throw new Error(
            `unexpected error from ${JSON.stringify(line)}:\n${last.lines.join('\n')}`,
          );
      }
      return last;
    },
    fails(line) {
      const result = run(line);
      if (!result.hadError)
        throw new Error(
          `expected an error from ${JSON.stringify(line)}, got:\n${result.lines.join('\n')}`,
        );
      return result;
    },
    prompt: () => shell.prompt(),
  };
}

export const HOST_PROMPT = 'PS C:\\> ';

// ---------------------------------------------------------------- tables

export interface Table {
  readonly header: string;
  readonly separator: string;
  readonly rows: readonly string[];
}

/**
 * The one table in a command's output, checking Out-Default's framing on the way: one blank
 * line before the header, two after the last row, nothing else.
 */
export function onlyTable(lines: readonly string[]): Table {
  expect(lines[0], 'a blank line before the table').toBe('');
  expect(lines.length).toBeGreaterThanOrEqual(5);
  expect(lines.slice(-2), 'two blank lines after the table').toEqual(['', '']);
  const body = lines.slice(1, -2);
  expect(
    body.every((l) => l !== ''),
    'no blank line inside the table',
  ).toBe(true);
  const [header = '', separator = '', ...rows] = body;
  expect(separator).toMatch(/^[ -]*-[ -]*$/);
  return { header, separator, rows };
}

export interface Column {
  readonly label: string;
  /** 0-based offsets of the label (and of its dashes), inclusive. */
  readonly start: number;
  readonly end: number;
}

/** Columns as the separator's dash runs, each with the header label above it. */
export function columns(table: Table): Column[] {
  const out: Column[] = [];
  for (const match of table.separator.matchAll(/-+/g)) {
    const start = match.index;
    const end = start + match[0].length - 1;
    out.push({ label: table.header.slice(start, end + 1), start, end });
  }
  return out;
}

export function column(table: Table, label: string): Column {
  const found = columns(table).find((c) => c.label === label);
  if (!found) throw new Error(`no column ${label} in ${JSON.stringify(table.header)}`);
  return found;
}

/** The value sits right-aligned under the column's label (its last character under the label's). */
export function expectRightAligned(row: string, col: Column, value: string): void {
  const start = col.end - value.length + 1;
  expect(
    row.slice(start, col.end + 1),
    `${col.label} right-aligned in ${JSON.stringify(row)}`,
  ).toBe(value);
  if (start > 0) expect(row[start - 1], `blank before ${col.label}`).toBe(' ');
}

/** The value starts under the label's first character. */
export function expectLeftAligned(row: string, col: Column, value: string): void {
  expect(
    row.slice(col.start, col.start + value.length),
    `${col.label} left-aligned in ${JSON.stringify(row)}`,
  ).toBe(value);
  if (col.start > 0) expect(row[col.start - 1], `blank before ${col.label}`).toBe(' ');
}

// ---------------------------------------------------------------- the Get-Process view

/** The Get-Process view's columns (docs/powershell-output.md): start offset, width, alignment. */
export const PROCESS_VIEW = [
  { label: 'Handles', start: 0, width: 7 },
  { label: 'NPM(K)', start: 8, width: 7 },
  { label: 'PM(K)', start: 16, width: 8 },
  { label: 'WS(K)', start: 25, width: 10 },
  { label: 'VM(M)', start: 36, width: 5 },
  { label: 'CPU(s)', start: 42, width: 8 },
  { label: 'Id', start: 51, width: 6 },
  { label: 'SI', start: 58, width: 3 },
] as const;
export const PROCESS_NAME_START = 62;

export interface ProcessRow {
  readonly handles: string;
  readonly npm: string;
  readonly pm: string;
  readonly ws: string;
  readonly vm: string;
  readonly cpu: string;
  readonly id: number;
  readonly si: number;
  readonly name: string;
}

/** Cuts a Get-Process row at the view's fixed offsets (so a blank Handles cell stays blank). */
export function processRow(row: string): ProcessRow {
  const cell = (i: number) => {
    const c = PROCESS_VIEW[i]!;
    return row.slice(c.start, c.start + c.width).trim();
  };
  for (const c of PROCESS_VIEW.slice(1))
    expect(row[c.start - 1], `blank before ${c.label}`).toBe(' ');
  expect(row[PROCESS_NAME_START - 1]).toBe(' ');
  return {
    handles: cell(0),
    npm: cell(1),
    pm: cell(2),
    ws: cell(3),
    vm: cell(4),
    cpu: cell(5),
    id: Number(cell(6)),
    si: Number(cell(7)),
    name: row.slice(PROCESS_NAME_START),
  };
}

/** A Get-Process table: the seed's header layout checked, rows cut at the fixed offsets. */
export function processTable(lines: readonly string[]): ProcessRow[] {
  const table = onlyTable(lines);
  for (const c of PROCESS_VIEW) {
    // Right-aligned labels and dashes, ending at the column's last character.
    const end = c.start + c.width - 1;
    expect(table.header.slice(end - c.label.length + 1, end + 1)).toBe(c.label);
    expect(table.separator.slice(end - c.label.length + 1, end + 1)).toBe(
      '-'.repeat(c.label.length),
    );
  }
  expect(table.header.slice(PROCESS_NAME_START)).toBe('ProcessName');
  expect(table.separator.slice(PROCESS_NAME_START)).toBe('-----------');
  return table.rows.map(processRow);
}

// ---------------------------------------------------------------- error records

export interface ParsedRecord {
  /** The lines before `At line:` (the `<Command> : <message>` lines). */
  readonly message: readonly string[];
  readonly char: number;
  readonly source: string;
  /** Offset of the first tilde in the input line, and how many. */
  readonly markStart: number;
  readonly markLength: number;
  readonly categoryInfo: string;
  readonly fullyQualifiedErrorId: string;
}

/**
 * The one command error record in `lines` (NormalView layout), checked line by line:
 * message lines, `At line:1 char:N`, `+ <line>`, `+ <blanks><tildes>`, CategoryInfo,
 * FullyQualifiedErrorId, and the line holding one blank.
 */
export function onlyRecord(lines: readonly string[]): ParsedRecord {
  const at = lines.findIndex((l) => /^At line:1 char:\d+$/.test(l));
  expect(at, `an At line: in ${JSON.stringify(lines)}`).toBeGreaterThan(0);
  expect(lines.length, 'record layout').toBe(at + 6);
  const source = lines[at + 1]!;
  const marks = lines[at + 2]!;
  expect(source.startsWith('+ ')).toBe(true);
  expect(marks).toMatch(/^\+ *~+$/);
  expect(lines[at + 3]).toMatch(/^ {4}\+ CategoryInfo {10}: /);
  expect(lines[at + 4]).toMatch(/^ {4}\+ FullyQualifiedErrorId : /);
  expect(lines[at + 5]).toBe(' ');
  const tildes = marks.slice(2);
  const markStart = tildes.indexOf('~');
  const char = Number(/char:(\d+)/.exec(lines[at]!)![1]);
  expect(markStart + 1, 'char: points at the first tilde').toBe(char);
  return {
    message: lines.slice(0, at),
    char,
    source: source.slice(2),
    markStart,
    markLength: tildes.length - markStart,
    categoryInfo: lines[at + 3]!.replace(/^ {4}\+ CategoryInfo {10}: /, ''),
    fullyQualifiedErrorId: lines[at + 4]!.replace(/^ {4}\+ FullyQualifiedErrorId : /, ''),
  };
}

/** The text the tildes of a record mark, read back from the input line. */
export function marked(line: string, record: ParsedRecord): string {
  return line.slice(record.markStart, record.markStart + record.markLength);
}

/** Lines a command prints when it prints a single value (no table framing). */
export function scalarLines(result: LineResult): readonly string[] {
  expect(result.hadError).toBe(false);
  return result.lines;
}
