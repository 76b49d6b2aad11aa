// Completion after an assignment (issue 12): in `$con = New-Container -Name X -Cont` the
// command starts after `=`, as in the seed's own lines, so the words before it are dropped.
export interface CommandWords<W extends { readonly text: string; readonly start: number }> {
  readonly words: W[];
  readonly trailingSpace: boolean;
}

const VARIABLE = /^\$[\w:]+$/;
const GLUED = /^(\$[\w:]+=)(.*)$/;

export function withoutAssignment<W extends { readonly text: string; readonly start: number }>(
  found: CommandWords<W>,
): CommandWords<W> {
  const [first, second] = found.words;
  if (first === undefined) return found;
  if (VARIABLE.test(first.text) && second?.text === '=')
    return { ...found, words: found.words.slice(2) };
  if (VARIABLE.test(first.text) && second?.text.startsWith('=') === true) {
    const rest = { ...second, text: second.text.slice(1), start: second.start + 1 };
    return {
      ...found,
      words: rest.text === '' ? found.words.slice(2) : [rest, ...found.words.slice(2)],
    };
  }
  const glued = GLUED.exec(first.text);
  if (glued === null) return found;
  const head = glued[1] as string;
  const rest = { ...first, text: glued[2] as string, start: first.start + head.length };
  return {
    ...found,
    words: rest.text === '' ? found.words.slice(1) : [rest, ...found.words.slice(1)],
  };
}
