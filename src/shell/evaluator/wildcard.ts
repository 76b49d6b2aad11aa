// PowerShell wildcards (`*`, `?`, `[abc]`, `[a-z]`), used by -like, Select-Object
// property names and the -Name parameters. Matched case-insensitively unless asked.

const cache = new Map<string, RegExp>();

export function hasWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

export function wildcardToRegExp(pattern: string, caseSensitive = false): RegExp {
  const key = `${caseSensitive ? 'c' : 'i'}:${pattern}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '`' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern[++i] as string);
    } else if (ch === '*') {
      source += '[\\s\\S]*';
    } else if (ch === '?') {
      source += '[\\s\\S]';
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) {
        source += '\\[';
      } else {
        const body = pattern.slice(i + 1, close).replace(/[\\\]^]/g, (c) => `\\${c}`);
        source += body.length ? `[${body}]` : '\\[\\]';
        i = close;
      }
    } else {
      source += escapeRegExp(ch);
    }
  }
  const regExp = new RegExp(`^${source}$`, caseSensitive ? 'u' : 'iu');
  if (cache.size > 500) cache.clear();
  cache.set(key, regExp);
  return regExp;
}

export function wildcardMatch(pattern: string, text: string, caseSensitive = false): boolean {
  try {
    return wildcardToRegExp(pattern, caseSensitive).test(text);
  } catch {
    return pattern.toLowerCase() === text.toLowerCase();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
