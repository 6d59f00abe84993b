/** What {@link outputLines} writes to: standard output, or a stand-in for it in a test. */
export interface LineStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  readonly destroyed: boolean;
}

/** Lines written to a stream a piece at a time ({@link outputLines}). */
export interface OutputLines {
  /** Writes a line (its line feed added): kept with the lines before it until a piece is full. */
  line(text: string): void;
  /** Writes what is kept now: before a line on another stream, before waiting, at the exit. */
  flush(): void;
}

/** The characters of lines kept before they are written as one piece. */
const PIECE = 1 << 16;

/**
 * The command's lines to standard output gathered into pieces of 64 KiB, each written at once
 * (REC-3, USG-7: the commands' reports): a report of thousands of lines (a distributor's month
 * lists every customer and finding) is a few dozen writes instead of one a line — on Linux a
 * write to a file or a pipe is the process's own system call, 14,000 of them 0.11 s of the shared
 * usage benchmark's run. What is kept is written once its piece is full, on the event loop's next
 * turn, and whenever `flush` is called (the command flushes before it writes to standard error,
 * waits for the stream, or exits), so nothing is lost and no line comes after one written later
 * on standard error. A reader that closes its end (`… | head -1`) ends the writing quietly: the
 * run goes on to its true exit code, and never answers with a stack trace.
 *
 * @param stream - Where the lines go.
 * @param piece - The characters a piece gathers (64 KiB unless given; 0: each line written at
 *   once, as standard error's are).
 * @returns The writer.
 */
export function outputLines(stream: LineStream, piece: number = PIECE): OutputLines {
  let gone = false;
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    gone = true;
  });
  let kept: string[] = [];
  let size = 0;
  let later = false;
  const flush = (): void => {
    if (kept.length === 0) return;
    const text = kept.length === 1 ? (kept[0] as string) : kept.join('');
    kept = [];
    size = 0;
    if (!gone && !stream.destroyed) stream.write(text);
  };
  return {
    line(text) {
      if (gone) return;
      kept.push(`${text}\n`);
      size += text.length + 1;
      if (size >= piece) flush();
      else if (!later) {
        later = true;
        setImmediate(() => {
          later = false;
          flush();
        });
      }
    },
    flush,
  };
}
