// A terminal emulator's screen as data, text AND attributes of every cell, so that two
// terminals can be compared exactly (the incremental one and one drawn in full).
import xterm from '@xterm/headless';

export type Term = InstanceType<typeof xterm.Terminal>;

/** An emulator behind a tty: a line feed also returns the carriage (the tty's ONLCR). */
export function newTerminal(cols: number, rows: number): Term {
  return new xterm.Terminal({ cols, rows, allowProposedApi: true, convertEol: true });
}

export const writeTo = (term: Term, data: string) =>
  new Promise<void>((resolve) => term.write(data, resolve));

/** One line of cells: `text|fg/bg|flags` runs, so a difference is readable in a diff. */
export function screenCells(term: Term): string[] {
  const buffer = term.buffer.active;
  const cell = buffer.getNullCell();
  const rows: string[] = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    let out = '';
    let lastStyle = '';
    for (let x = 0; x < term.cols; x++) {
      if (!line?.getCell(x, cell)) break;
      const style = [
        `${cell.getFgColorMode()}:${cell.getFgColor()}`,
        `${cell.getBgColorMode()}:${cell.getBgColor()}`,
        cell.isBold() ? 'b' : '',
        cell.isDim() ? 'd' : '',
        cell.isItalic() ? 'i' : '',
        cell.isUnderline() ? 'u' : '',
        cell.isInverse() ? 'r' : '',
        cell.isStrikethrough() ? 's' : '',
        cell.isInvisible() ? 'h' : '',
      ].join(',');
      if (style !== lastStyle) {
        out += `⟨${style}⟩`;
        lastStyle = style;
      }
      out += cell.getWidth() === 0 ? '' : cell.getChars() || ' ';
    }
    rows.push(out);
  }
  return rows;
}

/** Plain text of the screen, for messages. */
export function screenText(term: Term): string[] {
  const buffer = term.buffer.active;
  const rows: string[] = [];
  for (let y = 0; y < term.rows; y++)
    rows.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
  return rows;
}
