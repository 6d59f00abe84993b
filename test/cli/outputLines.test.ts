import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LineStream, outputLines } from '../_private.ts';

/** A stream that keeps each write, and can fail as a closed pipe does. */
function stream(): LineStream & {
  writes: string[];
  fail(code: string): void;
} {
  let onError: ((error: NodeJS.ErrnoException) => void) | undefined;
  const writes: string[] = [];
  return {
    writes,
    destroyed: false,
    write(text) {
      writes.push(text);
      return true;
    },
    on(_event, listener) {
      onError = listener;
    },
    fail(code) {
      onError?.(Object.assign(new Error(code), { code }));
    },
  };
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('outputLines', () => {
  it('REC-3: three lines are one write on the next turn, in order, each with its line feed; a flush writes what is kept at once, and nothing twice', async () => {
    const out = stream();
    const lines = outputLines(out);
    lines.line('Usage file: dru.csv');
    lines.line('');
    lines.line('Findings:');
    expect(out.writes).toEqual([]);
    await turn();
    expect(out.writes).toEqual(['Usage file: dru.csv\n\nFindings:\n']);
    lines.line('Result: findings above');
    lines.flush();
    expect(out.writes.at(-1)).toBe('Result: findings above\n');
    lines.flush();
    await turn();
    expect(out.writes).toHaveLength(2);
  });

  it('REC-3: a piece is written as soon as it holds its characters (10 and 11 of a piece of 10), the rest on the next turn', async () => {
    const out = stream();
    const lines = outputLines(out, 10);
    lines.line('123456789');
    expect(out.writes).toEqual(['123456789\n']);
    lines.line('12345678');
    expect(out.writes).toHaveLength(1);
    lines.line('1');
    expect(out.writes).toEqual(['123456789\n', '12345678\n1\n']);
    lines.line('last');
    await turn();
    expect(out.writes.at(-1)).toBe('last\n');
    // a piece of none (standard error): each line written as it comes
    const err = stream();
    const each = outputLines(err, 0);
    each.line('warning: one');
    each.line('');
    expect(err.writes).toEqual(['warning: one\n', '\n']);
  });

  it('REC-3 property: for any lines, any piece size and any flushes between them, what is written is the lines in order, each once, and no piece but the last of a burst is smaller than the piece size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ maxLength: 30 }), fc.boolean()), { maxLength: 60 }),
        fc.integer({ min: 1, max: 100 }),
        async (given, piece) => {
          const out = stream();
          const lines = outputLines(out, piece);
          for (const [text, flush] of given) {
            lines.line(text);
            if (flush) lines.flush();
          }
          await turn();
          expect(out.writes.join('')).toBe(given.map(([text]) => `${text}\n`).join(''));
          if (!given.some(([, flush]) => flush))
            for (const write of out.writes.slice(0, -1))
              expect(write.length).toBeGreaterThanOrEqual(piece);
        },
      ),
    );
  });

  it('REC-3: a reader that went away (EPIPE) ends the writing quietly; any other failure of the stream is thrown', async () => {
    const out = stream();
    const lines = outputLines(out);
    lines.line('first');
    out.fail('EPIPE');
    lines.line('second');
    lines.flush();
    await turn();
    expect(out.writes).toEqual([]);
    expect(() => stream().fail('EACCES')).not.toThrow();
    const other = stream();
    outputLines(other);
    expect(() => other.fail('EACCES')).toThrow('EACCES');
  });
});
