/** How wide the bar is, in characters. */
const WIDTH = 30;

/** A progress bar on a terminal: drawn again at each whole percent, cleared at the end. */
export interface ProgressBar {
  /** Shows how far the reading is: `done` of `total` bytes, and the lines read. */
  update(done: number, lines: number): void;
  /** Shows what is being done once the file is read (`replaying 1 200 subscriptions`). */
  say(text: string): void;
  /** Clears the bar. */
  clear(): void;
}

/**
 * A progress bar written to standard error when it is a terminal (REC-3), so a long file shows
 * how far it is; without a terminal (`write` absent: a pipe, a file, CI) it draws nothing, and
 * standard output carries only the summary or the differences.
 *
 * @param write - Writes raw text to the terminal, or `undefined` when there is none.
 * @param total - The file's size in bytes.
 * @returns The bar.
 */
export function progressBar(
  write: ((text: string) => void) | undefined,
  total: number,
): ProgressBar {
  let shown = -1;
  let drawn = false;
  const draw = (text: string): void => {
    write?.(`\r${text}\x1b[K`);
    drawn = true;
  };
  return {
    update(done, lines) {
      if (write === undefined || total <= 0) return;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown) return;
      shown = percent;
      const full = Math.round((percent / 100) * WIDTH);
      draw(
        `[${'#'.repeat(full)}${'-'.repeat(WIDTH - full)}] ${percent}%  ${lines.toLocaleString('en-US')} lines`,
      );
    },
    say(text) {
      if (write !== undefined) draw(text);
    },
    clear() {
      if (drawn) write?.('\r\x1b[K');
      drawn = false;
    },
  };
}
