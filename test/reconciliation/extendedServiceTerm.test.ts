import fc from 'fast-check';
import {
  advance,
  chargesBetween,
  createSubscription,
  fromPartnerCenterSubscription,
  type NewCommerceSubscription,
  transition,
} from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import * as newCommerce from 'subscription-rules/new-commerce';
import {
  type InvoiceLine,
  invoiceLines,
  reconcile,
  reconcileSubscriptions,
} from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { LineGroups, lineReader } from '../_private.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });
/** 50 seats of a P1Y monthly licence at 5.00; at its end 2027-11-20 the Extended Service Term at a base of 4.00. */
const bought = createSubscription({
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 50,
  orderedAt: '2026-11-20T10:00:00Z',
  price: usd(500),
});
const chosen = transition(bought, {
  type: 'set-end-of-term',
  at: '2027-01-01T00:00:00Z',
  action: 'extended-service-term',
  basePrice: usd(400),
});
if (!chosen.ok) throw new Error('expected the Extended Service Term to be chosen');
const months = advance(chosen.subscription, '2027-12-20T00:00:00Z');
const est = months.effects.filter((e) => e.kind === 'extended-service-term');
const lines = invoiceLines(est, { subscriptionId: 'S1' });
/** A file's row of a line, every cell text, its charge type as given. */
const row = (line: InvoiceLine, chargeType = line.ChargeType): Record<string, string> => ({
  ...line,
  ChargeType: chargeType,
});

describe('Extended Service Term lines (EST-5)', () => {
  it('EST-5: every month prints cycleCharge, Monthly term, Monthly billing, the base as UnitPrice, the price as EffectiveUnitPrice, and the fee', () => {
    expect(lines).toEqual([
      {
        SubscriptionId: 'S1',
        OrderDate: '2027-11-20',
        ChargeType: 'cycleCharge',
        ChargeStartDate: '2027-11-20',
        ChargeEndDate: '2027-12-19',
        UnitPrice: '4.00',
        EffectiveUnitPrice: '4.12',
        Quantity: '50',
        BillableQuantity: '50',
        Subtotal: '206.00',
        Currency: 'USD',
        TermAndBillingCycle: 'Monthly term, Monthly billing',
        PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
      },
      expect.objectContaining({ ChargeStartDate: '2027-12-20', Subtotal: '206.00' }),
    ]);
  });

  it('EST-5: the first month matches whether the file prints it cycleCharge, renew or new, and the match says which', () => {
    for (const printed of ['cycleCharge', 'renew', 'new']) {
      const file = [row(lines[0] as InvoiceLine, printed), row(lines[1] as InvoiceLine)];
      const result = reconcile(est, file, { subscriptionId: 'S1' });
      expect([result.missing, result.unexpected, result.different]).toEqual([[], [], []]);
      expect(result.matched[0]?.printedAs).toBe(printed === 'cycleCharge' ? undefined : printed);
      expect(result.matched[0]?.rules).toEqual(['EST-5']);
    }
  });

  it('EST-5: a month billed otherwise is explained: the base, the uplift, the price and the month', () => {
    const file = [{ ...row(lines[0] as InvoiceLine), Subtotal: '210.00' }];
    const result = reconcile(est.slice(0, 1), file, { subscriptionId: 'S1' });
    expect(result.different[0]?.message).toBe(
      'Extended Service Term since 2027-11-20: 4.00 + 3 % = 4.12 × 50 = 206.00 USD a month; billed 210.00 USD',
    );
    const korean = reconcile(est.slice(0, 1), file, { subscriptionId: 'S1', locale: ko });
    expect(korean.different[0]?.message).toContain('2027-11-20부터 연장 서비스 기간: 4.00 + 3%');
  });

  it('EST-4, EST-5: an Extended Service Term month cancelled prints its credit as cancelImmediate', () => {
    const cancel = transition(months.subscription, { type: 'cancel', at: '2027-12-29T12:00:00Z' });
    if (!cancel.ok) throw new Error('expected the cancellation');
    const [credit] = invoiceLines(cancel.effects.filter((e) => e.type === 'credit'));
    expect(credit).toMatchObject({
      ChargeType: 'cancelImmediate',
      ChargeStartDate: '2027-12-30',
      ChargeEndDate: '2028-01-19',
      BillableQuantity: '-50',
    });
  });

  it('EST-7: a file’s Extended Service Term line whose amount differs is different from the expected month, not unexpected', () => {
    // billed at 4.20 a seat instead of 4.12: 210.00 for the 50 seats
    const first = lines[0] as InvoiceLine;
    const file = [
      { ...row(first), EffectiveUnitPrice: '4.20', Subtotal: '210.00' },
      row(lines[1] as InvoiceLine),
    ];
    const result = reconcile(est, file, { subscriptionId: 'S1' });
    expect([result.missing, result.unexpected]).toEqual([[], []]);
    expect(result.different).toHaveLength(1);
    expect(result.different[0]).toMatchObject({
      chargeType: 'cycleCharge',
      chargeStartDate: '2027-11-20',
      fields: ['Subtotal'],
      rules: ['EST-5'],
    });
    expect(result.different[0]?.message).toContain('Extended Service Term since 2027-11-20');
  });
});

