import { columnsOf } from './table.ts';

/** The most columns a parenthesis may take and still be kept on one line: `(closes in 23 h)`. */
const SHORT = 24;

/** The words of `text`, a short parenthesis as one word, so a cut never leaves `(closes in` behind. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  const parts = text.split(' ');
  for (let i = 0; i < parts.length; i++) {
    const word = parts[i] as string;
    const close =
      word.startsWith('(') && !word.includes(')')
        ? parts.findIndex((part, j) => j > i && part.includes(')'))
        : -1;
    const group = close === -1 ? word : parts.slice(i, close + 1).join(' ');
    if (close !== -1 && columnsOf(group) <= SHORT) {
      words.push(group);
      i = close;
    } else words.push(word);
  }
  return words;
}

/**
 * Text cut into lines of at most `width` terminal columns ({@link columnsOf}: a Han or Hangul
 * character takes two): at spaces, each line taking as many words as fit, a short parenthesis kept
 * whole; a word longer than a line (Chinese has few spaces) is cut between two characters.
 *
 * @param text - One paragraph.
 * @param width - The most columns a line may take (≥ 2, so a wide character always fits).
 * @returns The lines, without the spaces they were cut at.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of wordsOf(text)) {
    if (line !== '' && columnsOf(line) + 1 + columnsOf(word) > width) {
      lines.push(line);
      line = '';
    } else if (line !== '') {
      line += ' ';
    }
    for (const char of word) {
      if (line !== '' && columnsOf(line) + columnsOf(char) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  lines.push(line);
  return lines;
}
