// The UI's language: English, or Korean when asked or when the locale says so.
export type Lang = 'en' | 'ko';

/** `--lang` wins; otherwise LC_ALL, then LANG: `ko*` means Korean. */
export function resolveLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (flag === 'ko' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
