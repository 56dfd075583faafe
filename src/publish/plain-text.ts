// Wrapping for plain-text email: every logical line is wrapped at a column,
// continuation lines keep the list or quote prefix aligned, and words longer
// than a line (links) are never broken.

const PREFIX = /^(\s*(?:[-*•] |\d{1,3}[.)] |> ?)?)/;

/** Wraps one logical line; a bullet's continuation is indented under its text. */
export function wrapLine(line: string, width = 72): string[] {
  if (line.length <= width) return [line];
  const prefix = PREFIX.exec(line)?.[1] ?? '';
  const hang = prefix.startsWith('>') || /^\s*>/.test(prefix) ? prefix : ' '.repeat(prefix.length);
  const words = line.slice(prefix.length).split(/ +/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = prefix;
  let empty = true;
  for (const word of words) {
    if (!empty && current.length + 1 + word.length > width) {
      lines.push(current);
      current = hang;
      empty = true;
    }
    current += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(current);
  return lines;
}

/** Wraps every line of a text, folds runs of blank lines and ends with one newline. */
export function wrapText(text: string, width = 72): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    // Control characters other than tab and newline have no place in a mail body.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''));
  return `${lines
    .flatMap((l) => wrapLine(l, width))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
