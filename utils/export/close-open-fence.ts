const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Closes a fenced code block left open at the end of `markdown` (a truncated article),
 * so that what an export appends after it is not swallowed into the code block.
 */
export function closeOpenFence(markdown: string): string {
  let open: string | null = null;
  for (const line of markdown.split(/\r\n|\n|\r/)) {
    const match = FENCE.exec(line);
    if (!match) continue;
    const fence = match[1]!;
    const rest = match[2]!;
    if (open === null) {
      // A backtick fence's info string may not contain backticks (CommonMark §4.5).
      if (!(fence[0] === '`' && rest.includes('`'))) open = fence;
    } else if (fence[0] === open[0] && fence.length >= open.length && rest.trim() === '') {
      open = null;
    }
  }
  if (open === null) return markdown;
  return `${markdown.replace(/[\r\n]*$/, '')}\n${open}`;
}
