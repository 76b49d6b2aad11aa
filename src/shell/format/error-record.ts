// Error records as Windows PowerShell 5's console prints them (the ErrorView "NormalView"
// of PowerShellCore.format.ps1xml, InvocationInfo.PositionMessage, ErrorCategoryInfo).
//
// PowerShell also wraps the CategoryInfo / FullyQualifiedErrorId lines at the console width
// and the host wraps long lines; the simulator does NOT wrap: the transcript is read by
// scripts and the dashboard wraps for display, so every record line is one logical line.
import type { Extent } from '../ast.js';
import type { ErrorRecord } from '../runtime/errors/error-record.js';

/**
 * ErrorCategoryInfo.Ellipsize (Windows PowerShell 5): activity, target name and target type
 * longer than 40 characters show their first 15 and last 15 characters around `...`.
 */
export function ellipsize(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 15)}...${text.slice(-15)}`;
}

/** ErrorCategoryInfo.GetMessage: `Category: (Target:TargetType) [Activity], Reason`. */
export function categoryInfo(record: ErrorRecord): string {
  const target = `${ellipsize(record.targetName)}:${ellipsize(record.targetType)}`;
  return `${record.category}: (${target}) [${ellipsize(record.activity)}], ${record.exceptionType}`;
}

/** Longest source line PositionMessage shows (fits an 80-column console with its markers). */
const MAX_LINE_LENGTH = 69;

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/**
 * Where each line of the last input starts, and its text without trailing blanks: one line
 * can yield thousands of records (`x; x; x; …`), and finding the line anew for each would
 * make printing them quadratic in the line's length.
 */
interface InputLines {
  readonly input: string;
  readonly starts: readonly number[];
  readonly sources: Map<number, { readonly text: string; readonly hasTab: boolean }>;
}

let lastLines: InputLines | null = null;

function linesOf(input: string): InputLines {
  if (lastLines?.input === input) return lastLines;
  const starts = [0];
  for (let i = input.indexOf('\n'); i !== -1; i = input.indexOf('\n', i + 1)) starts.push(i + 1);
  lastLines = { input, starts, sources: new Map() };
  return lastLines;
}

/** The index of the line holding offset `at` (the last start at or before it). */
function lineContaining(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sourceLine(
  lines: InputLines,
  k: number,
  lineStart: number,
  lineEnd: number,
): { readonly text: string; readonly hasTab: boolean } {
  let found = lines.sources.get(k);
  if (found === undefined) {
    const text = lines.input.slice(lineStart, lineEnd).trimEnd();
    found = { text, hasTab: text.includes('\t') };
    lines.sources.set(k, found);
  }
  return found;
}

/**
 * InvocationInfo.PositionMessage (PositionUtilities.VerboseMessage, Windows PowerShell 5):
 *
 *     At line:<line> char:<column>
 *     + <source line>
 *     + <blanks><'~' × extent length, at least one>
 *
 * Tabs expand to four blanks. A source line longer than 69 characters is shown as a
 * 69-character window around the error, with `... ` before and ` ...` after where text was
 * cut; the tildes stay under the marked text. An extent running past its line is marked to
 * the end of the line. `lineNumber` is the number of the input's first line (1 at the prompt).
 */
export function positionMessage(extent: Extent, input: string, lineNumber = 1): string[] {
  const start = clamp(Math.floor(extent.start), 0, input.length);
  const lines = linesOf(input);
  const k = lineContaining(lines.starts, start);
  const lineStart = lines.starts[k] as number;
  const lineEnd = k + 1 < lines.starts.length ? (lines.starts[k + 1] as number) - 1 : input.length;
  const line = lineNumber + k;
  const column = start - lineStart + 1;
  const header = `At line:${line} char:${column}`;

  const cached = sourceLine(lines, k, lineStart, lineEnd);
  let source = cached.text;
  if (source === '') return [header, '+ '];

  let spaces = column - 1;
  const end = Math.max(start, Math.floor(extent.end));
  let length = end <= lineEnd ? end - start : source.length - spaces;
  length = clamp(length, 0, Math.max(0, source.length - spaces));

  if (cached.hasTab) {
    const before = source.slice(0, spaces).replace(/\t/g, '    ');
    const marked = source.slice(spaces, spaces + length).replace(/\t/g, '    ');
    source = before + marked + source.slice(spaces + length).replace(/\t/g, '    ');
    spaces = before.length;
    length = marked.length;
  }

  const fitted = fitWindow({ source, spaces, length });
  const { prefixDots, suffixDots } = fitted;
  ({ source, spaces, length } = fitted);

  const shown = `${prefixDots ? '... ' : ''}${source}${suffixDots ? ' ...' : ''}`;
  const pad = ' '.repeat(spaces + (prefixDots ? 4 : 0));
  return [header, `+ ${shown}`, `+ ${pad}${'~'.repeat(length > 0 ? length : 1)}`];
}

/**
 * The console lines of one error record, ending with the line holding one blank that
 * NormalView appends ("`n ").
 *
 * Command errors:
 *
 *     <CommandName> : <Message>
 *     At line:1 char:<column>
 *     + <input line>
 *     + <blanks><tildes>
 *         + CategoryInfo          : <Category>: (<Target>:<TargetType>) [<Activity>],
 *                                   <ExceptionType>    (one line)
 *         + FullyQualifiedErrorId : <ErrorId>
 *
 * Parse errors carry no invocation: the ParseException message itself is the position
 * message followed by the error text, so the position comes first and there is no prefix.
 */