describe('Extended Service Term lines nothing expected (EST-5, EST-7)', () => {
  /** The first month's row as a file may print it: its fee or its name says what it is. */
  const first = lines[0] as InvoiceLine;
  const { PriceAdjustmentDescription: _fee, ...plain } = row(first);
  /** The same 50 seats renewing instead: the rules bill a renewal, no Extended Service Term. */
  const renewing = advance(bought, '2027-12-20T00:00:00Z').effects;

  it('EST-5: a line named an Extended Service Term by its SKU, offer or product name, in any case, is recognised with no fee printed: unexpected, said as such', () => {
    for (const [column, name] of [
      ['SkuName', 'Microsoft 365 Business Basic Extended Service Term'],
      ['OfferName', 'EXTENDED SERVICE TERM – Microsoft 365 Business Basic'],
      ['ProductName', 'microsoft 365 business basic (extended service term)'],
      ['PriceAdjustmentDescription', 'Extended Service Terms 3% Fee Applied'],
    ] as const) {
      const result = reconcile([], [{ ...plain, [column]: name }], { subscriptionId: 'S1' });
      expect(result.unexpected).toHaveLength(1);
      expect(result.unexpected[0]).toMatchObject({
        reason: 'not-expected',
        extendedServiceTerm: true,
        chargeType: 'cycleCharge',
        chargeStartDate: '2027-11-20',
        chargeEndDate: '2027-12-19',
        actual: { Subtotal: '206.00', BillableQuantity: '50' },
      });
      expect(result.unexpected[0]?.message).toBe(
        'cycleCharge 2027-11-20 to 2027-12-19: 50 seats for 206.00 USD, a month of Extended Service Term (the file names it so), which no charge of the rules bills: by them the term renews or ends there, or the month has no base price (the monthly-term price of one seat for a month)',
      );
      expect(result.otherColumns).not.toContain(column);
    }
  });

  it('EST-5: a line that names no Extended Service Term stays a plain unexpected line', () => {
    const result = reconcile([], [{ ...plain, SkuName: 'Business Basic', OfferName: 'Extended' }], {
      subscriptionId: 'S1',
    });
    expect(result.unexpected[0]?.extendedServiceTerm).toBeUndefined();
    expect(result.unexpected[0]?.message).toBe(
      'cycleCharge 2027-11-20 to 2027-12-19: 50 seats for 206.00 USD, which no charge or credit of the rules bills',
    );
  });

  it('EST-7: where the rules renew the term, the file’s Extended Service Term month is unexpected with its own explanation and the renewal missing, in four languages', () => {
    // Partner Center prints the month cycleCharge; the rules bill the renewal's first month instead
    const file = [row(first)];
    const result = reconcile(renewing, file, { subscriptionId: 'S1' });
    expect(result.matched).toEqual([]);
    expect(result.unexpected).toHaveLength(1);
    expect(result.unexpected[0]?.extendedServiceTerm).toBe(true);
    expect(result.unexpected[0]?.message).toMatch(
      /^cycleCharge 2027-11-20 to 2027-12-19: 50 seats for 206\.00 USD, a month of Extended Service Term/,
    );
    expect(result.missing.map((m) => m.chargeType)).toContain('renew');
    const said = messagesIn(renewing, file);
    expect(said.ko).toContain('연장 서비스 기간의 한 달');
    expect(said['zh-Hans']).toContain('延长服务期的一个月');
    expect(said['zh-Hant']).toContain('延長服務期的一個月');
  });

  it('EST-5, EST-7: a month of Extended Service Term printed renew, on the key of the renewal the rules bill, is different with the renewal’s arithmetic and what the file bills instead, in four languages', () => {
    // the rules renew at 5.00 a seat (250.00 for the 50 seats); Partner Center bills the month at
    // 4.12 (206.00), printed renew as its first month may be
    const file = [row(first, 'renew')];
    const result = reconcile(renewing, file, { subscriptionId: 'S1' });
    expect([result.matched, result.unexpected]).toEqual([[], []]);
    expect(result.different).toHaveLength(1);
    expect(result.different[0]).toMatchObject({
      chargeType: 'renew',
      chargeStartDate: '2027-11-20',
      chargeEndDate: '2027-12-19',
      fields: ['Subtotal'],
      expected: { Subtotal: '250.00', BillableQuantity: '50' },
      actual: { Subtotal: '206.00', BillableQuantity: '50' },
      extendedServiceTerm: true,
    });
    expect(result.different[0]?.message).toBe(
      'renewed on 2027-11-20, billing period 2027-11-20 to 2027-12-19: 5.00 × 50 = 250.00 USD; the file bills 50 seats for 206.00 USD as a month of Extended Service Term (it names it so): Partner Center moves a term into one at its end when auto-renew is off and no cancel was chosen',
    );
    const said: Record<string, string | undefined> = {};
    for (const [tag, locale] of [
      ['ko', ko],
      ['zh-Hans', zhHans],
      ['zh-Hant', zhHant],
    ] as const)
      said[tag] = reconcile(renewing, file, { subscriptionId: 'S1', locale }).different[0]?.message;
    expect(said.ko).toContain(
      '파일은 시트 50개, 206.00 USD을(를) 연장 서비스 기간의 한 달로 청구합니다',
    );
    expect(said['zh-Hans']).toContain('文件将 50 个席位、206.00 USD 作为延长服务期的一个月计费');
    expect(said['zh-Hant']).toContain('檔案將 50 個授權、206.00 USD 作為延長服務期的一個月計費');
    // the same line naming no Extended Service Term is the renewal billed otherwise, said as before
    const bare = reconcile(renewing, [{ ...plain, ChargeType: 'renew' }], { subscriptionId: 'S1' });
    expect(bare.different[0]?.extendedServiceTerm).toBeUndefined();
    expect(bare.different[0]?.message).toBe(
      'renewed on 2027-11-20, billing period 2027-11-20 to 2027-12-19: 5.00 × 50 = 250.00 USD; billed 206.00 USD',
    );
  });

  it('EST-7: an Extended Service Term month the rules expect, named by its SKU alone, matches as before', () => {
    const named = { ...plain, SkuName: 'Extended Service Term' };
    const result = reconcile(est.slice(0, 1), [named], { subscriptionId: 'S1' });
    expect([result.unexpected, result.different, result.missing]).toEqual([[], [], []]);
    expect(result.matched[0]?.rules).toEqual(['EST-5']);
  });

  it('EST-5: the line groups carry the flag as plain data: through JSON and a structured clone, added back it stays', () => {
    const reader = lineReader(Object.keys({ ...plain, SkuName: '' }));
    const issues: { row: number; column: string; message: string }[] = [];
    const named = { ...plain, SkuName: 'Extended Service Term' };
    const cells = Object.keys(named).map((k) => named[k as keyof typeof named]);
    const line = reader.read(cells, 1, issues);
    expect(issues).toEqual([]);
    expect(line?.est).toBe(true);
    const other = reader.read(
      cells.map((c) => (c === 'Extended Service Term' ? 'Business Basic' : c)),
      2,
      issues,
    );
    expect(other?.est).toBe(false);
    const groups = new LineGroups();
    groups.add(other as NonNullable<typeof other>);
    groups.add(line as NonNullable<typeof line>);
    const [group] = groups.take('S1');
    // a group with one Extended Service Term line among others is one
    expect(group?.est).toBe(true);
    for (const copy of [JSON.parse(JSON.stringify(group)), structuredClone(group)]) {
      const back = new LineGroups();
      back.addGroup({ ...copy, est: false, rows: [9] });
      back.addGroup(copy);
      expect(back.take('S1')[0]?.est).toBe(true);
    }
  });
});

