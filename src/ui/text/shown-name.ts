// A name from the model (a container's, a process's) as the panes show it: control, bidi and
// zero-width characters shown as `<U+XXXX>` by the one sanitiser (docs/terminal-safety.md §2),
// so a right-to-left override cannot disguise a name or a joiner fuse glyphs into a width
// the layout did not measure; a pile of combining marks keeps its first two per character,
// the most a letter needs. The panes then measure the result with the layout's own rule.
import { showControls } from '../../text/index.js';
import { printable } from './text-width.js';

const MARKS_KEPT = 2;
const MARK = /\p{M}/u;

/** Printable ASCII: nothing to show differently (no control, bidi, joiner or mark). */
const PLAIN = /^[\x20-\x7e]*$/;

export function shownName(name: string): string {
  // Most names (C0001, svchost): asked for once per container on a first frame at 500.
  if (PLAIN.test(name)) return name;
  return printable(dropExcessMarks(showControls(name)));
}

function dropExcessMarks(text: string): string {
  if (!/\p{M}{3}/u.test(text)) return text;
  let out = '';
  let run = 0;
  for (const ch of text) {
    run = MARK.test(ch) ? run + 1 : 0;
    if (run <= MARKS_KEPT) out += ch;
  }
  return out;
}
