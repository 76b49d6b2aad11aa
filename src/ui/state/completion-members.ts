// Tab on a `$` word (issue 12): variable names (`$c` → `$con`), and property names after
// `$x.` (from the variable's value) or `$_.` (from what the pipeline feeds the script block
// the cursor is in: `Get-Container | Where-Object { $_.Na` offers Name). Pure: the values
// and the commands' output types come in through MemberContext.

export interface MemberContext {
  /** Variables set in the console, as first written. */
  readonly variables: readonly string[];
  membersOfVariable(name: string): readonly string[];
  /** What a command writes, or null when not known. */
  membersOfCommand(name: string): readonly string[] | null;
}

const AUTOMATIC = ['true', 'false', 'null'];
const MEMBER = /^\$([\w:]+)\.(\w*)$/;
const VARIABLE = /^\$([\w:]*)$/;
/** Commands that pass their input on as it is: `$_` after them is what came before. */
const PASS_THROUGH = new Set(['where-object', 'where', '?', 'sort-object', 'sort']);

export interface WordAt {
  readonly text: string;
  readonly start: number;
}

/** Where the innermost `{` still open before `end` is (-1: none), quotes skipped. */
function openBrace(line: string, end: number): number {
  const open: number[] = [];
  let quote: string | null = null;
  for (let i = 0; i < end; i++) {
    const ch = line[i] as string;
    if (quote !== null) quote = ch === quote ? null : quote;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '{') open.push(i);
    else if (ch === '}') open.pop();
  }
  return open.at(-1) ?? -1;
}

/** The pipeline's segments at the top level of `text` (quotes and braces kept whole). */
function segments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote !== null) quote = ch === quote ? null : quote;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '{' || ch === '(') depth++;
    else if (ch === '}' || ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** What `$_` holds in the block open before `end`: the members of the upstream's output. */
function pipelineMembers(line: string, end: number, ctx: MemberContext): readonly string[] {
  const brace = openBrace(line, end);
  if (brace < 0) return [];
  const parts = segments(line.slice(0, brace));
  for (let i = parts.length - 2; i >= 0; i--) {
    const words = (parts[i] as string)
      .replace(/^\s*\$[\w:]+\s*=/, '')
      .trim()
      .split(/\s+/);
    const first = words[0] ?? '';
    if (first.startsWith('$') && words.length === 1) return ctx.membersOfVariable(first.slice(1));
    if (PASS_THROUGH.has(first.toLowerCase())) continue;
    return ctx.membersOfCommand(first) ?? [];
  }
  return [];
}

function startingWith(values: readonly string[], prefix: string): string[] {
  const lower = prefix.toLowerCase();
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (!key.startsWith(lower) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Candidates for a `$` word, or null when the word is not one. */
export function completeDollarWord(
  line: string,
  word: WordAt,
  ctx: MemberContext,
): readonly string[] | null {
  const member = MEMBER.exec(word.text);
  if (member !== null) {
    const name = member[1] as string;
    const members =
      name === '_' ? pipelineMembers(line, word.start, ctx) : ctx.membersOfVariable(name);
    return startingWith(members, member[2] as string).map((m) => `$${name}.${m}`);
  }
  const variable = VARIABLE.exec(word.text);
  if (variable === null) return null;
  const inBlock = openBrace(line, word.start) >= 0 ? ['_'] : [];
  const names = [
    ...[...ctx.variables].sort((a, b) => a.localeCompare(b)),
    ...AUTOMATIC,
    ...inBlock,
  ];
  return startingWith(names, variable[1] as string).map((n) => `$${n}`);
}