export function formatErrorRecord(
  record: ErrorRecord,
  inputLine: string,
  lineNumber?: number,
): string[] {
  const details = [
    `    + CategoryInfo          : ${categoryInfo(record)}`,
    `    + FullyQualifiedErrorId : ${record.fullyQualifiedErrorId}`,
  ];
  const message = record.message.split(/\r?\n/);
  if (record.computerName !== undefined && record.kind === 'command') {
    return [...message, ...details, `    + PSComputerName        : ${record.computerName}`, ' '];
  }
  const position = positionMessage(record.extent, inputLine, lineNumber);
  if (record.kind === 'parse') return [...position, ...message, ...details, ' '];
  const prefix = record.commandName ? `${record.commandName} : ` : '';
  const [first = '', ...rest] = message;
  return [prefix + first, ...rest, ...position, ...details, ' '];
}

interface Marked {
  readonly source: string;
  readonly spaces: number;
  readonly length: number;
}

/** A source line longer than 69 characters cut to a window around the marked text. */
function fitWindow(marked: Marked): Marked & { prefixDots: boolean; suffixDots: boolean } {
  let { source, spaces, length } = marked;
  if (source.length <= MAX_LINE_LENGTH) return { ...marked, prefixDots: false, suffixDots: false };
  let suffixDots = false;
  // Keep as much of the marked text as fits, with up to 12 characters of context before
  // and 8 after, then widen the context (preferring what comes before) to fill 69.
  const totalPrefix = spaces;
  let prefix = Math.min(totalPrefix, 12);
  const totalSuffix = source.length - length - spaces;
  let suffix = Math.min(totalSuffix, 8);
  let candidate = prefix + length + suffix;
  if (candidate >= MAX_LINE_LENGTH) {
    if (prefix + length >= MAX_LINE_LENGTH) length = MAX_LINE_LENGTH - prefix;
    suffixDots = true;
  } else {
    const prefixAvailable = totalPrefix - prefix;
    if (prefixAvailable > 0) {
      prefix += Math.min(prefixAvailable, MAX_LINE_LENGTH - candidate);
      candidate = prefix + length + suffix;
    }
    if (candidate < MAX_LINE_LENGTH && totalSuffix > 0) {
      suffix += Math.min(totalSuffix, MAX_LINE_LENGTH - candidate);
    }
    suffixDots = suffix < totalSuffix;
  }
  const prefixDots = prefix < totalPrefix;
  const from = Math.max(spaces - prefix, 0);
  source = source.slice(from, from + MAX_LINE_LENGTH);
  spaces = Math.min(spaces, prefix);
  length = Math.min(length, MAX_LINE_LENGTH - spaces);
  return { source, spaces, length, prefixDots, suffixDots };
}
