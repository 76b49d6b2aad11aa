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

export function translator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  return (key, params) => {
    const text = catalog[key] ?? en[key];
    if (params === undefined) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
