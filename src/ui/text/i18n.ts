// The UI's language. `--lang ko` (or a ko* locale) translates the dashboard's own text;
// PowerShell's output stays as PowerShell prints it.
import type { Lang } from '../../demo/live.js';
import { en, type MessageKey } from './messages-en.js';
import { ko } from './messages-ko.js';

export type { Lang, MessageKey };
export { resolveLang } from '../../demo/live.js';

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const CATALOGS: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, ko };

/** A message's text cut at its `{name}` placeholders: literal, name, literal, … literal. */
type Template = readonly string[];

/** Split with its capture group, a text alternates literals and the names between them. */
const templateOf = (text: string): Template => text.split(/\{(\w+)\}/);

/** One per language: a view asks for the same few messages on every frame. */
const translators = new Map<Lang, Translate>();

export function translator(lang: Lang): Translate {
  const known = translators.get(lang);
  if (known !== undefined) return known;
  const catalog = CATALOGS[lang];
  // Each message's template, cut once: filling it is a join, where a replace with a
  // callback per call was a tenth of the views' own time on a `t` (CPU profile, bench L).
  const templates = new Map<MessageKey, Template>();
  const translate: Translate = (key, params) => {
    const text = catalog[key] ?? en[key];
    if (params === undefined || !text.includes('{')) return text;
    let parts = templates.get(key);
    if (parts === undefined) templates.set(key, (parts = templateOf(text)));
    let out = parts[0] as string;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i] as string;
      out += (name in params ? String(params[name]) : `{${name}}`) + (parts[i + 1] as string);
    }
    return out;
  };
  translators.set(lang, translate);
  return translate;
}
