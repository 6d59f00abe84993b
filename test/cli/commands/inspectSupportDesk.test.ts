import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMoney } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { licence } from '../../_licence.ts';
import { partnerCenterCredit } from '../../_private.ts';
import { tempFolder } from '../../_tempFolder.ts';
import { run } from '../_run.ts';

const dir = tempFolder('inspect-desk-');
function file(name: string, resource: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(resource));
  return path;
}

/**
 * Ten seats in their Extended Service Term: a P1Y term of 2025-11-09 ended into it on 2026-11-09;
 * this month runs 2026-11-09 to 2026-12-09 (30 days), the resource fetched on its 17th day.
 */
const inEst = file('in-est.json', {
  ...licence({ offerName: 'Microsoft 365 Business Basic Extended Service Term', quantity: 10 }),
  creationDate: '2025-11-09T10:00:00Z',
  effectiveStartDate: '2026-11-09T00:00:00Z',
  commitmentEndDate: '2026-12-08T00:00:00Z',
  termDuration: 'P1M',
  billingCycle: 'monthly',
  autoRenewEnabled: false,
  refundOptions: null,
});
const at = '2026-11-25T00:00:00Z';

/** The value of the row labelled `label`, its wrapped lines joined. */
function row(out: string, label: string): string | undefined {
  const lines = out.split('\n');
  const i = lines.findIndex((line) => line.startsWith(`${label} `));
  if (i < 0) return undefined;
  const parts = [lines[i]?.slice(label.length).trim()];
  for (let j = i + 1; /^ {3,}\S/.test(lines[j] ?? '') && !/^ {2}\S/.test(lines[j] ?? ''); j++)
    parts.push(lines[j]?.trim());
  return parts.join(' ');
}

describe('inspect at the support desk: a resource in its Extended Service Term', () => {
  it('EST-3, EST-7: --est-base prices a resource already in its Extended Service Term even beside --price: the P1M price 28.00 → 28.84 a seat, 288.40 a month for 10 seats', () => {
    const { code, out, err } = run(
      'inspect',
      inEst,
      '--at',
      at,
      '--price',
      '28.00USD',
      '--est-base',
      '28.00USD',
    );
    expect([code, err]).toEqual([0, '']);
    expect(row(out, 'unit price')).toBe('28.84 USD per seat per billing period');
    expect(row(out, 'end of term')).toContain('at 28.84 USD a seat (+3 %), 288.40 USD a month');
    // the cancel credit of the month's unused days is the EST price's: day 17 of 30 used
    const credit = formatMoney({ amount: partnerCenterCredit(2884, 10, 30, 17), currency: 'USD' });
    expect(out).toMatch(
      new RegExp(`cancel +cancel the Extended Service Term now: credit \\${credit}`),
    );
    // the --price set aside is said, not silently dropped
    expect(out.replace(/\n {4}/g, ' ')).toContain(
      '--price: 28.00 USD is not what an Extended Service Term month costs; it is priced from --est-base at 28.84 USD a seat',
    );
  });

  it('EST-3: --est-base alone and --est-base with the EST price as --price give the same price, and nothing is set aside', () => {
    const alone = run('inspect', inEst, '--at', at, '--est-base', '28.00USD').out;
    const both = run('inspect', inEst, '--at', at, '--est-base', '28.00USD', '--price', '28.84USD');
    expect(row(alone, 'unit price')).toBe('28.84 USD per seat per billing period');
    expect(both.out).toBe(alone);
    expect(alone).not.toContain('--price:');
  });

  it('EST-7: a batch in the Extended Service Term shows no reduction window', () => {
    const out = run('inspect', inEst, '--at', at, '--est-base', '28.00USD').out;
    expect(out).not.toMatch(/reducible until/);
  });

  it('MSG-1: --locale ko, zh-Hans and zh-Hant write the values in that language: status, product, program, billing, cancel outcome, deadline, action', () => {
    const want = {
      ko: [
        '활성',
        '라이선스 기반',
        '새로운 상거래 환경',
        '월별',
        '비례 배분 크레딧',
        '갱신',
        '취소',
      ],
      'zh-Hans': ['新商业体验', '按比例分配的信用额度', '续订'],
      'zh-Hant': ['新商務體驗', '按比例分配的信用額度', '續訂'],
    } as const;
    for (const [tag, words] of Object.entries(want)) {
      const { code, out } = run(
        'inspect',
        inEst,
        '--at',
        at,
        '--est-base',
        '28.00USD',
        '--locale',
        tag,
      );
      expect(code).toBe(0);
      for (const word of words) expect(out, `${tag}: ${word}`).toContain(word);
      // no value is left as the JSON writes it (a term such as P1M is Partner Center's own code)
      expect(out, tag).not.toMatch(
        /\b(active|license-based|new-commerce|monthly|prorated-credit|renewed|change-term)\b/,
      );
    }
    // English keeps the values as --json writes them
    const en = run('inspect', inEst, '--at', at, '--est-base', '28.00USD').out;
    expect(row(en, 'status')).toBe('active');
    expect(row(en, 'next deadline')).toBe('renewed at 2026-12-09T00:00:00.000Z');
  });
});

describe('inspect at the support desk: notes about windows long closed', () => {
  /** A P1Y term of 2025-11-09 whose stated cancel window ends a day before the rules' one. */
  const resource = file('old-window.json', {
    ...licence({ quantity: 10 }),
    creationDate: '2025-11-09T10:00:00Z',
    effectiveStartDate: '2025-11-09T10:00:00Z',
    commitmentEndDate: '2026-11-08T00:00:00Z',
    cancellationAllowedUntilDate: '2025-11-15T23:59:00Z',
    refundOptions: null,
  });
  const note = 'resource.cancellationAllowedUntilDate:';

  it('PCR-1: a note about a window is kept until 30 days after its later end (2025-11-17), left out 1 ms after, and --json keeps it', () => {
    const kept = run('inspect', resource, '--at', '2025-12-17T00:00:00.000Z').out;
    expect(kept).toContain(note);
    const left = run('inspect', resource, '--at', '2025-12-17T00:00:00.001Z').out;
    expect(left).not.toContain(note);
    expect(left.replace(/\n {2}/g, ' ')).toContain(
      '1 more about windows that closed over 30 days before this reading left out (--json has every note)',
    );
    const json = JSON.parse(
      run('inspect', resource, '--at', '2026-10-25T00:00:00Z', '--json').out,
    ) as { notes: { path: string }[] };
    expect(json.notes.map((n) => n.path)).toContain('resource.cancellationAllowedUntilDate');
  });
});
