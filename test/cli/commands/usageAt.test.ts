import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runStreaming } from '../_run.ts';
import { csvOf, november, usageFile } from './_usageFiles.ts';

/** The 30th's end plus 24 hours: from this instant on, PEC lost on 30 November is final (USG-6). */
const FINAL = '2026-12-02T00:00:00.000Z';

/** `usage --json` over November of the worked VM meter (PEC 0 on the 30th), with `flags`. */
async function json(...flags: string[]): Promise<{
  code: number;
  written: {
    findings: { days?: string[]; provisional?: true; provisionalUntil?: string; message: string }[];
    issues: { row: number; column: string; code: string }[];
    summary: { lines: number; days: number };
  };
}> {
  const run = await runStreaming([
    'usage',
    '--file',
    usageFile(csvOf(november())),
    '--json',
    ...flags,
  ]);
  expect(run.err).not.toContain('error');
  return { code: run.code, written: JSON.parse(run.out) };
}

describe('subscription-rules usage --at (USG-6, USG-7)', () => {
  it('USG-6: --at the 30th’s end plus 24 hours (2026-12-02T00:00:00.000Z) makes the PEC lost on 30 November (0.72 USD) final; 1 ms before, it is provisional until that instant', async () => {
    const final = await json('--at', FINAL);
    expect(final.code).toBe(1);
    expect(final.written.findings).toHaveLength(1);
    expect(final.written.findings[0]?.provisional).toBeUndefined();
    expect(final.written.findings[0]?.message).not.toContain('provisional');
    const before = await json('--at', '2026-12-01T23:59:59.999Z');
    expect(before.code).toBe(1);
    expect(before.written.findings[0]).toMatchObject({
      days: ['2026-11-30'],
      provisional: true,
      provisionalUntil: FINAL,
    });
    expect(before.written.findings[0]?.message).toContain(
      `provisional: the day’s usage may still change until ${FINAL}`,
    );
  });

  it('USG-6: --at 30 November’s start (2026-11-30T00:00:00.000Z) makes its line (row 31) USAGE_AFTER_AT, the 29 days before it read; 1 ms after, the line is read, its PEC lost provisional', async () => {
    const at = await json('--at', '2026-11-30T00:00:00.000Z');
    expect(at.written.issues).toEqual([
      expect.objectContaining({ row: 31, column: 'UsageDate', code: 'USAGE_AFTER_AT' }),
    ]);
    expect([at.code, at.written.summary.days, at.written.findings]).toEqual([1, 29, []]);
    const after = await json('--at', '2026-11-30T00:00:00.001Z');
    expect([after.code, after.written.issues, after.written.summary.days]).toEqual([1, [], 30]);
    expect(after.written.findings[0]?.provisional).toBe(true);
  });

  it('USG-7: without --at no clock is read: every day is final and no line is refused', async () => {
    const none = await json();
    expect([none.written.issues, none.written.findings[0]?.provisional]).toEqual([[], undefined]);
  });

  it('USG-7: the text summary says the instant --at gives, and a provisional finding says so in the --locale language', async () => {
    const english = await runStreaming([
      'usage',
      '--file',
      usageFile(csvOf(november())),
      '--at',
      '2026-12-01T23:59:59.999Z',
    ]);
    expect(english.code).toBe(1);
    expect(english.out).toContain(
      'Fetched at: 2026-12-01T23:59:59.999Z; a day is final 24 hours after it ends',
    );
    const korean = await runStreaming([
      'usage',
      '--file',
      usageFile(csvOf(november())),
      '--at',
      '2026-12-01T23:59:59.999Z',
      '--locale',
      'ko',
    ]);
    expect(korean.out).toContain('받은 시각: 2026-12-01T23:59:59.999Z');
    expect(korean.out).toContain(`잠정: 그날의 사용량은 ${FINAL}까지 바뀔 수 있음`);
    const plain = await runStreaming(['usage', '--file', usageFile(csvOf(november()))]);
    expect(plain.out).not.toContain('Fetched at');
  });

  it('USG-7: --at that is a date, not an instant or empty exits 2 with one line naming --at, nothing read', async () => {
    const file = usageFile(csvOf(november()));
    for (const [given, says] of [
      ['2026-12-02', '--at: "2026-12-02" is a date; give an instant with its time and zone'],
      ['2026-12-02T00:00:00', '--at: expected an instant in ISO 8601 with Z or ±HH:mm'],
      ['2026-02-30T00:00:00Z', '--at: expected an instant in ISO 8601 with Z or ±HH:mm'],
      ['', '--at: expected an instant'],
    ] as const) {
      const run = await runStreaming(['usage', '--file', file, '--at', given]);
      expect([given, run.code, run.out, run.err.trim().split('\n').length]).toEqual([
        given,
        2,
        '',
        1,
      ]);
      expect(run.err).toContain(says);
    }
  });

  it('USG-7: --help lists --at INSTANT and what it is', async () => {
    const help = await runStreaming(['usage', '--help']);
    expect(help.out).toContain('[--at INSTANT]');
    expect(help.out).toMatch(/^ {2}--at {13}when the usage file was fetched/m);
  });
});

describe('subscription-rules usage --at: properties (USG-7)', () => {
  test.prop(
    [
      fc.integer({
        min: Date.parse('2026-11-29T00:00:00Z'),
        max: Date.parse('2026-12-03T00:00:00Z'),
      }),
      fc.constantFrom(['--workers', '2'], ['--workers', '4'], ['--memory', '1K', '--workers', '1']),
    ],
    { numRuns: 8 },
  )(
    'USG-7: for any --at, --workers 2 and 4 and a budget of 1K write what one worker writes',
    async (at, way) => {
      const instant = new Date(at).toISOString();
      const file = usageFile(csvOf(november()));
      const one = await runStreaming(['usage', '--file', file, '--json', '--at', instant]);
      const other = await runStreaming([
        'usage',
        '--file',
        file,
        '--json',
        '--at',
        instant,
        ...way,
      ]);
      expect(one.err).not.toContain('error:');
      expect([other.code, other.out, other.err]).toEqual([one.code, one.out, one.err]);
    },
  );
});
