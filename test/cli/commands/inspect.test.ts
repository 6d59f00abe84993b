import fc from 'fast-check';
import {
  allowedActions,
  formatMoney,
  fromPartnerCenterSubscription,
  nextDeadline,
} from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, it } from 'vitest';
import { licence } from '../../_licence.ts';
import { partnerCenterCredit } from '../../_private.ts';
import { m365_2021, saas2019, software2021 } from '../../partnerCenter/_samples.ts';
import { run } from '../_run.ts';
import { scratch } from '../_scratch.ts';

const { named: file } = scratch('inspect-');
const saas = file('saas.json', saas2019);
const software = file('software.json', software2021);
const m365 = file('m365.json', m365_2021);
const wide = /[\p{Script=Han}\p{Script=Hangul}\u3000-\u303f\uff00-\uff60]/u;
/** Terminal columns, counted independently of the CLI: a Han or Hangul character takes two. */
const columns = (line: string) => [...line].reduce((n, c) => n + (wide.test(c) ? 2 : 1), 0);

describe('subscription-rules inspect', () => {
  it('PCR-1: inspect reads the 2021 software subscription: term end, cancel window, scheduled renewal', () => {
    const { code, out, err } = run('inspect', software, '--at', '2021-09-20T00:00:00Z');
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toContain('program        new-commerce');
    expect(lines).toContain('status         active');
    expect(lines).toContain('term end       2024-09-14T00:00:00.000Z');
    expect(lines).toContain('term start     2021-09-14T16:44:03.460Z');
    // 2021-09-20 to 2021-10-15: 10 days left of September, 15 of October
    expect(out).toMatch(
      /^cancel window {2}\S+ until 2021-10-15T00:00:00\.000Z \(closes in 25 days\)$/m,
    );
    expect(out).toMatch(/^next deadline {2}/m);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('PCR-1: inspect reads the Microsoft 365 resource: ten refundable seats and the full-credit end', () => {
    const { code, out } = run('inspect', m365, '--at', '2021-01-14T18:00:00Z');
    expect(code).toBe(0);
    expect(out).toContain('quantity       10\n');
    expect(out).toContain('term end       2022-01-14T00:00:00.000Z\n');
    // the seats were added at 16:57:14 on the 14th, reducible for 72 hours: 2 days 22 h 57 min left
    // at 18:00 on the 14th; the line is cut before the parenthesis, which goes on aligned
    expect(out).toMatch(
      /^refundable {5}10 added 2021-01-14T16:57:14\.498Z, reducible until 2021-01-17T16:57:14\.498Z\n {15}\(closes in 2 days\)$/m,
    );
    expect(out).toContain(
      'cancel window  full-credit until 2021-01-15T00:00:00.000Z (closes in 6 h)\n',
    );
    expect(out).toContain('\ncan be done at 2021-01-14T18:00:00Z:\n');
    expect(out).toMatch(/^ {2}cancel {2}/m);
  });

  it('PCR-1: inspect reads the 2019 marketplace SaaS resource as legacy and prints its notes', () => {
    const at = '2019-01-09T12:00:00Z';
    const { code, out } = run('inspect', saas, '--at', at);
    expect(code).toBe(0);
    expect(out).toContain('program        legacy\n');
    expect(out).toContain('product        marketplace-saas\n');
    const reading = fromPartnerCenterSubscription(saas2019, { asOf: at });
    expect(reading.notes.length).toBeGreaterThan(0);
    const text = out.split('\nnotes:\n')[1]?.replace(/\n {3}/g, '') ?? '';
    for (const note of reading.notes) expect(text).toContain(`  - ${note.path}: ${note.message}`);
    for (const line of out.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('MSG-1: inspect --locale ko writes what can be done in Korean, within 100 columns', () => {
    const at = '2021-01-14T18:00:00Z';
    const { code, out } = run('inspect', m365, '--at', at, '--locale', 'ko');
    expect(code).toBe(0);
    const { subscription } = fromPartnerCenterSubscription(m365_2021, { asOf: at });
    const [cancel] = allowedActions(subscription, at, { locale: ko });
    expect(cancel?.description).toMatch(/크레딧/);
    // the action's type is in Korean too (취소, the library's word for cancel); the type column is
    // as wide as its widest word: the description starts two columns after it and goes on there,
    // each line taking as many words as 100 columns hold (a Hangul character, two)
    const lines = out.split('\n');
    const first = lines.indexOf(lines.find((line) => line.startsWith('  취소  ')) ?? '');
    expect(first).toBeGreaterThan(0);
    const head = /^ {2}취소 +/.exec(lines[first] ?? '')?.[0] ?? '';
    const start = columns(head);
    const cut = [lines[first]?.slice(head.length) ?? ''];
    for (const line of lines.slice(first + 1)) {
      if (!line.startsWith(' '.repeat(start))) break;
      cut.push(line.slice(start));
    }
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.join(' ')).toBe(cancel?.description);
    for (const [i, line] of cut.entries()) {
      expect(line).not.toMatch(/^ | $/);
      expect(start + columns(line)).toBeLessThanOrEqual(100);
      const next = cut[i + 1]?.split(' ')[0];
      if (next !== undefined)
        expect(start + columns(line) + 1 + columns(next)).toBeGreaterThan(100);
    }
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(100);
  });

  it('MSG-1: inspect --locale writes the notes in that language, cut to 100 terminal columns (a Han or Hangul character takes two)', () => {
    const at = '2021-01-14T18:00:00Z';
    const resource = {
      ...m365_2021,
      cancellationAllowedUntilDate: null,
      scheduledNextTermInstructions: {
        product: { productId: 'CFQ7TTC0LH18', skuId: '0001', termDuration: 'P1Y' },
        quantity: 5,
      },
    };
    const path = file('m365-notes.json', resource);
    for (const [tag, locale, heading] of [
      ['ko', ko, '참고:'],
      ['zh-Hans', zhHans, '说明：'],
      ['zh-Hant', zhHant, '說明：'],
    ] as const) {
      const { code, out } = run('inspect', path, '--at', at, '--locale', tag);
      expect(code).toBe(0);
      const { notes } = fromPartnerCenterSubscription(resource as never, { asOf: at, locale });
      expect(notes.length).toBe(2);
      const text = (out.split(`\n${heading}\n`)[1] ?? '').replace(/\n {3,4}/g, ' ');
      for (const note of notes) {
        // a line cut inside a word joins again without the space the cut added
        expect(text.replace(/ /g, '')).toContain(`-${note.path}:${note.message}`.replace(/ /g, ''));
      }
      for (const line of out.trimEnd().split('\n'))
        expect(columns(line), line).toBeLessThanOrEqual(100);
    }
  });

  it('MSG-1: inspect --locale ko, zh-Hans and zh-Hant label every line in that language: no English label or fixed word is left', () => {
    const at = '2026-12-08T00:00:00Z';
    const nce = file(
      'nce-labels.json',
      licence({
        id: 'e2b1a7d4-6f7c-4b55-b0f1-7d4c2b8e9a10',
        offerName: 'Microsoft 365 Business Standard',
        quantity: 15,
      }),
    );
    // the English output's words outside the values the library names (identifiers, instants)
    const english =
      /\b(program|product|status|quantity|term start|term end|term|unit price|per seat|billing period|cancel window|refundable|added|reducible|next deadline|can be done|notes|none|nothing|until|closes|closed|billed|by use)\b/;
    const en = run('inspect', nce, '--at', at, '--price', '12.50USD');
    expect(en.out).toMatch(english);
    for (const tag of ['ko', 'zh-Hans', 'zh-Hant']) {
      for (const price of [['--price', '12.50USD'], []]) {
        const { code, out } = run('inspect', nce, '--at', at, '--locale', tag, ...price);
        expect(code).toBe(0);
        // the values kept as the JSON writes them: statuses, products, terms, frequencies,
        // deadlines and the actions' event types (change-quantity)
        const words = out
          .replace(/[a-z]+(?:-[a-z]+)+|active|monthly|P1Y|renewed/g, '')
          .replace(/--price \S+/g, '');
        for (const line of words.split('\n')) expect(line, `${tag}: ${line}`).not.toMatch(english);
      }
    }
    expect(run('inspect', nce, '--at', at, '--locale', 'ko').out).toContain('다음 기한');
  });

  it('PCR-1: inspect --json is { subscription, notes, allowedActions, nextDeadline } from the library', () => {
    const at = '2021-09-20T00:00:00Z';
    const { code, out } = run('inspect', software, '--at', at, '--json');
    expect(code).toBe(0);
    const reading = fromPartnerCenterSubscription(software2021, { asOf: at });
    expect(JSON.parse(out)).toEqual({
      subscription: reading.subscription,
      notes: reading.notes,
      allowedActions: allowedActions(reading.subscription as never, at),
      nextDeadline: nextDeadline(reading.subscription as never),
    });
  });

  it('PCR-1: a resource the schema refuses exits 2 naming the field', () => {
    const bad = file('bad.json', { ...m365_2021, quantity: 'ten' });
    const { code, out, err } = run('inspect', bad, '--at', '2021-01-15T00:00:00Z');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^error: .*quantity: /);
  });

  it('PCR-1: inspect without --at exits 2, and without a file too', () => {
    expect(run('inspect', m365)).toEqual({
      code: 2,
      out: '',
      err: 'error: --at: required, the instant the resource was fetched, e.g. --at 2026-11-25T00:00:00Z\n',
    });
    expect(run('inspect', '--at', '2021-01-15T00:00:00Z').code).toBe(2);
  });

  it('PCR-1: an --at at or after the term end of an active resource reads it at its term and takes it forward by the rules, with a note (decided 2026-11-27); 1 ms before, it is read as it is', () => {
    const at = run('inspect', m365, '--at', '2022-01-14T00:00:00Z', '--json');
    expect(at.code).toBe(0);
    const read = JSON.parse(at.out);
    expect(read.subscription.termStart).toBe('2022-01-14T00:00:00.000Z');
    expect(read.notes.map((n: { messageId: string }) => n.messageId)).toContain(
      'resource.older-than-as-of',
    );
    const before = JSON.parse(
      run('inspect', m365, '--at', '2022-01-13T23:59:59.999Z', '--json').out,
    );
    expect(before.subscription.termStart).toBe('2021-01-14T16:57:14.498Z');
    expect(run('inspect', m365, '--at', '2022-01-14T00:00:00Z').out).toContain(
      'the resource’s term ended at 2022-01-14T00:00:00.000Z, at or before',
    );
  });

  it('PCR-1: an --at before the resource began exits 2 naming --at', () => {
    const { code, err } = run('inspect', m365, '--at', '2020-01-01T00:00:00Z');
    expect(code).toBe(2);
    expect(err).toContain('--at');
  });

  describe('properties', () => {
    it('PCR-1: for any --at in the resource’s term, --json is what the library reads and allows at that instant', () => {
      const start = Date.parse('2021-01-14T16:57:15Z');
      const end = Date.parse('2022-01-14T00:00:00Z');
      fc.assert(
        fc.property(fc.integer({ min: 0, max: end - start - 1 }), (after) => {
          const at = new Date(start + after).toISOString();
          const { code, out } = run('inspect', m365, '--at', at, '--json');
          const reading = fromPartnerCenterSubscription(m365_2021, { asOf: at });
          expect(code).toBe(0);
          expect(JSON.parse(out)).toEqual({
            subscription: reading.subscription,
            notes: reading.notes,
            allowedActions: allowedActions(reading.subscription as never, at),
            nextDeadline: nextDeadline(reading.subscription as never),
          });
        }),
        { numRuns: 30 },
      );
    });
  });
});

describe('inspect on a usage product (found by review)', () => {
  it('PCR-1: an Azure plan reads as azure-plan, and nothing inspect prints speaks of licences, seats to reduce or refunds', () => {
    const azure = file('azure.json', {
      quantity: 1,
      unitType: 'Usage-based',
      productType: { id: 'Azure', displayName: 'Azure' },
      effectiveStartDate: '2021-01-14T16:57:14.498252Z',
      status: 'active',
      autoRenewEnabled: false,
      billingType: 'usage',
      billingCycle: 'none',
      isMicrosoftProduct: true,
    });
    const { code, out } = run('inspect', azure, '--at', '2021-06-01T00:00:00Z');
    expect(code).toBe(0);
    expect(out).toContain('azure-plan');
    expect(out).not.toMatch(/licen[cs]e|refund|reducible/i);
  });
});

describe('inspect --price', () => {
  const at = '2021-01-14T18:00:00Z';
  const usd = (amount: number) => formatMoney({ amount, currency: 'USD' });
  /** The output with every cut line joined back to the one before it. */
  const unwrapped = (out: string) => out.replace(/\n {15,}/g, ' ');
  /** NCE-5 by hand: r rounds half away from zero, and every amount here is positive. */
  const charged = (p: number, q: number, d: number, u: number) =>
    Math.round(Math.round((p * q) / d) * (u / q)) * q;

  it('NCE-5, NCE-10: the Microsoft 365 resource at 12.50 USD on its first day: cancel credits all 10 seats, a reduction of the 9 it offers NCE-5’s credit, and the next charge is the whole period', () => {
    const { code, out, err } = run('inspect', m365, '--at', at, '--price', '12.50USD');
    expect(err).toBe('');
    expect(code).toBe(0);
    // P = 1250, Q = 10; the period 2021-01-14 to 2021-02-14 has D = 31 days, U = 1 on its first day
    const paid = 1250 * 10;
    // a reduction keeps one seat: 9 of them, charged r(r(11250 / 31) · 1 / 9) · 9 = 360
    const reduction = 1250 * 9 - charged(1250, 9, 31, 1);
    expect(reduction).toBe(10890);
    expect(reduction).toBe(partnerCenterCredit(1250, 9, 31, 1));
    const text = unwrapped(out);
    expect(text).toContain('unit price     12.50 USD per seat per billing period\n');
    expect(text).toContain(
      `  cancel            cancel for a full credit of ${usd(paid)} until 2021-01-15T00:00:00.000Z\n`,
    );
    expect(text).toContain(
      `  change-quantity   add seats (next charge ${usd(paid)} on 2021-02-14T00:00:00.000Z), or reduce up to 9 seats for a credit of ${usd(reduction)} until 2021-01-17T16:57:14.498Z\n`,
    );
    expect(text).not.toContain('--price');
    for (const line of out.trimEnd().split('\n')) expect(columns(line)).toBeLessThanOrEqual(100);
  });

  it('NCE-5: on the third day the cancel and a reduction of the 9 seats offered each credit P·Q less three days of use', () => {
    const later = '2021-01-16T12:00:00Z';
    const { code, out } = run('inspect', m365, '--at', later, '--price', '12.50USD');
    expect(code).toBe(0);
    const credit = 1250 * 10 - charged(1250, 10, 31, 3);
    expect(credit).toBe(partnerCenterCredit(1250, 10, 31, 3));
    const text = unwrapped(out);
    expect(text).toContain(`cancel for a prorated credit of ${usd(credit)} until`);
    const reduction = 1250 * 9 - charged(1250, 9, 31, 3);
    expect(reduction).toBe(partnerCenterCredit(1250, 9, 31, 3));
    expect(reduction).toBe(10161);
    expect(text).toContain(`reduce up to 9 seats for a credit of ${usd(reduction)} until`);
  });

  it('PCR-1: 12.50USD, "12.50 USD", 12.50usd and 12.50 --currency USD give the same answer, and --json is the library’s with that price', () => {
    const forms = [
      ['--price', '12.50USD'],
      ['--price', '12.50 USD'],
      ['--price', '12.50usd'],
      ['--price', '12.50', '--currency', 'USD'],
      ['--price', '12.5', '--currency', 'usd'],
    ];
    const outs = forms.map((flags) => run('inspect', m365, '--at', at, ...flags, '--json'));
    const price = { amount: 1250, currency: 'USD' } as const;
    const reading = fromPartnerCenterSubscription(m365_2021, { asOf: at, price });
    for (const { code, out } of outs) {
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual({
        subscription: reading.subscription,
        notes: reading.notes,
        allowedActions: allowedActions(reading.subscription as never, at),
        nextDeadline: nextDeadline(reading.subscription as never),
      });
    }
  });

  it('PCR-1: without --price the actions say the amount needs the unit price, and how to give it', () => {
    const { out } = run('inspect', m365, '--at', at);
    expect(out).toContain(
      '\n  the amounts need the unit price per seat per billing period: add --price, e.g. --price 12.50USD\n',
    );
    // a legacy resource's price is per licence per term, and its actions say no amounts: no hint
    const legacy = run('inspect', saas, '--at', '2019-01-09T12:00:00Z');
    expect(legacy.code).toBe(0);
    expect(legacy.out).not.toContain('add --price');
    const priced = run('inspect', saas, '--at', '2019-01-09T12:00:00Z', '--price', '10USD');
    expect(priced.out).toContain('unit price     10.00 USD per licence per term\n');
    expect(priced.out).not.toContain('add --price');
  });

  it.each([
    [
      ['--price', '12.505USD'],
      'error: --price: expected a decimal amount with at most 2 decimal places for USD, e.g. 12.50, got "12.505"',
    ],
    [
      ['--price', '12.50'],
      'error: --price: expected the unit price with its currency, e.g. --price 12.50USD (or --price 12.50 --currency USD), got "12.50"',
    ],
    [
      ['--currency', 'USD'],
      'error: --price: required with --currency, e.g. --price 12.50 --currency USD',
    ],
    [
      ['--price', '12.50', '--currency', 'US$'],
      'error: --currency: expected an active ISO 4217 currency code such as USD, EUR or JPY (any case), got "US$"',
    ],
    [
      ['--price', '12.50XYZ'],
      'error: --price: expected an active ISO 4217 currency code such as USD, EUR or JPY (any case), got "XYZ"',
    ],
  ])(
    'PRICE-1: inspect %j exits 2 with one line saying how to write the price',
    (flags, message) => {
      expect(run('inspect', m365, '--at', at, ...flags)).toEqual({
        code: 2,
        out: '',
        err: `${message}\n`,
      });
    },
  );

  it('PCR details: a resource whose renewal moves to a new billing cycle reads with --price (it exited 2 before): its term priced, the renewal unpriced with a note', () => {
    const { code, out, err } = run(
      'inspect',
      software,
      '--at',
      '2021-09-20T00:00:00Z',
      '--price',
      '120USD',
    );
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('unit price     120.00 USD per seat per billing period');
    expect(out).toContain('cancel for a prorated credit of $119.23 until 2021-10-15T00:00:00.000Z');
    expect(out.replace(/\s+/g, ' ')).toContain(
      'resource.scheduledNextTermInstructions: the renewal scheduled into P3Y billed annual is unpriced',
    );
  });
});

describe('subscription-rules inspect: the end of a term (EST-6)', () => {
  /** A P1Y term of 50 seats bought 2026-11-20 (eligible: it ends 2027-11-20), auto-renew off. */
  const resource = {
    ...m365_2021,
    quantity: 50,
    creationDate: '2026-11-20T10:00:00Z',
    effectiveStartDate: '2026-11-20T10:00:00Z',
    commitmentEndDate: '2027-11-19T00:00:00Z',
    cancellationAllowedUntilDate: '2026-11-27T23:59:00Z',
    refundOptions: null,
    autoRenewEnabled: false,
  };
  const est = file('est.json', resource);
  const at = '2027-01-01T00:00:00Z';
  /** The value of the `end of term` row, its wrapped lines joined. */
  const row = (out: string, label: string) => {
    const lines = out.split('\n');
    const i = lines.findIndex((line) => line.startsWith(`${label} `));
    if (i < 0) return undefined;
    const parts = [lines[i]?.slice(label.length).trim()];
    for (let j = i + 1; lines[j]?.startsWith('   ') === true && !/^\S/.test(lines[j] ?? ''); j++)
      parts.push(lines[j]?.trim());
    return parts.join(' ');
  };

  it('EST-6: the Extended Service Term option says its price from the term end, 4.00 + 3 % = 4.12 × 50 = 206.00 USD a month, changeable until then', () => {
    const { code, out, err } = run(
      'inspect',
      est,
      '--at',
      at,
      '--price',
      '12.50USD',
      '--est-base',
      '4.00USD',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(row(out, 'end of term')).toBe(
      'Extended Service Term: from 2027-11-20T00:00:00.000Z it continues month to month at 4.12 USD a seat (+3 %), 206.00 USD a month, until cancelled; can be changed until 2027-11-20T00:00:00.000Z (closes in 323 days)',
    );
    for (const line of out.trimEnd().split('\n')) expect(columns(line)).toBeLessThanOrEqual(100);
  });

  it('EST-6: without a base the Extended Service Term is unpriced and says which price it needs', () => {
    const { code, out } = run('inspect', est, '--at', at, '--price', '12.50USD');
    expect(code).toBe(0);
    expect(row(out, 'end of term')).toBe(
      'Extended Service Term: from 2027-11-20T00:00:00.000Z it continues month to month, paid, until cancelled; unpriced: it needs the monthly-term price of one seat for a month (add --est-base, e.g. --est-base 4.00USD); can be changed until 2027-11-20T00:00:00.000Z (closes in 323 days)',
    );
  });

  it('EST-6: renew says its first charge at the term end, cancel that nothing more is billed; 1 ms before the end it can still be changed, at the end the line is gone', () => {
    const renew = file('renew.json', {
      ...resource,
      autoRenewEnabled: true,
      scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'RenewToNewTerm' }],
    });
    // the renewal's first month: 50 × 12.50 USD
    expect(row(run('inspect', renew, '--at', at, '--price', '12.50USD').out, 'end of term')).toBe(
      'renew: a new term begins on 2027-11-20T00:00:00.000Z, its first charge 625.00 USD; can be changed until 2027-11-20T00:00:00.000Z (closes in 323 days)',
    );
    const cancel = file('cancel.json', {
      ...resource,
      scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'Cancel' }],
    });
    expect(row(run('inspect', cancel, '--at', '2027-11-19T23:59:59.999Z').out, 'end of term')).toBe(
      'cancel: service stops on 2027-11-20T00:00:00.000Z and nothing more is billed; can be changed until 2027-11-20T00:00:00.000Z (closes in under a minute)',
    );
    // an old term (started before 2025-04-01) has no Extended Service Term: auto-renew off expires
    const old = run('inspect', m365, '--at', '2021-06-01T00:00:00Z');
    expect(row(old.out, 'end of term')).toMatch(
      /^renew: a new term begins on 2022-01-14T00:00:00\.000Z; can be changed until/,
    );
    const expires = file('expires.json', { ...m365_2021, autoRenewEnabled: false });
    expect(row(run('inspect', expires, '--at', '2021-06-01T00:00:00Z').out, 'end of term')).toMatch(
      /^expire: it ends on 2022-01-14T00:00:00\.000Z and nothing more is billed; can be changed until/,
    );
  });

  it('EST-6: a resource in its Extended Service Term says since when and what a month costs, cancellable at any time', () => {
    const inEst = file('in-est.json', {
      ...resource,
      offerName: 'Microsoft 365 Business Basic Extended Service Term',
      termDuration: 'P1M',
      effectiveStartDate: '2027-11-20T00:00:00Z',
      commitmentEndDate: '2027-12-19T00:00:00Z',
      cancellationAllowedUntilDate: undefined,
    });
    const { code, out, err } = run(
      'inspect',
      inEst,
      '--at',
      '2027-12-01T00:00:00Z',
      '--price',
      '4.12USD',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(row(out, 'end of term')).toMatch(
      /^in an Extended Service Term since a date the resource does not give: month to month at 4\.12 USD a seat \(\+3 %\), 206\.00 USD a month, until cancelled/,
    );
  });

  it('EST-6: inspect --locale ko states the option, its price and until when in Korean, within 100 columns', () => {
    const { code, out } = run(
      'inspect',
      est,
      '--at',
      at,
      '--price',
      '12.50USD',
      '--est-base',
      '4.00USD',
      '--locale',
      'ko',
    );
    expect(code).toBe(0);
    expect(row(out, '종료 옵션')).toBe(
      '연장 서비스 기간: 2027-11-20T00:00:00.000Z부터 취소할 때까지 시트당 4.12 USD(+3%), 월 206.00 USD로 매월 계속됩니다; 2027-11-20T00:00:00.000Z까지(323일 후 닫힘) 변경할 수 있음',
    );
    expect(out).not.toMatch(/end of term|Extended Service Term/);
    for (const line of out.trimEnd().split('\n')) expect(columns(line)).toBeLessThanOrEqual(100);
  });

  it('EST-3, EST-7: --est-base 60.00USD/P1Y says a SKU without a monthly plan: 60.00 ÷ 12 = 5.00, +23 % = 6.15 a seat, 307.50 USD a month for 50 seats; /P1M is the monthly plan’s +3 %', () => {
    const annual = run(
      'inspect',
      est,
      '--at',
      at,
      '--price',
      '12.50USD',
      '--est-base',
      '60.00USD/P1Y',
    );
    expect([annual.code, annual.err]).toEqual([0, '']);
    expect(row(annual.out, 'end of term')).toBe(
      'Extended Service Term: from 2027-11-20T00:00:00.000Z it continues month to month at 6.15 USD a seat (+23 %), 307.50 USD a month, until cancelled; can be changed until 2027-11-20T00:00:00.000Z (closes in 323 days)',
    );
    // the same with a space, in lower case, and the currency apart
    for (const flags of [
      ['--est-base', '60.00 usd / p1y'],
      ['--est-base', '60/P1Y'],
    ]) {
      const spaced = run(
        'inspect',
        est,
        '--at',
        at,
        ...flags,
        ...(flags[1] === '60/P1Y' ? ['--price', '12.50', '--currency', 'USD'] : []),
      );
      expect([spaced.code, spaced.err]).toEqual([0, '']);
      expect(row(spaced.out, 'end of term')).toContain(
        'at 6.15 USD a seat (+23 %), 307.50 USD a month',
      );
    }
    // half up: 60.06 a year is 5.005 a month, 5.01; 60.05 is 5.0041…, 5.00
    for (const [year, seat] of [
      ['60.06USD/P1Y', '6.16'],
      ['60.05USD/P1Y', '6.15'],
      ['4.00USD/P1M', '4.12'],
    ]) {
      const out = run('inspect', est, '--at', at, '--est-base', year as string).out;
      expect(row(out, 'end of term')).toContain(`at ${seat} USD a seat`);
    }
  });

  it('EST-7: a bad --est-base term names the flag and how a SKU without a monthly plan is given', () => {
    const { code, err } = run('inspect', est, '--at', at, '--est-base', '60.00USD/P3Y');
    expect(code).toBe(2);
    expect(err).toMatch(/^error: --est-base: /);
    expect(err).toContain(
      '(a SKU without a monthly plan: its annual price and /P1Y, e.g. --est-base 60.00USD/P1Y)',
    );
  });

  it('EST-6: a bad --est-base names the flag', () => {
    const { code, err } = run('inspect', est, '--at', at, '--est-base', '4.00');
    expect(code).not.toBe(0);
    expect(err).toMatch(/--est-base: expected the unit price with its currency/);
    expect(err).not.toMatch(/--price/);
  });
});