/** The EST-7 file's unexpected message in each other language. */
function messagesIn(expected: readonly unknown[], file: Record<string, string>[]) {
  const out: Record<string, string | undefined> = {};
  for (const [tag, locale] of [
    ['ko', ko],
    ['zh-Hans', zhHans],
    ['zh-Hant', zhHant],
  ] as const)
    out[tag] = reconcile(expected as never, file, {
      subscriptionId: 'S1',
      locale,
    }).unexpected[0]?.message;
  return out;
}

describe('a resource read as in its Extended Service Term, replayed by reconcileSubscriptions (EST-6, EST-7)', () => {
  /** 50 seats in their Extended Service Term, the resource's term the month from 2027-11-20. */
  const resource = {
    id: 'S1',
    offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
    offerName: 'Microsoft 365 Business Basic Extended Service Term',
    quantity: 50,
    productType: { id: 'OnlineServicesNCE' },
    effectiveStartDate: '2027-11-20T00:00:00Z',
    commitmentEndDate: '2027-12-19T00:00:00Z',
    status: 'active',
    autoRenewEnabled: false,
    billingType: 'license',
    billingCycle: 'monthly',
    termDuration: 'P1M',
    isMicrosoftProduct: true,
  };
  /** The month as the file bills it, 4.00 + 3 % = 4.12 × 50 = 206.00, or at 5.00 + 23 % = 6.15. */
  const month = (unit: string, price: string, subtotal: string, fee: string) => ({
    SubscriptionId: 'S1',
    SkuName: 'Microsoft 365 Business Basic Extended Service Term',
    ChargeType: 'cycleCharge',
    ChargeStartDate: '2027-11-20',
    ChargeEndDate: '2027-12-19',
    UnitPrice: unit,
    EffectiveUnitPrice: price,
    BillableQuantity: '50',
    Subtotal: subtotal,
    Currency: 'USD',
    PriceAdjustmentDescription: `Extended Service Terms ${fee}% Fee Applied`,
  });
  const monthly = month('4.00', '4.12', '206.00', '3');

  it('EST-7: with options.extendedServiceTermBase (4.00) the month matches, nothing at stake; 1 ms of another day does not matter, the month is billed by days', () => {
    const found = reconcileSubscriptions([monthly], [resource], {
      rules: newCommerce,
      extendedServiceTermBase: { basePrice: usd(400) },
    });
    expect([found.matched.length, found.findings, found.atStake, found.unverified]).toEqual([
      1,
      [],
      [],
      0,
    ]);
    expect(found.matched[0]?.rules).toEqual(['EST-5']);
    // its start 1 ms into the month's first day: the same day, the same month
    const later = reconcileSubscriptions(
      [monthly],
      [{ ...resource, effectiveStartDate: '2027-11-20T00:00:00.001Z' }],
      { rules: newCommerce, extendedServiceTermBase: { basePrice: usd(400) } },
    );
    expect([later.matched.length, later.atStake]).toEqual([1, []]);
  });

  it('EST-3, EST-7: without a monthly plan, a base of 5.00 (60.00 a year ÷ 12) is +23 %: 6.15 × 50 = 307.50, matched; taken for a monthly plan, 50.00 at stake', () => {
    const annual = month('5.00', '6.15', '307.50', '23');
    const found = reconcileSubscriptions([annual], [resource], {
      rules: newCommerce,
      extendedServiceTermBase: { basePrice: usd(500), monthlyPlan: false },
    });
    expect([found.matched.length, found.atStake]).toEqual([1, []]);
    const wrong = reconcileSubscriptions([annual], [resource], {
      rules: newCommerce,
      extendedServiceTermBase: { basePrice: usd(500) },
    });
    expect(wrong.atStake).toEqual([{ currency: 'USD', amount: '50.00', net: '50.00' }]);
    expect(wrong.different[0]?.message).toBe(
      'Extended Service Term month on 2027-11-20, billing period 2027-11-20 to 2027-12-19: 5.15 × 50 = 257.50 USD; billed 307.50 USD',
    );
  });

  it('EST-7, PL-3: with a price list, its monthly-term row of the SKU is the base: matched', () => {
    const prices = [
      {
        ProductId: 'CFQ7TTC0LDPB',
        SkuId: '0001',
        TermDuration: 'P1M',
        BillingPlan: 'Monthly',
        Currency: 'USD',
        UnitPrice: '4.00',
      },
    ];
    const found = reconcileSubscriptions([monthly], [resource], { rules: newCommerce, prices });
    expect([found.matched.length, found.findings, found.atStake]).toEqual([1, [], []]);
  });

  it('EST-7, PL-3: with a price list whose SKU has no monthly-term row, its annual row ÷ 12 is the base (+23 %): 60.00 a year → 5.00 → 6.15 × 50 = 307.50, matched; 1 cent more is 0.50 at stake; a resource not named an Extended Service Term still has no row', () => {
    const prices = [
      {
        ProductId: 'CFQ7TTC0LDPB',
        SkuId: '0001',
        TermDuration: 'P1Y',
        BillingPlan: 'Annual',
        Currency: 'USD',
        UnitPrice: '60.00',
      },
    ];
    const annual = month('5.00', '6.15', '307.50', '23');
    const found = reconcileSubscriptions([annual], [resource], { rules: newCommerce, prices });
    expect([found.matched.length, found.findings, found.atStake]).toEqual([1, [], []]);
    expect(found.matched[0]?.rules).toEqual(['EST-5']);
    const cent = reconcileSubscriptions([month('5.00', '6.16', '308.00', '23')], [resource], {
      rules: newCommerce,
      prices,
    });
    expect(cent.atStake).toEqual([{ currency: 'USD', amount: '0.50', net: '0.50' }]);
    expect(cent.different[0]?.message).toContain('6.15 × 50 = 307.50 USD');
    // the same resource under another name is a monthly term the list has no row for
    const { offerName: _, ...unnamed } = resource;
    const plain = reconcileSubscriptions(
      [annual],
      [{ ...unnamed, offerName: 'Microsoft 365 Business Basic' }],
      {
        rules: newCommerce,
        prices,
      },
    );
    expect(plain.matched).toEqual([]);
    expect(plain.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('has no row for ProductId CFQ7TTC0LDPB, SkuId 0001'),
    ]);
  });

  it('EST-7: without a base, one issue in the caller’s words, its group unverified, nothing at stake, no missing purchase nor unexpected month', () => {
    const found = reconcileSubscriptions([monthly], [resource], { rules: newCommerce });
    expect([found.matched, found.missing, found.unexpected, found.different]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect([found.unverified, found.atStake]).toEqual([1, []]);
    expect(found.issues).toEqual([
      {
        subscriptionId: 'S1',
        message:
          "in its Extended Service Term (its name says so), priced from a base neither the resource nor the file's UnitPrice gives for sure: its groups are left uncompared (unverified: 1); give options.extendedServiceTermBase (the monthly-term price of one seat for a month) or the price list",
      },
    ]);
    // a base in another currency is the caller's own option at fault, named as such
    const euro = reconcileSubscriptions([monthly], [resource], {
      rules: newCommerce,
      extendedServiceTermBase: { basePrice: { amount: 400, currency: 'EUR' } },
    });
    expect(euro.issues[0]?.message).toMatch(
      /^options\.extendedServiceTermBase\.basePrice\.currency: /,
    );
  });
});

