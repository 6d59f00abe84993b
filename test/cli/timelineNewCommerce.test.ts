import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../_tempFolder.ts';
import { run } from './_run.ts';

function scenarioFile(scenario: unknown): string {
  const file = join(tempFolder('nce-timeline-'), 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

const seats = {
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  orderedAt: '2026-11-20T10:00:00Z',
  price: { amount: 1250, currency: 'USD' },
};

describe('subscription-rules timeline with New Commerce scenarios', () => {
  it('EST-2, EST-3: auto-renew off continues into the Extended Service Term, its months shown as such; a cancel at the end is disabled', () => {
    const est = scenarioFile({
      subscription: { ...seats, quantity: 50, price: { amount: 500, currency: 'USD' } },
      events: [
        {
          type: 'set-end-of-term',
          at: '2027-01-01T00:00:00Z',
          action: 'extended-service-term',
          basePrice: { amount: 400, currency: 'USD' },
        },
      ],
      until: '2027-12-01T00:00:00Z',
    });
    const { code, out } = run('timeline', est);
    expect(code).toBe(0);
    expect(out).toContain(
      'continues in an Extended Service Term from 2027-11-20T00:00:00.000Z, 50 seats',
    );
    expect(out).toContain('extended-service-term (time)');
    expect(out).toContain('Extended Service Term month, renews 2027-12-20T00:00:00.000Z, 50 seats');
    const cancel = scenarioFile({
      subscription: seats,
      events: [{ type: 'set-end-of-term', at: '2027-01-01T00:00:00Z', action: 'cancel' }],
      until: '2027-12-01T00:00:00Z',
    });
    const ended = run('timeline', cancel);
    expect(ended.out).toContain('disabled 2027-11-20T00:00:00.000Z, 10 seats');
    expect(ended.out).toContain('disabled (time)');
  });
  it('NCE-7, NCE-8: a seat reduction is credited, a scheduled change applies at renewal, suspension runs to data deletion', () => {
    const file = scenarioFile({
      subscription: seats,
      events: [
        { type: 'change-quantity', at: '2026-11-23T09:00:00Z', quantity: 7 },
        {
          type: 'schedule-renewal',
          at: '2027-06-01T00:00:00Z',
          quantity: 5,
          term: 'P1M',
          billingFrequency: 'monthly',
          price: { amount: 1400, currency: 'USD' },
        },
        { type: 'suspend', at: '2027-12-01T00:00:00Z', reason: 'nonpayment' },
      ],
      until: '2028-06-01T00:00:00Z',
    });
    const { code, out, err } = run('timeline', file);
    expect(err).toBe('');
    expect(code).toBe(0);
    // the events; what each period bills follows them
    expect(out.split('\nbilled per period')[0]).toBe(
      [
        '  2026-11-20T10:00:00.000Z  created              active',
        '      charge 125.00 USD (CHG-1); renews 2027-11-20T00:00:00.000Z, 10 seats',
        '  2026-11-23T09:00:00.000Z  change-quantity      active',
        '      credit 32.49 USD (NCE-6); renews 2027-11-20T00:00:00.000Z, 7 seats',
        '  2027-06-01T00:00:00.000Z  schedule-renewal     active',
        '      renews 2027-11-20T00:00:00.000Z as P1M monthly 5 seats at 14.00 USD, 7 seats',
        '  2027-11-20T00:00:00.000Z  renewed (time)       active',
        '      renews 2027-12-20T00:00:00.000Z, 5 seats',
        '  2027-12-01T00:00:00.000Z  suspend              suspended',
        '      expires 2027-12-20T00:00:00.000Z, 5 seats',
        '  2027-12-20T00:00:00.000Z  expired (time)       expired',
        '      5 seats',
        '  2028-01-19T00:00:00.000Z  disabled (time)      disabled',
        '      5 seats',
        '  2028-04-18T00:00:00.000Z  data-deleted (time)  deleted',
        '      5 seats',
        '',
      ].join('\n'),
    );
  });

  it('MID-1, MID-2: a term change and a billing frequency change play with their money; the frequency applies at its period (time)', () => {
    const file = scenarioFile({
      subscription: { ...seats, term: 'P1M', orderedAt: '2024-06-10T10:00:00Z' },
      events: [
        {
          type: 'change-term',
          at: '2024-06-20T00:00:00Z',
          term: 'P3Y',
          billingFrequency: 'monthly',
          price: { amount: 1100, currency: 'USD' },
        },
        {
          type: 'change-billing-frequency',
          at: '2024-08-01T00:00:00Z',
          billingFrequency: 'annual',
          price: { amount: 12000, currency: 'USD' },
        },
      ],
      until: '2024-08-21T00:00:00Z',
    });
    const { code, out, err } = run('timeline', file);
    expect(err).toBe('');
    expect(code).toBe(0);
    // D = 30 (2024-06-10 … 2024-07-10), U = 11: 12500 − r(417·1.1)·10 = 12500 − 4590
    expect(out).toContain('change-term');
    expect(out).toContain('credit 79.10 USD (MID-1); charge 110.00 USD (MID-1); renews 2027-06-20');
    expect(out).toContain('billed annual from 2024-08-20T00:00:00.000Z, 10 seats');
    expect(out).toContain('2024-08-20T00:00:00.000Z  billing-frequency-changed (time)');
  });

  it('CHG-1, CHG-2, CHG-3: the timeline ends with what each billing period bills: 125.00 + 31.20 = 156.20 USD, then 15 × 12.50 = 187.50 USD a month; a reduction’s credit is taken off its period', () => {
    const file = scenarioFile({
      subscription: seats,
      events: [
        { type: 'change-quantity', at: '2026-12-05T00:00:00Z', quantity: 15 },
        { type: 'change-quantity', at: '2026-12-08T00:00:00Z', quantity: 12 },
      ],
      until: '2027-02-01T00:00:00Z',
    });
    for (const [locale, heading, to] of [
      [[], "billed per period (charges less credits, until the scenario's end):", 'to'],
      [['--locale', 'ko'], '기간별 청구액(청구액에서 크레딧을 뺀 금액, 시나리오 종료까지):', '~'],
    ] as const) {
      const { code, out } = run('timeline', file, ...locale);
      expect(code).toBe(0);
      const billed = out.split(`\n\n${heading}\n`)[1] ?? '';
      const rows = billed
        .trimEnd()
        .split(/\n(?= {2}\d{4})/)
        .map((row) => row.replace(/\s+/g, ' ').trim());
      expect(rows[0]).toMatch(
        new RegExp(
          `^2026-11-20 ${to} 2026-12-20 \\d+\\.\\d\\d USD purchase 125\\.00 USD \\+ add-quantity 31\\.20 USD − remove-quantity \\d+\\.\\d\\d USD$`,
        ),
      );
      expect(rows.slice(1)).toEqual([
        `2026-12-20 ${to} 2027-01-20 150.00 USD cycle 150.00 USD`,
        `2027-01-20 ${to} 2027-02-20 150.00 USD cycle 150.00 USD`,
      ]);
      const json = JSON.parse(run('timeline', file, '--json', ...locale).out);
      const [first] = json.periods;
      const sum = first.parts.reduce(
        (total: number, part: { amount: { amount: number } }) => total + part.amount.amount,
        0,
      );
      expect(first.amount).toEqual({ amount: sum, currency: 'USD' });
      expect(first.parts.map((part: { kind: string }) => part.kind)).toEqual([
        'purchase',
        'add-quantity',
        'remove-quantity',
      ]);
    }
  });

  it('MSG-1: timeline --locale ko, zh-Hans and zh-Hant write every fixed word in that language: no English word is left in the events, their details or what each period bills', () => {
    const scenarios = [
      {
        subscription: seats,
        events: [
          { type: 'change-quantity', at: '2026-11-23T09:00:00Z', quantity: 7 },
          { type: 'change-quantity', at: '2026-12-05T00:00:00Z', quantity: 1 },
          {
            type: 'schedule-renewal',
            at: '2027-06-01T00:00:00Z',
            quantity: 5,
            term: 'P1M',
            billingFrequency: 'monthly',
            price: { amount: 1400, currency: 'USD' },
          },
          { type: 'suspend', at: '2027-12-01T00:00:00Z', reason: 'nonpayment' },
        ],
        until: '2028-06-01T00:00:00Z',
      },
      {
        subscription: { ...seats, term: 'P1M', orderedAt: '2024-06-10T10:00:00Z' },
        events: [
          {
            type: 'change-term',
            at: '2024-06-20T00:00:00Z',
            term: 'P3Y',
            billingFrequency: 'monthly',
            price: { amount: 1100, currency: 'USD' },
          },
          {
            type: 'change-billing-frequency',
            at: '2024-08-01T00:00:00Z',
            billingFrequency: 'annual',
            price: { amount: 12000, currency: 'USD' },
          },
        ],
        until: '2024-08-21T00:00:00Z',
      },
      {
        subscription: { ...seats, quantity: 50, price: { amount: 500, currency: 'USD' } },
        events: [
          {
            type: 'set-end-of-term',
            at: '2027-01-01T00:00:00Z',
            action: 'extended-service-term',
            basePrice: { amount: 400, currency: 'USD' },
          },
        ],
        until: '2027-12-01T00:00:00Z',
      },
      {
        subscription: seats,
        events: [{ type: 'set-end-of-term', at: '2027-01-01T00:00:00Z', action: 'cancel' }],
        until: '2027-12-01T00:00:00Z',
      },
      {
        subscription: {
          product: 'marketplace-saas',
          billingCycle: 'monthly',
          quantity: 2,
          orderedAt: '2026-01-01T00:00:00Z',
          accountOpenedAt: '2026-01-01T00:00:00Z',
          firstBillingPeriodStart: '2026-01-01T00:00:00Z',
          freeTrial: true,
        },
        events: [
          { type: 'set-auto-renew', at: '2026-03-15T00:00:00Z', enabled: false },
          { type: 'suspend', at: '2026-03-20T00:00:00Z', reason: 'nonpayment' },
        ],
        until: '2026-06-01T00:00:00Z',
      },
    ].map(scenarioFile);
    // the English output's fixed words; `disabled` followed by an instant is the term's end, the
    // status and event `disabled` are values
    const english =
      /\b(trial ends|data deleted|licenses|cancels|renews|expires|Extended Service Term|disabled(?= \d)|continues|seats?|as|at|billed|from|charge|credit|time|refused|to|per period|less|until|scenario)\b/;
    const enText = scenarios
      .map((file) => {
        const { code, out } = run('timeline', file);
        expect(code).toBe(0);
        return out;
      })
      .join('\n');
    for (const word of ['licenses', 'seats', 'renews', 'credit', 'billed', 'Extended Service Term'])
      expect(enText).toContain(word);
    for (const tag of ['ko', 'zh-Hans', 'zh-Hant']) {
      for (const file of scenarios) {
        const { code, out, err } = run('timeline', file, '--locale', tag);
        expect(err).toBe('');
        expect(code).toBe(0);
        // the values kept as the JSON writes them: event types, statuses, charge kinds, terms,
        // frequencies, refusal codes and rule IDs
        const words = out.replace(
          /[a-z]+(?:-[a-z]+)+|\b(?:created|renewed|expired|deleted|suspend|suspended|active|purchase|cycle|renewal|monthly|annual|disabled(?! \d))\b|[A-Z_]{3,}|[A-Z]+-\d+|P1[MY]|P3Y/g,
          '',
        );
        for (const line of words.split('\n')) expect(line, `${tag}: ${line}`).not.toMatch(english);
      }
    }
  });

  it('NCE-7: a reduction past the seat-reduction window is shown refused with its code', () => {
    const file = scenarioFile({
      subscription: seats,
      events: [{ type: 'change-quantity', at: '2026-12-05T00:00:00Z', quantity: 7 }],
      until: '2026-12-06T00:00:00Z',
    });
    const { code, out } = run('timeline', file);
    expect(code).toBe(0);
    expect(out).toContain('change-quantity  refused REDUCTION_NOT_ALLOWED');
  });

  it('NCE-2: a New Commerce scenario with a bad combination exits 2 naming the fields', () => {
    const file = scenarioFile({
      subscription: { ...seats, term: 'P1M', billingFrequency: 'annual' },
      events: [],
      until: '2027-01-01T00:00:00Z',
    });
    const { code, out, err } = run('timeline', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^error: .*billingFrequency/);
  });

  it('NCE-7: timeline --help lists the New Commerce fields and events', () => {
    const { out } = run('timeline', '--help');
    for (const word of ['new-commerce', 'schedule-renewal', 'billingFrequency']) {
      expect(out).toContain(word);
    }
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });
});
