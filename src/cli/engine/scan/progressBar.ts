/** How wide the bar is, in characters. */
const WIDTH = 30;

/** A progress bar on a terminal: drawn again at each whole percent, cleared at the end. */
export interface ProgressBar {
  /** Shows how far the reading is: `done` of `total` bytes, and the lines read. */
  update(done: number, lines: number): void;
  /** Shows how far the comparison is: `done` subscriptions of about `total` (drawn each 1 %). */
  compared(done: number, total: number): void;
  /** Shows what is being done once the file is read (`replaying 1 200 subscriptions`). */
  say(text: string): void;
  /** Clears the bar. */
  clear(): void;
}

const count = (n: number): string => Math.round(n).toLocaleString('en-US');

/** A duration for people: `~45 s left`, `~3 min left`. */
function left(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  return seconds < 90
    ? `  ~${Math.ceil(seconds)} s left`
    : `  ~${Math.ceil(seconds / 60)} min left`;
}

/**
 * A progress bar written to standard error when it is a terminal (REC-3), so a long file shows
 * how far it is: while reading, the share of the file's bytes, the lines read, lines a second and
 * the time left at that rate; while comparing, the subscriptions compared of those the file and
 * the resources hold, a second, and the time left. Without a terminal (`write` absent: a pipe, a
 * file, CI) it draws nothing, and standard output carries only the summary or the differences.
 *
 * @param write - Writes raw text to the terminal, or `undefined` when there is none.
 * @param total - The file's size in bytes.
 * @param clock - Milliseconds since some instant (tests give their own).
 * @returns The bar.
 */
export function progressBar(
  write: ((text: string) => void) | undefined,
  total: number,
  clock: () => number = () => performance.now(),
): ProgressBar {
  let shown = -1;
  let drawn = false;
  const started = clock();
  let comparing: number | undefined;
  const draw = (text: string): void => {
    write?.(`\r${text}\x1b[K`);
    drawn = true;
  };
  const bar = (percent: number): string => {
    const full = Math.round((percent / 100) * WIDTH);
    return `[${'#'.repeat(full)}${'-'.repeat(WIDTH - full)}] ${percent}%`;
  };
  return {
    update(done, lines) {
      if (write === undefined || total <= 0) return;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown) return;
      shown = percent;
      const seconds = (clock() - started) / 1000;
      const rate = seconds > 0 ? `  ${count(lines / seconds)} lines/s` : '';
      const rest = seconds > 0 && done > 0 ? left(((total - done) / done) * seconds) : '';
      draw(`${bar(percent)}  ${count(lines)} lines${rate}${rest}`);
    },
    compared(done, all) {
      if (write === undefined) return;
      const now = clock();
      if (comparing === undefined) {
        comparing = now;
        shown = -1;
      }
      const percent = all > 0 ? Math.min(100, Math.floor((done / all) * 100)) : 100;
      if (percent === shown) return;
      shown = percent;
      const seconds = (now - comparing) / 1000;
      const rate = seconds > 0 ? `  ${count(done / seconds)}/s` : '';
      const rest = seconds > 0 && done > 0 ? left(((all - done) / done) * seconds) : '';
      draw(
        `${bar(percent)}  compared ${count(done)} of ${count(Math.max(all, done))} subscriptions${rate}${rest}`,
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
