/**
 * Where a report the runtime prints as it stops a process starts, each at the start of a line:
 * V8's out-of-memory report (its last collections, the JavaScript stack, the fatal line), a
 * failed check of V8 (`#` then `# Fatal error in …`), a failed assertion of Node's own (`  #
 * node[pid]: …` then `  #  Assertion failed: …`), and the native stack trace every one of them
 * ends with. A user sees one line instead, never this report.
 */
const REPORT_START =
  /<--- Last few GCs --->|<--- JS stacktrace --->|----- Native stack trace -----|(?:^|[\r\n])[ \t]*(?:FATAL ERROR:|#[ \t]*\n[ \t]*# Fatal error|# Fatal error|#[ \t]+\S*\[\d+\]: )/;

/** The markers of {@link REPORT_START} found anywhere in a line (the runtime may start them right after a progress bar's `\r`). */
const ANYWHERE = [
  '<--- Last few GCs --->',
  '<--- JS stacktrace --->',
  '----- Native stack trace -----',
] as const;

/** The literal starts of the markers of {@link REPORT_START} at the start of a line. */
const MARKER_STARTS = [...ANYWHERE, 'FATAL ERROR:', '#'] as const;

/** The most of a report kept to tell what stopped the process: its head says it. */
const REPORT_HEAD = 16 * 1024;

/**
 * What a relaunched run's standard error showed of the runtime's report when it ended: none, V8's
 * heap (or the process's memory) run out, or another failure of the runtime — a failed check or
 * assertion, an abort — with the line that says which, and the report itself for `--debug`.
 */
export type RuntimeReport =
  | { readonly kind: 'none' }
  | { readonly kind: 'memory' }
  | { readonly kind: 'failure'; readonly said: string; readonly report: string };

/** What a relaunched run's standard error is passed through. */
export interface HeapTraceFilter {
  /** Passes a piece of the child's standard error on, up to the runtime's report. */
  readonly push: (text: string) => void;
  /** Passes on what was held back; what report was seen. */
  readonly end: () => RuntimeReport;
}

/** Whether `tail` (text after the last line break) could still become a marker. */
function couldStart(tail: string): boolean {
  const start = tail.trimStart();
  return MARKER_STARTS.some((marker) => marker.startsWith(start) || start.startsWith(marker));
}

/** Whether a line (its break included) could be the head of a report: `#` alone. */
function reportHeadLine(line: string): boolean {
  return /^[ \t]*#[ \t]*\r?\n$/.test(line);
}

/**
 * Where a last piece of text that could still become a marker starts: the last line, when it could
 * start one at the start of a line ({@link couldStart}; with the lines of `#` alone before it, a
 * report's head); or its end, when it ends with the start of a marker found anywhere; else `text.length`.
 */
function heldFrom(text: string): number {
  const lineStart = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
  if (couldStart(text.slice(lineStart))) return beforeReport(text, lineStart);
  for (const marker of ANYWHERE)
    for (let k = Math.min(marker.length - 1, text.length); k > 0; k--)
      if (text.endsWith(marker.slice(0, k))) return text.length - k;
  return text.length;
}

/**
 * The end of the text a report's start leaves before it: lines of `#` alone just before the
 * marker are the report's own.
 */
function beforeReport(text: string, at: number): number {
  let end = at;
  while (end > 0) {
    // the line that ends at `end` (its break included): never empty, so each step goes back
    const lineStart = end >= 2 ? text.lastIndexOf('\n', end - 2) + 1 : 0;
    if (!reportHeadLine(text.slice(lineStart, end))) break;
    end = lineStart;
  }
  return end;
}

/**
 * What a report says stopped the process: V8's heap or the process's memory run out (`out of
 * memory` in its fatal line), or the runtime's own line — the failed assertion with where Node
 * made it, V8's failed check, or the fatal line.
 */
function reportOf(report: string): RuntimeReport {
  if (/out of memory/i.test(report)) return { kind: 'memory' };
  const assertion = /Assertion failed: ([^\n]*)/.exec(report)?.[1]?.trim();
  const where = /#[ \t]+\S*\[\d+\]: [^\n]* at (\S+)/.exec(report)?.[1];
  const check = /# Fatal error[^\n]*\n[ \t]*# ([^\n]*)/.exec(report)?.[1]?.trim();
  const fatal = /FATAL ERROR: ([^\n]*)/.exec(report)?.[1]?.trim();
  const said =
    assertion !== undefined
      ? `assertion failed: ${assertion}${where === undefined ? '' : ` (${where})`}`
      : check !== undefined && check !== ''
        ? check
        : fatal !== undefined && fatal !== ''
          ? fatal
          : 'aborted';
  // the command's line goes on after it
  return { kind: 'failure', said: said.replace(/\.$/, ''), report };
}

/**
 * Passes a child's standard error on as it comes — a progress bar's pieces included — and holds
 * back everything from the start of a report the runtime prints as it stops the process (V8's
 * out-of-memory report, a failed check, a failed assertion, a native stack trace): the line after
 * it is the command's own, said from what {@link HeapTraceFilter.end} tells. A last line that
 * could still be the start of a report is held until it is told apart.
 *
 * @param write - Where the text goes (this process's standard error).
 * @returns The filter.
 */
export function heapTraceFilter(write: (text: string) => void): HeapTraceFilter {
  let held = '';
  let report: string | undefined;
  let wrote = false;
  let endsLine = true;
  const pass = (text: string): void => {
    wrote = true;
    endsLine = text.endsWith('\n');
    write(text);
  };
  return {
    push(piece) {
      if (report !== undefined) {
        if (report.length < REPORT_HEAD) report += piece.slice(0, REPORT_HEAD - report.length);
        return;
      }
      const text = held + piece;
      held = '';
      const found = REPORT_START.exec(text);
      if (found !== null) {
        const at = found.index + (/^[\r\n]/.test(found[0]) ? 1 : 0);
        const before = text.slice(0, beforeReport(text, at)).replace(/\n+$/, '');
        // what came before ends its line: the command's own line comes next
        if (before.trim() !== '' || (wrote && before !== '')) pass(`${before}\n`);
        else if (wrote && !endsLine) pass('\n');
        report = text.slice(at, at + REPORT_HEAD);
        return;
      }
      // held back: a last piece that could start a report, and the white space before it,
      // until the next piece tells them apart
      let keep = heldFrom(text);
      while (keep > 0 && /\s/.test(text.charAt(keep - 1))) keep--;
      held = text.slice(keep);
      if (keep > 0) pass(text.slice(0, keep));
    },
    end() {
      if (report === undefined && held !== '') pass(held);
      held = '';
      return report === undefined ? { kind: 'none' } : reportOf(report);
    },
  };
}
