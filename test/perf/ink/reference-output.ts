// Ink 6.8.0's own Output.get() (ink/build/output.js, MIT, © Vadim Demedes), unchanged but
// for types: the reference that the patched Output (patches/ink+6.8.0.patch) must match
// string for string. It builds every frame from nothing, as Ink does.
import {
  styledCharsFromTokens,
  styledCharsToString,
  tokenize,
  type StyledChar,
} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';

export interface Clip {
  x1?: number;
  x2?: number;
  y1?: number;
  y2?: number;
}
export type Transformer = (line: string, index: number) => string;
export type Operation =
  | { type: 'write'; x: number; y: number; text: string; transformers: Transformer[] }
  | { type: 'clip'; clip: Clip }
  | { type: 'unclip' };

export function referenceGet(
  width: number,
  height: number,
  operations: readonly Operation[],
): string {
  const output: (StyledChar | undefined)[][] = [];
  for (let y = 0; y < height; y++) {
    const row: StyledChar[] = [];
    for (let x = 0; x < width; x++)
      row.push({ type: 'char', value: ' ', fullWidth: false, styles: [] });
    output.push(row);
  }
  const clips: Clip[] = [];
  for (const operation of operations) {
    if (operation.type === 'clip') clips.push(operation.clip);
    if (operation.type === 'unclip') clips.pop();
    if (operation.type !== 'write') continue;
    const { text, transformers } = operation;
    let { x, y } = operation;
    let lines = text.split('\n');
    const clip = clips.at(-1);
    if (clip) {
      const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
      const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
      if (clipHorizontally) {
        const widest = Math.max(...text.split('\n').map((line) => stringWidth(line)));
        if (x + widest < clip.x1! || x > clip.x2!) continue;
      }
      if (clipVertically && (y + lines.length < clip.y1! || y > clip.y2!)) continue;
      if (clipHorizontally) {
        lines = lines.map((line) => {
          const from = x < clip.x1! ? clip.x1! - x : 0;
          const lineWidth = stringWidth(line);
          const to = x + lineWidth > clip.x2! ? clip.x2! - x : lineWidth;
          return sliceAnsi(line, from, to);
        });
        if (x < clip.x1!) x = clip.x1!;
      }
      if (clipVertically) {
        const from = y < clip.y1! ? clip.y1! - y : 0;
        const to = y + lines.length > clip.y2! ? clip.y2! - y : lines.length;
        lines = lines.slice(from, to);
        if (y < clip.y1!) y = clip.y1!;
      }
    }
    let offsetY = 0;
    for (const [index, written] of lines.entries()) {
      const currentLine = output[y + offsetY];
      if (!currentLine) continue;
      let line = written;
      for (const transformer of transformers) line = transformer(line, index);
      let offsetX = x;
      for (const character of styledCharsFromTokens(tokenize(line))) {
        currentLine[offsetX] = character;
        const characterWidth = Math.max(1, stringWidth(character.value));
        for (let column = 1; column < characterWidth; column++)
          currentLine[offsetX + column] = {
            type: 'char',
            value: '',
            fullWidth: false,
            styles: character.styles,
          };
        offsetX += characterWidth;
      }
      offsetY++;
    }
  }
  return output
    .map((line) =>
      styledCharsToString(line.filter((item): item is StyledChar => item !== undefined)).trimEnd(),
    )
    .join('\n');
}