describe('properties', () => {
  it('EST-5: every Extended Service Term month invoiceLines prints of a state read from a resource in it (not knowing since when) carries its fee and its base as UnitPrice; a month starting 1 ms after the range is not printed', () => {
    const resource = {
      id: 'S1',
      offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
      offerName: 'Microsoft 365 Business Basic Extended Service Term',
      quantity: 50,
      productType: { id: 'OnlineServicesNCE' },
      effectiveStartDate: '2027-11-20T00:00:00Z',
      commitmentEndDate: '2027-12-19T00:00:00Z',
      status: 'active',
      autoRenewEnabled: false,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: 'P1M',
      isMicrosoftProduct: true,
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 36 }),
        (base, monthlyPlan, count) => {
          const read = fromPartnerCenterSubscription(resource as never, {
            asOf: '2027-11-20T00:00:00Z',
            price: usd(base),
            extendedServiceTermBase: { basePrice: usd(base), monthlyPlan },
          }).subscription as NewCommerceSubscription;
          const to = new Date(Date.UTC(2027, 10 + count, 20) - 1).toISOString();
          const charges = chargesBetween(read, read.asOf, to).filter(
            (c) => c.kind === 'extended-service-term',
          );
          const printed = invoiceLines(charges, { subscriptionId: 'S1' });
          expect(printed).toHaveLength(count - 1);
          for (const line of printed) {
            expect(line.PriceAdjustmentDescription).toBe(
              `Extended Service Terms ${monthlyPlan ? 3 : 23}% Fee Applied`,
            );
            expect(line.UnitPrice).toBe((base / 100).toFixed(2));
          }
        },
      ),
    );
  });
});
