// `docker inspect -f '{{.HostConfig.Isolation}}'`: the subset of Go's text/template that
// students type — field paths and literal text (docs/fidelity-notes.md Q5). Values print as
// Go's fmt %v does: maps as map[k:v], slices as [a b], a missing key as <no value>.

export type TemplateResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

const ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;

export function renderTemplate(template: string, data: unknown): TemplateResult {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(ACTION)) {
    out += template.slice(last, match.index);
    last = match.index + match[0].length;
    const action = match[1] ?? '';
    const json = /^json\s+(\S+)$/.exec(action);
    const path = json ? (json[1] ?? '') : action;
    if (!/^\.([A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*)?$/.test(path))
      return {
        ok: false,
        error: `Template parsing error: template: :1: function "${path.split(/\s/)[0] ?? ''}" not defined`,
      };
    const value = lookup(data, path);
    out += json ? JSON.stringify(value ?? null) : goValue(value);
  }
  return { ok: true, text: out + template.slice(last) };
}

function lookup(data: unknown, path: string): unknown {
  let current = data;
  for (const key of path.split('.').filter(Boolean)) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function goValue(value: unknown): string {
  if (value === undefined) return '<no value>';
  if (value === null) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(goValue).join(' ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `map[${entries.map(([k, v]) => `${k}:${goValue(v)}`).join(' ')}]`;
  }
  return String(value);
}
