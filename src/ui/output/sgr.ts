// Colours and styles (SGR) as a state: a line's escapes folded into one canonical key per
// cell, and the one escape that sets a key from any state. What it does not know (a code
// it has no rule for, sub-parameters with ':') it reports as null, and the line is then
// rewritten whole instead of cell by cell (frame-diff.ts).

/** Attributes that a code turns on, and the codes that turn them off. */
const ATTRIBUTE_OFF: Record<number, readonly number[]> = {
  22: [1, 2],
  23: [3],
  24: [4],
  25: [5],
  27: [7],
  28: [8],
  29: [9],
  55: [53],
};
const ATTRIBUTES = new Set([1, 2, 3, 4, 5, 7, 8, 9, 53]);

export interface SgrState {
  attributes: number[];
  fg: string;
  bg: string;
}

export const plainState = (): SgrState => ({ attributes: [], fg: '', bg: '' });

/** The key of a state: '' for plain, else the parameters that set it from a reset. */
export function sgrKey(state: SgrState): string {
  const parts = [...state.attributes].sort((a, b) => a - b).map(String);
  if (state.fg !== '') parts.push(state.fg);
  if (state.bg !== '') parts.push(state.bg);
  return parts.join(';');
}

/** A colour that takes more parameters (38;5;n or 38;2;r;g;b); null when malformed. */
function extendedColour(params: number[], at: number): { code: string; used: number } | null {
  const mode = params[at + 1];
  if (mode === 5 && params[at + 2] !== undefined)
    return { code: `${params[at]};5;${params[at + 2]}`, used: 3 };
  if (mode === 2 && params.length >= at + 5)
    return { code: params.slice(at, at + 5).join(';'), used: 5 };
  return null;
}

/** Applies one SGR escape's parameters (the text between `ESC [` and `m`); false if unknown. */
export function applySgr(state: SgrState, body: string): boolean {
  if (body.includes(':')) return false;
  const params = body === '' ? [0] : body.split(';').map((p) => (p === '' ? 0 : Number(p)));
  for (let i = 0; i < params.length; i++) {
    const code = params[i] as number;
    if (code === 0) Object.assign(state, plainState());
    else if (ATTRIBUTES.has(code)) {
      if (!state.attributes.includes(code)) state.attributes.push(code);
    } else if (ATTRIBUTE_OFF[code] !== undefined) {
      const off = ATTRIBUTE_OFF[code];
      state.attributes = state.attributes.filter((a) => !off.includes(a));
    } else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) state.fg = String(code);
    else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) state.bg = String(code);
    else if (code === 39) state.fg = '';
    else if (code === 49) state.bg = '';
    else if (code === 38 || code === 48) {
      const colour = extendedColour(params, i);
      if (colour === null) return false;
      if (code === 38) state.fg = colour.code;
      else state.bg = colour.code;
      i += colour.used - 1;
    } else return false;
  }
  return true;
}

/** The escape that sets the style `key` whatever the terminal's style was. */
export const setStyle = (key: string) => (key === '' ? '\x1b[0m' : `\x1b[0;${key}m`);
