import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heapTraceFilter, type RuntimeReport } from '../_private.ts';

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

/** Node's own failed assertion, as Node 20 stopped a run whose worker ended mid-compile. */
const NODE_ASSERTION = [
  '',
  '',
  '  #  /usr/bin/node[10969]: node::IsolatePlatformDelegate* node::NodePlatform::ForIsolate(v8::Isolate*) at ../src/node_platform.cc:518',
  '  #  Assertion failed: (data.first) != nullptr',
  '',
  '----- Native stack trace -----',
  '',
  ' 1: 0xcb5167 node::Assert(node::AssertionInfo const&) [/usr/bin/node]',
  ' 2: 0xd353c2 node::NodePlatform::GetForegroundTaskRunner(v8::Isolate*) [/usr/bin/node]',
  '',
].join('\n');

/** A failed check of V8's own. */
const V8_CHECK = [
  '',
  '',
  '#',
  '# Fatal error in , line 0',
  '# Check failed: concurrent_marking_handle_ implies !concurrent_marking_handle_->IsValid().',
  '#',
  '#',
  '#',
  '#FailureMessage Object: 0x7ffdab270f50',
  '----- Native stack trace -----',
  '',
  ' 1: 0xd32b41  [node]',
  ' 2: 0x214a881 V8_Fatal(char const*, ...) [node]',
  '',
].join('\n');

/** `process.abort()`: the native stack and the JavaScript one, nothing else. */
const ABORT = [
  '----- Native stack trace -----',
  '',
  ' 1: 0xd3a3c0  [node]',
  '',
  '----- JavaScript stack trace -----',
  '',
  '1: [eval]:1:9',
  '',
].join('\n');

/** Each report, and what the filter tells of it. */
const REPORTS: readonly (readonly [string, RuntimeReport['kind'], string | undefined])[] = [
  [V8_REPORT, 'memory', undefined],
  [
    NODE_ASSERTION,
    'failure',
    'assertion failed: (data.first) != nullptr (../src/node_platform.cc:518)',
  ],
  [
    V8_CHECK,
    'failure',
    'Check failed: concurrent_marking_handle_ implies !concurrent_marking_handle_->IsValid()',
  ],
  [ABORT, 'failure', 'aborted'],
];

function through(pieces: readonly string[]): { out: string; seen: boolean; report: RuntimeReport } {
  let out = '';
  const filter = heapTraceFilter((text) => {
    out += text;
  });
  for (const piece of pieces) filter.push(piece);
  const report = filter.end();
  return { out, seen: report.kind !== 'none', report };
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
    expect(through([before, V8_REPORT])).toMatchObject({ out: before, report: { kind: 'memory' } });
    expect(through(['a warning\n'])).toEqual({
      out: 'a warning\n',
      seen: false,
      report: { kind: 'none' },
    });
  });

  it('REC-3: a failure of the runtime (Node’s assertion, V8’s check, an abort) is held back and told apart from a heap run out, with the line that says it', () => {
    for (const [report, kind, said] of REPORTS) {
      const seen = through(['reconcile: 40% read\r\n', report]);
      expect(seen.out).toBe('reconcile: 40% read\r\n');
      expect(seen.report.kind).toBe(kind);
      if (seen.report.kind === 'failure') {
        expect(seen.report.said).toBe(said);
        // the report whole, for --debug
        expect(report).toContain(seen.report.report.trim());
      }
    }
    // a line of the command's own that merely names a marker's words is passed on
    const own = 'warning: a row says FATAL ERROR: in its notes\n# of rows: 3\n';
    expect(through([own])).toEqual({ out: own, seen: false, report: { kind: 'none' } });
  });

  it('USG-7, REC-3: cut anywhere, the text passed on is the same, and no report is ever shown', () => {
    fc.assert(
      fc.property(
        fc
          .string({ maxLength: 60 })
          .filter(
            (s) =>
              !s.includes('<') && !s.includes('FATAL') && !s.includes('#') && !s.includes('-----'),
          ),
        fc.option(fc.constantFrom(...REPORTS), { nil: undefined }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (text, report, at) => {
          const whole = report === undefined ? text : `${text}${report[0]}`;
          const { out, report: told } = through(cut(whole, at));
          expect(told.kind).toBe(report?.[1] ?? 'none');
          if (told.kind === 'failure') expect(told.said).toBe(report?.[2]);
          // the text before a report is passed on up to its last line break; without, all of it
          const shown =
            report === undefined
              ? text
              : text.trim() === ''
                ? ''
                : `${text}\n`.replace(/\n+$/, '\n');
          expect(out).toBe(shown);
          expect(out).not.toMatch(/FATAL|Native stack|#|Assertion/);
        },
      ),
    );
  });
});
