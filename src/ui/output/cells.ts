// A frame line as terminal cells: the character each column shows and its style key
// (sgr.ts). A wide character takes two columns: its own and a continuation ('').
// Lines the cell model cannot vouch for (escapes other than SGR, characters whose width
// is not one code point's — combining marks, joiners, variation selectors, emoji
// modifiers, regional indicators) parse to null and are rewritten whole when they change.
import stringWidth from 'string-width';
import { applySgr, plainState, sgrKey } from './sgr.js';

export interface CellLine {
  readonly chars: string[];
  readonly styles: string[];
}

// eslint-disable-next-line no-control-regex -- an SGR escape, split off from the text
const SGR_SPLIT = /\x1b\[([0-9;:]*)m/;
// eslint-disable-next-line no-control-regex -- any other control character or escape
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;
// Code points whose width depends on their neighbours: marks, joiners, tags, flags, skin tones.
const CONTEXTUAL = /\p{M}|\p{Cf}|\p{Regional_Indicator}|\p{Emoji_Modifier}/u;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const widthOf = new Map<string, number>();
function codePointWidth(char: string): number {
  const code = char.codePointAt(0) as number;
  if (code < 0x7f) return 1;
  let width = widthOf.get(char);
  if (width === undefined) {
    width = stringWidth(char);
    // Bounded: a few thousand distinct characters at most are ever kept.
    if (widthOf.size >= 4096) widthOf.clear();
    widthOf.set(char, width);
  }
  return width;
}

export function parseCells(line: string): CellLine | null {
  const chars: string[] = [];
  const styles: string[] = [];
  const state = plainState();
  let style = '';
  const parts = line.split(SGR_SPLIT);
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as string;
    if (p % 2 === 1) {
      if (!applySgr(state, part)) return null;
      style = sgrKey(state);
      continue;
    }
    if (part === '') continue;
    if (PRINTABLE_ASCII.test(part)) {
      // Most of a frame: one cell per character, without the per-character width lookup.
      for (let i = 0; i < part.length; i++) {
        chars.push(part[i] as string);
        styles.push(style);
      }
      continue;
    }
    if (CONTROL.test(part) || CONTEXTUAL.test(part)) return null;
    for (const char of part) {
      const width = codePointWidth(char);
      if (width === 1) {
        chars.push(char);
        styles.push(style);
      } else if (width === 2) {
        chars.push(char, '');
        styles.push(style, style);
      } else return null;
    }
  }
  return { chars, styles };
}
