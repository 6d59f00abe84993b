/**
 * The places where V8 starts the report it prints when a process runs out of its heap: the last
 * collections, the JavaScript stack, the fatal line, then a native stack trace. A user given
 * `--memory` sees one line instead (`BudgetError.line`), never this report.
 */
const MARKERS = ['<--- Last few GCs --->', '<--- JS stacktrace --->', 'FATAL ERROR:'] as const;

/** What a relaunched run's standard error is passed through. */
export interface HeapTraceFilter {
  /** Passes a piece of the child's standard error on, up to V8's report. */
  readonly push: (text: string) => void;
  /** Passes on what was held back; whether V8's report was seen. */
  readonly end: () => boolean;
}

/** Whether `tail` (text after the last line break) could still become a marker. */
function couldStart(tail: string): boolean {
  return MARKERS.some((marker) => marker.startsWith(tail.trimStart()));
}

/**
 * Passes a child's standard error on as it comes — a progress bar's pieces included — and drops
 * everything from the start of V8's out-of-memory report on: the line after it is the command's
 * own. A last line that could still be the start of the report is held until it is told apart.
 *
 * @param write - Where the text goes (this process's standard error).
 * @returns The filter.
 */
export function heapTraceFilter(write: (text: string) => void): HeapTraceFilter {
  let held = '';
  let seen = false;
  let wrote = false;
  const pass = (text: string): void => {
    wrote = true;
    write(text);
  };
  return {
    push(piece) {
      if (seen) return;
      const text = held + piece;
      held = '';
      const at = Math.min(
        ...MARKERS.map((marker) => text.indexOf(marker)).filter((index) => index >= 0),
      );
      if (Number.isFinite(at)) {
        seen = true;
        const before = text.slice(0, at).replace(/\n+$/, '\n');
        if (before.trim() !== '' || (wrote && before !== '')) pass(before);
        held = '';
        return;
      }
      // held back: a last line that could start the report, and the white space before it (the
      // report starts with a line break), until the next piece tells them apart
      const lineStart = text.lastIndexOf('\n') + 1;
      let keep = couldStart(text.slice(lineStart)) ? lineStart : text.length;
      while (keep > 0 && /\s/.test(text.charAt(keep - 1))) keep--;
      held = text.slice(keep);
      if (keep > 0) pass(text.slice(0, keep));
    },
    end() {
      if (!seen && held !== '') pass(held);
      held = '';
      return seen;
    },
  };
}
