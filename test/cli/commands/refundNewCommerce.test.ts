import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cancellationDecision } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../_tempFolder.ts';
import { run } from '../_run.ts';

const seats = [
  'refund',
  '--program',
  'new-commerce',
  '--product',
  'license-based',
  '--term',
  'P1Y',
  '--billing-frequency',
  'monthly',
  '--quantity',
  '10',
  '--price',
  '12.50',
  '--currency',
  'USD',
  '--ordered',
  '2026-11-20T10:00:00Z',
];

describe('subscription-rules refund --program new-commerce', () => {
  it('NCE-4: refund --program new-commerce prints the prorated credit, its rule and the window end', () => {
    const { code, out, err } = run(...seats, '--at', '2026-11-23T09:00:00Z');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('outcome  prorated-credit');
    expect(out).toContain('rule     NCE-4');
    expect(out).toContain('policy   partner-center-nce-2025-04');
    expect(out).toContain('window   runs until 2026-11-28T00:00:00.000Z');
    expect(out).toContain('credit   108.30 USD');
  });

  it('NCE-4, REF-2: --term-end gives a cancellation scheduled for the term end its date, in both programs; a term end before the request is refused by its flag', () => {
    const saas = ['refund', '--product', 'marketplace-saas', '--ordered', '2026-01-10T00:00:00Z'];
    const newCommerce = run(
      ...saas,
      '--program',
      'new-commerce',
      '--term',
      'P1Y',
      '--billing-frequency',
      'monthly',
      '--at',
      '2026-03-01T00:00:00Z',
      '--term-end',
      '2027-01-10T00:00:00Z',
    );
    expect(newCommerce).toMatchObject({ code: 0, err: '' });
    expect(newCommerce.out).toContain('outcome    cancel-at-renewal');
    expect(newCommerce.out).toContain('effective  2027-01-10T00:00:00.000Z');
    const legacy = run(
      ...saas,
      '--billing',
      'monthly',
      '--at',
      '2026-01-20T00:00:00Z',
      '--term-end',
      '2026-02-10T00:00:00Z',
    );
    expect(legacy).toMatchObject({ code: 0, err: '' });
    expect(legacy.out).toContain('effective  2026-02-10T00:00:00.000Z');
    const early = run(
      ...saas,
      '--billing',
      'monthly',
      '--at',
      '2026-01-20T00:00:00Z',
      '--term-end',
      '2026-01-15T00:00:00Z',
    );
    expect(early.code).toBe(2);
    expect(early.err).toContain('--term-end');
  });

  it('NCE-5: --json is the library decision for the same New Commerce purchase', () => {
    const { code, out } = run(...seats, '--at', '2026-11-23T09:00:00Z', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(
      cancellationDecision(
        {
          program: 'new-commerce',
          product: 'license-based',
          term: 'P1Y',
          billingFrequency: 'monthly',
          quantity: 10,
          price: { amount: 1250, currency: 'USD' },
          orderedAt: '2026-11-20T10:00:00Z',
        },
        '2026-11-23T09:00:00Z',
      ),
    );
    expect(JSON.parse(out).credit).toEqual({ amount: 10_830, currency: 'USD' });
  });

  it('NCE-4: on the first day the whole charge comes back; after the window nothing does', () => {
    expect(run(...seats, '--at', '2026-11-20T23:59:59Z').out).toContain('credit   125.00 USD');
    const late = run(...seats, '--at', '2026-11-28T00:00:00Z').out;
    expect(late).toContain('outcome  not-cancellable');
    expect(late).toContain('window   closed at 2026-11-28T00:00:00.000Z');
  });

  it('NCE-11: --term-start opens the window of a renewed term', () => {
    const { out } = run(
      ...seats,
      '--term-start',
      '2027-11-20T00:00:00Z',
      '--at',
      '2027-11-22T09:00:00Z',
    );
    expect(out).toContain('outcome  prorated-credit');
    expect(out).toContain('window   runs until 2027-11-28T00:00:00.000Z');
  });

  it('NCE-4: --input with program new-commerce gives the same decision', () => {
    const file = join(tempFolder('nce-refund-'), 'input.json');
    const purchase = {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 10,
      price: { amount: 1250, currency: 'USD' },
      orderedAt: '2026-11-20T10:00:00Z',
    };
    writeFileSync(file, JSON.stringify({ purchase, at: '2026-11-23T09:00:00Z' }));
    const flags = run(...seats, '--at', '2026-11-23T09:00:00Z');
    const input = run('refund', '--input', file);
    expect(input.code).toBe(0);
    expect(input.out).toBe(flags.out);
  });

  it.each([
    [['--quantity', '0'], '--quantity: expected a whole number of seats ≥ 1, got "0"'],
    [['--program', 'new-comerce'], 'did you mean new-commerce?'],
    [['--billing', 'monthly'], '--billing: legacy only; New Commerce uses --billing-frequency'],
  ])('NCE-2: a bad New Commerce flag %j is a usage error naming it', (extra, words) => {
    // the bad flag in place of the good one (a flag given twice is an error of its own)
    const [flag] = extra;
    const given = seats.indexOf(flag as string);
    const argv =
      given === -1
        ? [...seats, ...extra]
        : [...seats.slice(0, given), ...extra, ...seats.slice(given + 2)];
    const { code, out, err } = run(...argv, '--at', '2026-11-23T09:00:00Z');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(words);
  });

  it('NCE-2: a term and billing frequency that do not combine are named by their flags', () => {
    const argv = seats.map((word) =>
      word === 'P1Y' ? 'P1M' : word === 'monthly' ? 'annual' : word,
    );
    const { code, err } = run(...argv, '--at', '2026-11-23T09:00:00Z');
    expect(code).toBe(2);
    expect(err).toContain('--billing-frequency');
    expect(err).toContain('--term');
  });

  it('NCE-1: the New Commerce flags need --program new-commerce', () => {
    const { code, err } = run(
      'refund',
      '--product',
      'software-perpetual',
      '--ordered',
      '2026-11-20T10:00:00Z',
      '--at',
      '2026-11-21T10:00:00Z',
      '--quantity',
      '3',
    );
    expect(code).toBe(2);
    expect(err).toContain('--quantity: only with --program new-commerce');
  });

  it('NCE-2: refund --help lists the programs, the New Commerce products, terms and frequencies', () => {
    const { out } = run('refund', '--help');
    for (const word of [
      'new-commerce',
      'license-based',
      'P1M',
      'P2Y',
      'triennial',
      '--term-start',
    ]) {
      expect(out).toContain(word);
    }
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});
