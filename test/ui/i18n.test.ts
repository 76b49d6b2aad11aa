// The translator fills a message's `{name}` placeholders from its parameters, in English and
// Korean, as a replace of each placeholder would: every one filled, in place, repeated
// ones too; one without a parameter stays as written; a value is taken as it is (no `$`
// patterns, no second pass over a value that looks like a placeholder).
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/text/messages-en.js';
import { ko } from '../../src/ui/text/messages-ko.js';
import { translator, type MessageKey } from '../../src/ui/text/i18n.js';

/** What each message gives when every placeholder is replaced one by one. */
function replaced(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);

describe('translator', () => {
  for (const [lang, catalog] of [
    ['en', en],
    ['ko', ko],
  ] as const) {
    it(`${lang}: every message with placeholders, filled as a replace fills it`, () => {
      const t = translator(lang);
      let checked = 0;
      for (const key of Object.keys(catalog) as MessageKey[]) {
        const text = catalog[key];
        const wanted = names(text);
        if (wanted.length === 0) continue;
        const params = Object.fromEntries(wanted.map((n, i) => [n, i % 2 === 0 ? `<${n}>` : i]));
        const out = t(key, params);
        expect(out).toBe(replaced(text, params));
        for (const n of wanted) expect(out).not.toContain(`{${n}}`);
        // The second call reads the template cut on the first: the same text.
        expect(t(key, params)).toBe(out);
        checked++;
      }
      expect(checked).toBeGreaterThan(10);
    });
  }

  it('leaves a placeholder without a parameter, and takes values as they are', () => {
    const t = translator('en');
    const key = (Object.keys(en) as MessageKey[]).find((k) => names(en[k]).length >= 2);
    if (key === undefined) throw new Error('no message with two placeholders');
    const [first, second] = names(en[key]) as [string, string];
    const out = t(key, { [first]: '$& {x} $1' });
    expect(out).toContain('$& {x} $1');
    expect(out).toContain(`{${second}}`);
    expect(out).toBe(replaced(en[key], { [first]: '$& {x} $1' }));
  });

  it('is one function per language (caches keyed by it are shared)', () => {
    expect(translator('en')).toBe(translator('en'));
    expect(translator('ko')).not.toBe(translator('en'));
    expect(translator('en')('summary.noneRunning')).toBe(en['summary.noneRunning']);
  });
});
