// PowerShell wildcards (`*`, `?`, `[abc]`, `[a-z]`), used by -like, Select-Object
// property names and the -Name parameters. Matched case-insensitively unless asked.

export function hasWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

type Token =
  | { readonly kind: 'star' }
  | { readonly kind: 'any' }
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'class'; readonly test: RegExp };

const tokenCache = new Map<string, readonly Token[]>();

/** The pattern as tokens (`*`, `?`, `[set]`, a literal; a backtick escapes the next character). */
function tokenize(pattern: string, caseSensitive: boolean): readonly Token[] {
  const key = `${caseSensitive ? 'c' : 'i'}:${pattern}`;
  const cached = tokenCache.get(key);
  if (cached) return cached;
  const chars = Array.from(pattern);
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === '`' && i + 1 < chars.length) {
      tokens.push({ kind: 'char', ch: fold(chars[++i] as string, caseSensitive) });
    } else if (ch === '*') {
      // Runs of stars match like one.
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (ch === '?') {
      tokens.push({ kind: 'any' });
    } else if (ch === '[') {
      const close = chars.indexOf(']', i + 1);
      if (close === -1) {
        tokens.push({ kind: 'char', ch: '[' });
        continue;
      }
      const body = chars.slice(i + 1, close).join('');
      i = close;
      if (body === '') {
        tokens.push({ kind: 'char', ch: '[' }, { kind: 'char', ch: ']' });
        continue;
      }
      let test: RegExp;
      try {
        // One character against a set: linear whatever the set.
        test = new RegExp(
          `^[${body.replace(/[\\\]^]/g, (c) => `\\${c}`)}]$`,
          caseSensitive ? 'u' : 'iu',
        );
      } catch {
        test = /^(?!)$/u;
      }
      tokens.push({ kind: 'class', test });
    } else {
      tokens.push({ kind: 'char', ch: fold(ch, caseSensitive) });
    }
  }
  if (tokenCache.size > 500) tokenCache.clear();
  tokenCache.set(key, tokens);
  return tokens;
}

const fold = (ch: string, caseSensitive: boolean): string =>
  caseSensitive ? ch : ch.toLowerCase();

function matchesOne(token: Token, ch: string, folded: string): boolean {
  switch (token.kind) {
    case 'any':
      return true;
    case 'char':
      return token.ch === folded;
    case 'class':
      return token.test.test(ch);
    case 'star':
      return false;
  }
}

/**
 * Whether `text` matches the wildcard `pattern`. A greedy matcher that backtracks only to
 * the last `*` (O(pattern × text)), so no pattern can make it run away, unlike a
 * regular expression with many `.*` in a row.
 */
export function wildcardMatch(pattern: string, text: string, caseSensitive = false): boolean {
  const tokens = tokenize(pattern, caseSensitive);
  const chars = Array.from(text);
  const folded = chars.map((c) => fold(c, caseSensitive));
  let t = 0;
  let p = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (t < chars.length) {
    const token = tokens[p];
    if (
      token &&
      token.kind !== 'star' &&
      matchesOne(token, chars[t] as string, folded[t] as string)
    ) {
      t++;
      p++;
    } else if (token?.kind === 'star') {
      starAt = p++;
      resumeAt = t;
    } else if (starAt !== -1) {
      p = starAt + 1;
      t = ++resumeAt;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === 'star') p++;
  return p === tokens.length;
}
