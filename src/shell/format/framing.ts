// Out-Default's framing of tables and lists (see out-default.ts), and the line helpers
// the formatters share.

/**
 * Appends one by one: a spread push passes every line as an argument, and 300,000 lines
 * (Get-Process | Format-List at 50,000 processes) overflow the call stack.
 */
export function pushAll(into: string[], more: readonly string[]): void {
  for (const line of more) into.push(line);
}

/** The table's lines inside Out-Default's framing: one blank before, two after. */
export function frameTable(core: readonly string[]): string[] {
  return ['', ...core, '', ''];
}

/** List entries inside Out-Default's framing: two blanks before, one between, three after. */
export function frameList(entries: readonly (readonly string[])[]): string[] {
  const lines = ['', ''];
  for (const entry of entries) {
    pushAll(lines, entry);
    lines.push('');
  }
  lines.push('', '');
  return lines;
}

/** The last `tail` lines (all when there are fewer). */
export const lastLines = (lines: string[], tail: number): string[] =>
  tail < lines.length ? lines.slice(-tail) : lines;

/** The first `head` lines (all when there are fewer). */
export const firstLines = (lines: string[], head: number): string[] =>
  head < lines.length ? lines.slice(0, head) : lines;
