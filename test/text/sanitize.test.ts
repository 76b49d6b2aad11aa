// The one sanitiser (src/text/sanitize.ts, docs/terminal-safety.md): every control, bidi
// and zero-width character comes out visible, in caret notation or as <U+XXXX>.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasControls, showControls } from '../../src/text/index.js';

/** Anything a terminal would interpret or hide. */
const RAW =
  // eslint-disable-next-line no-control-regex -- the point of the test
  /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/u;

describe('showControls', () => {
  it('C0 controls and DEL in caret notation, as cat -v shows them', () => {
    expect(showControls('a\x1b]52;c;aGk=\x07b')).toBe('a^[]52;c;aGk=^Gb');
    expect(showControls('\0\b\r\n\t\x7f')).toBe('^@^H^M^J^I^?');
    expect(showControls('\x1b[2J\x1b[?1049h')).toBe('^[[2J^[[?1049h');
  });

  it('C1 controls, bidi controls and zero-width characters as <U+XXXX>', () => {
    expect(showControls('\x9b31m')).toBe('<U+009B>31m');
    expect(showControls('abc\u202etxt.exe')).toBe('abc<U+202E>txt.exe');
    expect(showControls('\u2066\u2069\u200e\u200f\u061c')).toBe(
      '<U+2066><U+2069><U+200E><U+200F><U+061C>',
    );
    expect(showControls('a\u200bb\u200dc\u2060d\ufeff')).toBe(
      'a<U+200B>b<U+200D>c<U+2060>d<U+FEFF>',
    );
  });

  it('leaves printable text alone: Korean, emoji, box drawing, typographic quotes', () => {
    for (const text of ['컨테이너 DEMO', '🐳 ‘it’s’', '─│┌', 'PS C:\\> Get-Process'])
      expect(showControls(text)).toBe(text);
  });

  it('any string: nothing raw remains, showing twice changes nothing', () => {
    const unit = fc.oneof(
      fc.constantFrom('\x1b', '\x07', '\0', '\x9b', '\u202e', '\u200d', '\ufeff', '\x7f'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const shown = showControls(parts.join(''));
        expect(shown).not.toMatch(RAW);
        expect(hasControls(shown)).toBe(false);
        expect(showControls(shown)).toBe(shown);
      }),
      { numRuns: 500 },
    );
  });

  it('1 MB of escapes: two visible characters each, nothing dropped', () => {
    const shown = showControls('\x1b'.repeat(1_000_000));
    expect(shown.length).toBe(2_000_000);
  });
});
