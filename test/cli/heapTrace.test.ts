import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heapTraceFilter } from '../_private.ts';

const V8_REPORT = [
  '',
  '<--- Last few GCs --->',
  '',
  '[4242:0x6a1b2c0]    61234 ms: Mark-Compact 381.2 (390.5) -> 380.9 (391.0) MB, 812.33 / 0.00 ms  (average mu = 0.110, current mu = 0.012) allocation failure; scavenge might not succeed',
  '',
  '<--- JS stacktrace --->',
  '',
  'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
  '----- Native stack trace -----',
  '',
  ' 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
  '',
].join('\n');

function through(pieces: readonly string[]): { out: string; seen: boolean } {
  let out = '';
  const filter = heapTraceFilter((text) => {
    out += text;
  });
  for (const piece of pieces) filter.push(piece);
  const seen = filter.end();
  return { out, seen };
}

/** `text` cut at the given places. */
function cut(text: string, at: readonly number[]): string[] {
  const places = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const place of places) {
    pieces.push(text.slice(from, place));
    from = place;
  }
  pieces.push(text.slice(from));
  return pieces;
}

describe('a relaunched run’s standard error', () => {
  it('USG-7, REC-3: V8’s out-of-memory report is dropped, what came before it passed on', () => {
    const before = 'usage: 12% read\rusage: 40% read\r\n';
    expect(through([before, V8_REPORT])).toEqual({ out: before, seen: true });
    expect(through(['a warning\n'])).toEqual({ out: 'a warning\n', seen: false });
  });

  it('USG-7, REC-3: cut anywhere, the text passed on is the same, and the report is never shown', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).filter((s) => !s.includes('<') && !s.includes('FATAL')),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (text, oom, at) => {
          const whole = oom ? `${text}${V8_REPORT}` : text;
          const { out, seen } = through(cut(whole, at));
          expect(seen).toBe(oom);
          expect(out).toBe(
            oom ? (text.trim() === '' ? '' : `${text}\n`.replace(/\n+$/, '\n')) : text,
          );
          expect(out).not.toContain('FATAL');
        },
      ),
    );
  });
});
