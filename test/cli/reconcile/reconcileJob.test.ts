import fc from 'fast-check';
import { cancellationDecision } from 'subscription-rules';
import { parsePromotion } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import {
  type FileGroup,
  type JobContext,
  plainMatch,
  type ReconcileJob,
  readFileDecimal,
  reconcileJob,
  termsOfMonth,
} from '../../_private.ts';

const DAY = 86_400_000;
const dayOf = (date: string): number => Math.floor(Date.parse(date) / DAY);
const DECEMBER = { firstDay: dayOf('2026-12-01'), lastDay: dayOf('2026-12-31') };

/** The run's context: December 2026, English, now at its end; the plain way unless `exact`. */
const context = (exact: boolean, window = DECEMBER): JobContext => ({
  window,
  options: {},
  now: Date.parse('2027-01-08T00:00:00Z'),
  tag: 'en',
  noResource: '--subscriptions has no resource for it',
  exact,
});

interface Sub {
  readonly start: string;
  readonly end: string;
  readonly term?: 'P1M' | 'P1Y';
  readonly cycle?: 'monthly' | 'annual';
  readonly quantity?: number;
  readonly more?: Readonly<Record<string, unknown>>;
}

/** A resource as Partner Center returns it. */
const resourceOf = (sub: Sub): Record<string, unknown> => ({
  id: 'sub-1',
  offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
  offerName: 'Microsoft 365 Business Standard',
  quantity: sub.quantity ?? 10,
  unitType: 'Licenses',
  productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
  effectiveStartDate: sub.start,
  commitmentEndDate: sub.end,
  status: 'active',
  autoRenewEnabled: true,
  isTrial: false,
  billingType: 'license',
  billingCycle: sub.cycle ?? 'monthly',
  termDuration: sub.term ?? 'P1Y',
  isMicrosoftProduct: true,
  ...sub.more,
});

/** The charge types whose lines give money back (REC-1). */
const CREDITS = new Set(['removequantity', 'cancelimmediate']);

let rows = 0;
/** A file's group of one line, as the reader sums it. */
function group(
  chargeType: string,
  start: string,
  end: string,
  subtotal: string,
  quantity: string,
  currency = 'USD',
  more: Partial<FileGroup> = {},
): FileGroup {
  const amount = readFileDecimal(subtotal) as { units: number | bigint; scale: number };
  const seats = readFileDecimal(quantity) as { units: number | bigint; scale: number };
  return {
    subscriptionId: 'sub-1',
    chargeType,
    chargeKey: chargeType.toLowerCase(),
    known: true,
    credit: CREDITS.has(chargeType.toLowerCase()),
    startDay: dayOf(start),
    endDay: dayOf(end),
    currency,
    lines: 1,
    rows: [++rows],
    negativeLines: 0,
    positiveLines: 1,
    quantities: [seats],
    subtotalUnits: amount.units,
    subtotalScale: amount.scale,
    quantityUnits: seats.units,
    quantityScale: seats.scale,
    priceUnits: undefined,
    priceScale: 0,
    est: false,
    ...more,
  };
}

const job = (
  sub: Sub,
  groups: readonly FileGroup[],
  price: Record<string, string> = { UnitPrice: '150.00', Currency: 'USD' },
): ReconcileJob => ({
  seq: 0,
  id: 'sub-1',
  resource: resourceOf(sub),
  groups,
  price: { price: price as never },
  unreadRows: undefined,
  fileSeats: undefined,
  labels: { customerId: 'c-1' },
});

/** Both ways' results, which must be the same; and whether the plain way took it. */
function bothWays(input: ReconcileJob, window = DECEMBER) {
  const plain = reconcileJob(input, context(false, window));
  const exact = reconcileJob(input, context(true, window));
  return { plain, exact, direct: plainMatch(input, window, cancellationDecision) !== undefined };
}

describe('the plain way of reconcile (REC-3)', () => {
  it('REC-3: a monthly term renewed on the 14th is billed renew 150.00 × 10 = 1500.00 for 2026-12-14 … 2027-01-13, matched directly', () => {
    const input = job({ start: '2026-03-14T09:30:00Z', end: '2027-01-13T00:00:00Z', term: 'P1M' }, [
      group('renew', '2026-12-14', '2027-01-13', '1500.00', '10'),
    ]);
    const { plain, exact, direct } = bothWays(input);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.comparison.matched).toHaveLength(1);
    expect(plain.findings).toEqual([]);
  });

  it('REC-3: an annual term billed monthly is billed its month, 1800.00 / 12 × 10 = 1500.00 (a cycle), matched directly', () => {
    const input = job(
      { start: '2026-05-20T10:00:00Z', end: '2027-05-19T00:00:00Z' },
      [group('cycleCharge', '2026-12-20', '2027-01-19', '1500.00', '10')],
      { UnitPrice: '1800.0000', Currency: 'USD', TermDuration: 'P1Y', BillingPlan: 'Monthly' },
    );
    const { plain, exact, direct } = bothWays(input);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.comparison.matched).toHaveLength(1);
  });

  it('REC-3: an annual term billed yearly renewed in December is billed renew 1800.00 × 3 = 5400.00 for the year, matched directly', () => {
    const input = job(
      {
        start: '2025-12-05T08:00:00Z',
        end: '2027-12-04T00:00:00Z',
        cycle: 'annual',
        quantity: 3,
      },
      [group('Renew', '2026-12-05', '2027-12-04', '5400.00', '3')],
      { UnitPrice: '1800', Currency: 'USD', TermDuration: 'P1Y', BillingPlan: 'Annual' },
    );
    const { plain, exact, direct } = bothWays(input);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.comparison.matched).toHaveLength(1);
  });

  it('REC-3: a purchase on 2026-12-10 at 23:59 is billed new 15.00 × 10 = 150.00 for 2026-12-10 … 2027-01-09, matched directly', () => {
    const input = job(
      { start: '2026-12-10T23:59:00Z', end: '2027-12-09T00:00:00Z' },
      [group('new', '2026-12-10', '2027-01-09', '150.00', '10')],
      { UnitPrice: '15', Currency: 'USD' },
    );
    const { plain, exact, direct } = bothWays(input);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.comparison.matched).toHaveLength(1);
  });

  it('REC-3: a term anchored on the 31st renews on 2026-12-31 — renew 10 × 7.20 = 72.00 for 2026-12-31 … 2027-01-30 after the cycle of 2026-11-30 … 2026-12-30 — matched directly', () => {
    const input = job(
      { start: '2026-10-31T00:00:00Z', end: '2027-01-30T00:00:00Z', term: 'P1M' },
      [group('renew', '2026-12-31', '2027-01-30', '72.00', '10')],
      { UnitPrice: '7.2000', Currency: 'USD', TermDuration: 'P1M', BillingPlan: 'Monthly' },
    );
    const { plain, exact, direct } = bothWays(input);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
  });

  it('REC-3: a purchase at 2026-12-01T00:00:00.000Z is December’s (new 150.00 × 10 = 1500.00 for 2026-12-01 … 2026-12-31); one at 2026-11-30T23:59:59.999Z is November’s, its cycle of 2026-12-30 December’s — both matched directly', () => {
    const atStart = job({ start: '2026-12-01T00:00:00.000Z', end: '2027-11-30T00:00:00Z' }, [
      group('new', '2026-12-01', '2026-12-31', '1500.00', '10'),
    ]);
    const before = job({ start: '2026-11-30T23:59:59.999Z', end: '2027-11-29T00:00:00Z' }, [
      group('cycleCharge', '2026-12-30', '2027-01-29', '1500.00', '10'),
    ]);
    for (const input of [atStart, before]) {
      const { plain, exact, direct } = bothWays(input);
      expect(direct).toBe(true);
      expect(plain).toEqual(exact);
      expect(plain.comparison.matched).toHaveLength(1);
    }
    // the November purchase's own line in December's file is not December's to bill
    const billedAgain = job({ start: '2026-11-30T23:59:59.999Z', end: '2027-11-29T00:00:00Z' }, [
      group('new', '2026-11-30', '2026-12-29', '1500.00', '10'),
      group('cycleCharge', '2026-12-30', '2027-01-29', '1500.00', '10'),
    ]);
    expect(plainMatch(billedAgain, DECEMBER, cancellationDecision)).toBeUndefined();
    expect(reconcileJob(billedAgain, context(false))).toEqual(
      reconcileJob(billedAgain, context(true)),
    );
  });

  it('REC-3: an EffectiveUnitPrice printed otherwise (149.99 for 150.00) is a matched group with a note both ways', () => {
    const input = job({ start: '2026-03-14T09:30:00Z', end: '2027-01-13T00:00:00Z', term: 'P1M' }, [
      group('renew', '2026-12-14', '2027-01-13', '1500.00', '10', 'USD', {
        priceUnits: 14999,
        priceScale: 2,
      }),
    ]);
    const { plain, exact, direct } = bothWays(input);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.comparison.matched[0]?.notes).toHaveLength(1);
  });

  it('REC-3: seats added in the month billed other money (121.00 for the 242.00 the rules bill) take the exact replay, and so does a cent too much (1500.01)', () => {
    const sub = {
      start: '2026-03-14T09:30:00Z',
      end: '2027-01-13T00:00:00Z',
      term: 'P1M' as const,
    };
    const added = job(sub, [
      group('renew', '2026-12-14', '2027-01-13', '1500.00', '10'),
      group('addQuantity', '2026-12-20', '2027-01-13', '121.00', '1'),
    ]);
    expect(plainMatch(added, DECEMBER, cancellationDecision)).toBeUndefined();
    const cent = job(sub, [group('renew', '2026-12-14', '2027-01-13', '1500.01', '10')]);
    expect(plainMatch(cent, DECEMBER, cancellationDecision)).toBeUndefined();
    const found = reconcileJob(cent, context(false));
    expect(found).toEqual(reconcileJob(cent, context(true)));
    expect(found.findings.map((finding) => finding.finding)).toEqual(['different']);
  });
});

describe('the plain way of a change of seats (REC-3, CHG-2, NCE-6, NCE-4)', () => {
  /** A monthly term renewed on the 14th, at 150.00 a month a seat. */
  const renewed = (quantity: number): Sub => ({
    start: '2026-03-14T09:30:00Z',
    end: '2027-01-13T00:00:00Z',
    term: 'P1M',
    quantity,
  });
  /** A job whose file's lines leave `seats` seats (its latest line's Quantity). */
  const seated = (input: ReconcileJob, seats: number | undefined): ReconcileJob => ({
    ...input,
    fileSeats: seats === undefined ? undefined : { seats, row: 1 },
  });
  const findingsOf = (input: ReconcileJob) =>
    reconcileJob(input, context(false)).findings.map((finding) => finding.finding);

  it('CHG-2: 2 seats added on 2026-12-20 to 10 renewed on 2026-12-14 bill addQuantity r(r(15000·2/31)·25/2)·2 = r(968·25/2)·2 = 242.00 for 2026-12-20 … 2027-01-13, beside renew 1500.00 — matched directly; 242.01 is different', () => {
    const input = seated(
      job(renewed(12), [
        group('renew', '2026-12-14', '2027-01-13', '1500.00', '10'),
        group('addQuantity', '2026-12-20', '2027-01-13', '242.00', '2'),
      ]),
      12,
    );
    const { plain, exact, direct } = bothWays(input);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.comparison.matched).toHaveLength(2);
    expect(plain.findings).toEqual([]);
    const cent = seated(
      job(renewed(12), [
        group('renew', '2026-12-14', '2027-01-13', '1500.00', '10'),
        group('addQuantity', '2026-12-20', '2027-01-13', '242.01', '2'),
      ]),
      12,
    );
    expect(plainMatch(cent, DECEMBER, cancellationDecision)).toBeUndefined();
    const { plain: seen, exact: replayed } = bothWays(cent);
    expect(seen).toEqual(replayed);
    expect(findingsOf(cent)).toEqual(['different']);
  });

  it('CHG-2, REC-2: the same addition printed as two lines — the 10 seats back, −r(r(150000/31)·25/10)·10 = −1209.80, and 12 charged, r(r(180000/31)·25/12)·12 = 1451.52 — nets 241.72 for 2 seats, matched directly', () => {
    const twoLines = group('addQuantity', '2026-12-20', '2027-01-13', '241.72', '2', 'USD', {
      lines: 2,
      rows: [++rows, ++rows],
      negativeLines: 1,
      positiveLines: 1,
      quantities: null,
    });
    const input = seated(
      job(renewed(12), [group('renew', '2026-12-14', '2027-01-13', '1500.00', '10'), twoLines]),
      12,
    );
    const { plain, exact, direct } = bothWays(input);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.findings).toEqual([]);
  });

  it('CHG-2, CHG-1: seats added on the renewal’s own day (2026-12-14 00:00) come after it: renew 10 × 150.00 = 1500.00 and addQuantity for the whole period, r(968·31/2)·2 = 300.08; a day earlier (2026-12-13) they are the November period’s last day, r(1000·1/2)·2 = 10.00, and the renewal bills 12 × 150.00 = 1800.00 — both matched directly', () => {
    const onTheDay = seated(
      job(renewed(12), [
        group('renew', '2026-12-14', '2027-01-13', '1500.00', '10'),
        group('addQuantity', '2026-12-14', '2027-01-13', '300.08', '2'),
      ]),
      12,
    );
    const dayBefore = seated(
      job(renewed(12), [
        group('addQuantity', '2026-12-13', '2026-12-13', '10.00', '2'),
        group('renew', '2026-12-14', '2027-01-13', '1800.00', '12'),
      ]),
      12,
    );
    for (const input of [onTheDay, dayBefore]) {
      const { plain, exact, direct } = bothWays(input);
      expect(direct).toBe(true);
      expect(plain).toEqual(exact);
      expect(plain.findings).toEqual([]);
    }
  });

  /** 10 seats bought on 2026-12-03 at `time`, an annual term billed monthly at 15.00 a month. */
  const bought = (time: string, quantity: number, more: Record<string, unknown> = {}): Sub => ({
    start: `2026-12-03T${time}Z`,
    end: '2027-12-02T00:00:00Z',
    quantity,
    more,
  });
  const PRICE = { UnitPrice: '15', Currency: 'USD' };
  const purchase = () => group('new', '2026-12-03', '2027-01-02', '150.00', '10');

  it('NCE-6, NCE-5: 4 of 10 seats removed on 2026-12-07 (the credit’s line from 2026-12-08) give back 4 × 15.00 − r(r(6000/31)·5/4)·4 = 6000 − 972 = 50.28 — matched directly; a seat off (−5) is different', () => {
    const input = seated(
      job(
        bought('10:00:00', 6),
        [purchase(), group('removeQuantity', '2026-12-08', '2027-01-02', '-50.28', '-4')],
        PRICE,
      ),
      6,
    );
    const { plain, exact, direct } = bothWays(input);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.comparison.matched).toHaveLength(2);
    expect(plain.findings).toEqual([]);
    const seat = seated(
      job(
        bought('10:00:00', 6),
        [purchase(), group('removeQuantity', '2026-12-08', '2027-01-02', '-50.28', '-5')],
        PRICE,
      ),
      6,
    );
    expect(plainMatch(seat, DECEMBER, cancellationDecision)).toBeUndefined();
    expect(reconcileJob(seat, context(false))).toEqual(reconcileJob(seat, context(true)));
  });

  it('NCE-6: the 7 calendar days of a purchase at 2026-12-03T00:00:00.000Z close at 2026-12-11T00:00:00.000Z: seats removed on 2026-12-10 (the line from 2026-12-11, −44.48 = −(6000 − r(194·8/4)·4)) are matched directly; removed at the window’s very end (the line from 2026-12-12, −42.52 = −(6000 − r(194·9/4)·4)) they are refused, which the exact replay says', () => {
    const inside = seated(
      job(
        bought('00:00:00.000', 6),
        [purchase(), group('removeQuantity', '2026-12-11', '2027-01-02', '-44.48', '-4')],
        PRICE,
      ),
      6,
    );
    const { plain, exact, direct } = bothWays(inside);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.findings).toEqual([]);
    const past = seated(
      job(
        bought('00:00:00.000', 6),
        [purchase(), group('removeQuantity', '2026-12-12', '2027-01-02', '-42.52', '-4')],
        PRICE,
      ),
      6,
    );
    expect(plainMatch(past, DECEMBER, cancellationDecision)).toBeUndefined();
    const found = reconcileJob(past, context(false));
    expect(found).toEqual(reconcileJob(past, context(true)));
    expect(found.refused).toBe(1);
  });

  it('NCE-4, NCE-5: a purchase of 10 seats cancelled on 2026-12-07 (its line from 2026-12-08, the resource deleted) gives back 15000 − r(r(15000/31)·5/10)·10 = 15000 − 2420 = 125.80 — matched directly; a day off (the line from 2026-12-09) is not', () => {
    const input = job(
      bought('10:00:00', 10, { status: 'deleted' }),
      [purchase(), group('cancelImmediate', '2026-12-08', '2027-01-02', '-125.80', '-10')],
      PRICE,
    );
    const { plain, exact, direct } = bothWays(input);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.findings).toEqual([]);
    const dayOff = job(
      bought('10:00:00', 10, { status: 'deleted' }),
      [purchase(), group('cancelImmediate', '2026-12-09', '2027-01-02', '-125.80', '-10')],
      PRICE,
    );
    expect(plainMatch(dayOff, DECEMBER, cancellationDecision)).toBeUndefined();
    const found = reconcileJob(dayOff, context(false));
    expect(found).toEqual(reconcileJob(dayOff, context(true)));
    expect(found.findings.length).toBeGreaterThan(0);
  });

  it('NCE-4: a cancellation on 2026-12-10 (the line from 2026-12-11, −111.30 = −(15000 − r(484·8/10)·10)) is inside the 7 calendar days of a purchase at 2026-12-03T00:00:00.000Z — matched directly; at their end, 2026-12-11T00:00:00.000Z (the line from 2026-12-12, −106.40), it is not cancellable, which the exact replay says', () => {
    const inside = job(
      bought('00:00:00.000', 10, { status: 'deleted' }),
      [purchase(), group('cancelImmediate', '2026-12-11', '2027-01-02', '-111.30', '-10')],
      PRICE,
    );
    const { plain, exact, direct } = bothWays(inside);
    expect(direct).toBe(true);
    expect(plain).toEqual(exact);
    expect(plain.findings).toEqual([]);
    const past = job(
      bought('00:00:00.000', 10, { status: 'deleted' }),
      [purchase(), group('cancelImmediate', '2026-12-12', '2027-01-02', '-106.40', '-10')],
      PRICE,
    );
    expect(plainMatch(past, DECEMBER, cancellationDecision)).toBeUndefined();
    const found = reconcileJob(past, context(false));
    expect(found).toEqual(reconcileJob(past, context(true)));
    expect(found.refused).toBe(1);
  });

  it('PCR-1, NCE-4, NCE-6: a cancellation window the resource states (cancellationAllowedUntilDate) decides a change the plain way as in the replay: the cancellation and the removal of 2026-12-07 00:00 (lines from 2026-12-08) are matched directly until 2026-12-07T00:00:00.001Z, 23:59:30 meaning the end of that day; at 2026-12-07T00:00:00.000Z, on 2026-12-05 or with none stated (null) both are refused both ways', () => {
    const changes = {
      cancel: {
        seats: 10,
        more: { status: 'deleted' },
        line: group('cancelImmediate', '2026-12-08', '2027-01-02', '-125.80', '-10'),
      },
      remove: {
        seats: 6,
        more: {},
        line: group('removeQuantity', '2026-12-08', '2027-01-02', '-50.28', '-4'),
      },
    };
    for (const { seats, more, line } of Object.values(changes))
      for (const [stated, open] of [
        ['2026-12-07T00:00:00.001Z', true],
        ['2026-12-07T23:59:30Z', true],
        ['2026-12-20T00:00:00Z', true],
        ['2026-12-07T00:00:00.000Z', false],
        ['2026-12-05T00:00:00Z', false],
        [null, false],
      ] as const) {
        const input = seated(
          job(
            bought('10:00:00', seats, { ...more, cancellationAllowedUntilDate: stated }),
            [purchase(), line],
            PRICE,
          ),
          seats,
        );
        const { plain, exact, direct } = bothWays(input);
        expect(plain).toEqual(exact);
        expect(direct).toBe(open);
        expect(plain.refused).toBe(open ? 0 : 1);
        if (open) expect(plain.findings).toEqual([]);
      }
  });

  it('REC-3: two changes in the month (seats added on 2026-12-20 and removed on 2026-12-22) take the exact replay', () => {
    const input = seated(
      job(renewed(11), [
        group('renew', '2026-12-14', '2027-01-13', '1500.00', '10'),
        group('addQuantity', '2026-12-20', '2027-01-13', '242.00', '2'),
        group('removeQuantity', '2026-12-23', '2027-01-13', '-100.00', '-1'),
      ]),
      11,
    );
    expect(plainMatch(input, DECEMBER, cancellationDecision)).toBeUndefined();
    expect(reconcileJob(input, context(false))).toEqual(reconcileJob(input, context(true)));
  });
});

describe('the exact way counts its matched groups (REC-3)', () => {
  it('REC-3: a group matched with a note (149.99 printed for 150.00) is counted alike whether the outcome is kept to be explained or not, beside a group that differs (1500.01)', () => {
    const sub = {
      start: '2026-03-14T09:30:00Z',
      end: '2027-01-13T00:00:00Z',
      term: 'P1M' as const,
    };
    const noted = group('renew', '2026-12-14', '2027-01-13', '1500.00', '10', 'USD', {
      priceUnits: 14999,
      priceScale: 2,
    });
    for (const [groups, notes, findings] of [
      [[noted], [[0]], []],
      [[group('renew', '2026-12-14', '2027-01-13', '1500.01', '10')], [], ['different']],
    ] as const) {
      const input = job(sub, [...groups]);
      const counted = reconcileJob(input, context(true));
      const { outcome, ...kept } = reconcileJob(input, context(true), true);
      expect(counted).toEqual(kept);
      // the kept outcome holds the matches in full, the counted result their notes only
      expect(outcome?.comparison.matched.map((match) => match.notes.length)).toEqual(
        notes.map((note) => note.length),
      );
      expect(counted.comparison.matched).toEqual(notes.map((note) => ({ notes: note })));
      expect(counted.findings.map((finding) => finding.finding)).toEqual(findings);
    }
  });
});

describe('the plain way and promotions (REC-3, PL-5)', () => {
  const sub = { start: '2026-03-14T09:30:00Z', end: '2027-01-13T00:00:00Z', term: 'P1M' as const };
  const renewal = [group('renew', '2026-12-14', '2027-01-13', '1500.00', '10')];
  it('REC-3, PL-5: a resource naming a promotion takes the exact replay, which reads the promotion it names (PL-5), and finds what forcing it finds', () => {
    const named = job({ ...sub, more: { promotionId: '39NFJQT1Q5KL:0001' } }, renewal);
    expect(plainMatch(named, DECEMBER, cancellationDecision)).toBeUndefined();
    const found = reconcileJob(named, context(false));
    expect(found).toEqual(reconcileJob(named, context(true)));
    expect(found.findings).toEqual([]);
    // the same resource without the promotion it names is matched directly
    expect(plainMatch(job(sub, renewal), DECEMBER, cancellationDecision)).toEqual([false]);
  });
  it('REC-3, PL-5: with promotions given to the run, a subscription billed plainly takes the exact replay: a listed 5 % promotion discounts its renewal of 2026-12-14 to 1425.00, so a file billing 1500.00 differs', () => {
    const plain = job(sub, renewal);
    const parsed = parsePromotion({
      id: '39NFJQT1PJQB:0001:39NFJQT1Q5KN',
      name: 'Business Standard, December',
      startDate: '2026-12-01T00:00:00+00:00',
      endDate: '2026-12-31T23:59:59+00:00',
      requiredProducts: [
        {
          productId: 'CFQ7TTC0LDPB',
          skuId: '0001',
          term: { duration: 'P1M', billingCycle: 'Monthly' },
          pricingPolicies: [{ policyType: 'PercentDiscount', value: '0.05' }],
        },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const promotions = [parsed.value];
    // alone, the plain way would have matched it at the full price
    expect(plainMatch(plain, DECEMBER, cancellationDecision)).toEqual([false]);
    const seen = reconcileJob(plain, { ...context(false), promotions });
    expect(seen).toEqual(reconcileJob(plain, { ...context(true), promotions }));
    expect(seen.findings.map((finding) => finding.finding)).toEqual(['different']);
    expect(JSON.stringify(seen.findings)).toContain('1425.00');
  });
});

/** A resource of any plain or nearly plain shape, its window and price. */
const histories = fc
  .record({
    startMs: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 0, 31) }),
    offsetDays: fc.integer({ min: -45, max: 900 }),
    length: fc.constantFrom(27, 28, 29, 30, 31, 45, 70),
    term: fc.constantFrom<'P1M' | 'P1Y'>('P1M', 'P1Y'),
    cycle: fc.constantFrom<'monthly' | 'annual'>('monthly', 'monthly', 'annual'),
    quantity: fc.integer({ min: 1, max: 500 }),
    cents: fc.integer({ min: 0, max: 400_000 }),
    currency: fc.constantFrom('USD', 'EUR', 'JPY', 'BHD'),
    row: fc.constantFrom('period', 'term', 'term-lower'),
    stated: fc.constantFrom('fetched', 'fetched', 'fetched', 'earlier', 'later-year'),
    change: fc.record({
      kind: fc.constantFrom('none', 'none', 'add', 'add', 'remove', 'cancel'),
      // a removal or a cancellation days after a purchase the window holds, or any day of it
      bought: fc.boolean(),
      rel: fc.integer({ min: 0, max: 9 }),
      dayAt: fc.nat(80),
      seats: fc.integer({ min: 1, max: 20 }),
      deleted: fc.boolean(),
      fileSeats: fc.boolean(),
    }),
    more: fc.constantFrom<Record<string, unknown>>(
      {},
      {},
      {},
      {},
      {},
      {},
      {},
      {},
      { status: 'suspended' },
      { status: 'deleted' },
      { autoRenewEnabled: false },
      { offerName: 'Microsoft 365 E3 Extended Service Term' },
      { isTrial: true },
      { billingType: 'usage' },
      { cancellationAllowedUntilDate: '2026-12-20T00:00:00Z' },
      { quantity: 0 },
    ),
    // a cancellation window the resource states, hours after its start (PCR-1), or none (null)
    window: fc.constantFrom<number | null | undefined>(
      undefined,
      undefined,
      undefined,
      null,
      -1,
      30,
      100,
      167,
      168,
      180,
      191,
      192,
      300,
    ),
  })
  .map((h) => {
    const { change } = h;
    const bought = change.kind !== 'none' && change.bought;
    const firstDay = Math.floor(h.startMs / DAY) + (bought ? -(change.rel % 4) : h.offsetDays);
    const window = { firstDay, lastDay: firstDay + h.length - 1 };
    const fetchedMs = (window.lastDay + 8) * DAY;
    const months = h.term === 'P1M' ? 1 : 12;
    const anchor = new Date(Math.floor(h.startMs / DAY) * DAY);
    const termEnd = (n: number) =>
      Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + n * months, 1) +
      (Math.min(
        anchor.getUTCDate(),
        new Date(
          Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + n * months + 1, 0),
        ).getUTCDate(),
      ) -
        1) *
        DAY;
    let n = 1;
    while (termEnd(n) <= fetchedMs) n++;
    const endMs =
      h.stated === 'earlier'
        ? termEnd(Math.max(1, n - 1)) - 40 * DAY
        : h.stated === 'later-year'
          ? termEnd(n) + 365 * DAY
          : termEnd(n);
    const decimals = h.currency === 'JPY' ? 0 : h.currency === 'BHD' ? 3 : 2;
    const periodsInTerm = h.term === 'P1M' ? 1 : h.cycle === 'monthly' ? 12 : 1;
    const text = (minor: number) =>
      decimals === 0 ? String(minor) : (minor / 10 ** decimals).toFixed(decimals);
    const price: Record<string, string> =
      h.row === 'period'
        ? { UnitPrice: text(h.cents), Currency: h.currency }
        : {
            UnitPrice: text(h.cents * periodsInTerm),
            Currency: h.currency,
            TermDuration: h.row === 'term' ? h.term : h.term.toLowerCase(),
            BillingPlan: h.cycle === 'monthly' ? 'Monthly' : 'annual',
          };
    // the change's line's first day; the seats the resource holds after it
    const day =
      change.kind === 'none'
        ? 0
        : bought
          ? Math.floor(h.startMs / DAY) + change.rel
          : firstDay + (change.dayAt % h.length);
    const removed = Math.min(change.seats, Math.max(1, h.quantity - 1));
    const quantity =
      change.kind === 'add'
        ? h.quantity + change.seats
        : change.kind === 'remove'
          ? h.quantity - removed
          : h.quantity;
    const sub: Sub = {
      start: new Date(h.startMs).toISOString(),
      end: new Date(endMs - DAY).toISOString(),
      term: h.term,
      cycle: h.cycle,
      quantity,
      more: {
        ...(change.kind === 'cancel' && change.deleted ? { status: 'deleted' } : {}),
        ...(h.window === undefined
          ? {}
          : {
              cancellationAllowedUntilDate:
                h.window === null ? null : new Date(h.startMs + h.window * 3_600_000).toISOString(),
            }),
        ...h.more,
      },
    };
    const changed =
      change.kind === 'none'
        ? undefined
        : {
            chargeType:
              change.kind === 'add'
                ? 'addQuantity'
                : change.kind === 'remove'
                  ? 'removeQuantity'
                  : 'cancelImmediate',
            day,
            seats: change.kind === 'add' ? change.seats : change.kind === 'remove' ? removed : 0,
            // the seats the file's latest line leaves (none after a cancellation)
            fileSeats: change.kind !== 'cancel' && change.fileSeats ? quantity : undefined,
          };
    return { sub, window, price, changed };
  });

/** A history's one change of seats: its charge type, first day, seats, and the seats left. */
type Changed = {
  readonly chargeType: string;
  readonly day: number;
  readonly seats: number;
  readonly fileSeats: number | undefined;
};

/**
 * What the exact replay expects of a history: its missing groups, printed as the file's. A change
 * of seats is replayed from its group's first day and seats alone, so a group of any money on
 * that day makes the replay say the change's own line (missing, or different on the same days).
 */
function expectedGroups(
  sub: Sub,
  window: { firstDay: number; lastDay: number },
  price: Record<string, string>,
  changed?: Changed,
): FileGroup[] {
  const day = changed === undefined ? '' : new Date(changed.day * DAY).toISOString().slice(0, 10);
  const seats = changed?.seats ?? 0;
  const placed =
    changed === undefined
      ? []
      : [
          group(
            changed.chargeType,
            day,
            day,
            changed.chargeType === 'addQuantity' ? '0.01' : '-0.01',
            String(changed.chargeType === 'addQuantity' ? seats : -Math.max(seats, 1)),
          ),
        ];
  // billed as the rules' own window has it: a shorter window the resource states (PCR-1) leaves
  // a change's line in the file that both ways must then refuse
  const { cancellationAllowedUntilDate: _stated, ...rules } = sub.more ?? {};
  const found = reconcileJob(job({ ...sub, more: rules }, placed, price), context(true, window));
  return found.findings.flatMap((finding) =>
    finding.finding === 'missing' || finding.finding === 'different'
      ? [
          group(
            finding.chargeType,
            finding.chargeStartDate,
            finding.chargeEndDate,
            finding.expected.Subtotal,
            finding.expected.BillableQuantity,
            finding.currency ?? undefined,
          ),
        ]
      : [],
  );
}

/** The mistakes a file may hold, planted in the groups the rules expect. */
const MISTAKES = [
  'none',
  'none',
  'none',
  'none',
  'none',
  'none',
  'cent',
  'seat',
  'drop',
  'extra',
  'currency',
  'note',
  'promotion',
  'added',
  'two-line',
  'no-currency',
  'file-seats',
  'unread',
  'unknown',
  'day',
  'change-cent',
  'change-day',
  'change-seat',
] as const;

/** Whether a group changes seats. */
const isChange = (g: FileGroup): boolean =>
  g.chargeKey === 'addquantity' ||
  g.chargeKey === 'removequantity' ||
  g.chargeKey === 'cancelimmediate';

function plant(
  groups: FileGroup[],
  mistake: (typeof MISTAKES)[number],
  at: number,
): { groups: FileGroup[]; fileSeats?: { seats: number; row: number }; unread?: number[] } {
  // a mistake of the change's own group, when there is one
  const own = mistake.startsWith('change-') ? groups.findIndex(isChange) : -1;
  const i = own >= 0 ? own : groups.length === 0 ? -1 : at % groups.length;
  const target = groups[i];
  const swap = (more: Partial<FileGroup>): FileGroup[] =>
    groups.map((g, j) => (j === i ? { ...g, ...more } : g));
  switch (mistake) {
    case 'day':
    case 'change-day':
      return target === undefined
        ? { groups }
        : { groups: swap({ startDay: target.startDay + 1 }) };
    case 'cent':
    case 'change-cent':
      return target === undefined
        ? { groups }
        : { groups: swap({ subtotalUnits: BigInt(target.subtotalUnits) + 1n }) };
    case 'seat':
    case 'change-seat':
      return target === undefined
        ? { groups }
        : { groups: swap({ quantityUnits: BigInt(target.quantityUnits) + 1n }) };
    case 'drop':
      return { groups: groups.filter((_, j) => j !== i) };
    case 'extra':
      return {
        groups: [
          ...groups,
          group('cycleCharge', '2026-12-02', '2027-01-01', '10.00', '1', target?.currency),
        ],
      };
    case 'currency':
      return { groups: swap({ currency: target?.currency === 'USD' ? 'EUR' : 'USD' }) };
    case 'note':
      return { groups: swap({ priceUnits: 1n, priceScale: 0 }) };
    case 'promotion':
      return { groups: swap({ promotionId: 'PROMO-1' }) };
    case 'added':
      return {
        groups: [
          ...groups,
          group('addQuantity', '2026-12-20', '2027-01-13', '12.00', '1', target?.currency),
        ],
      };
    case 'two-line':
      return { groups: swap({ lines: 2, negativeLines: 1, positiveLines: 1, quantities: null }) };
    case 'no-currency':
      return { groups: swap({ currency: undefined }) };
    case 'file-seats':
      return { groups, fileSeats: { seats: 7, row: 1 } };
    case 'unread':
      return { groups, unread: [99] };
    case 'unknown':
      return { groups: swap({ known: false, chargeType: 'tierTransitionFee', chargeKey: 'x' }) };
    default:
      return { groups };
  }
}

/**
 * A history's job with a mistake planted in the groups the rules expect (its seats from the
 * file's latest line, or a mistake's), and its window.
 */
const plantedJobs = fc
  .tuple(histories, fc.constantFrom(...MISTAKES), fc.nat())
  .map(([{ sub, window, price, changed }, mistake, at]) => {
    const planted = plant(expectedGroups(sub, window, price, changed), mistake, at);
    const input: ReconcileJob = {
      ...job(sub, planted.groups, price),
      fileSeats:
        planted.fileSeats ??
        (changed?.fileSeats === undefined ? undefined : { seats: changed.fileSeats, row: 1 }),
      unreadRows: planted.unread,
    };
    return { input, window, groups: planted.groups };
  });

describe('properties', () => {
  it('REC-3, CHG-2, NCE-6, NCE-4, PCR-1: on every history — seats added, removed or cancelled once, a cancellation window the resource states or none, a cent, a day or a seat off — the plain way finds what the exact replay finds, finding for finding (same order, money, labels and tallies)', () => {
    let direct = 0;
    const changedDirect = { addquantity: 0, removequantity: 0, cancelimmediate: 0 };
    fc.assert(
      fc.property(plantedJobs, ({ input, window, groups }) => {
        const plain = reconcileJob(input, context(false, window));
        const exact = reconcileJob(input, context(true, window));
        expect(plain).toEqual(exact);
        if (plainMatch(input, window, cancellationDecision) !== undefined) {
          direct++;
          expect(exact.findings).toEqual([]);
          for (const g of groups)
            if (g.chargeKey in changedDirect)
              changedDirect[g.chargeKey as keyof typeof changedDirect]++;
        }
      }),
      { numRuns: 4000 },
    );
    // the property is about the plain way: a good share of the histories must take it, with
    // seats added, removed and cancelled among them
    expect(direct).toBeGreaterThan(300);
    expect(changedDirect.addquantity).toBeGreaterThan(50);
    expect(changedDirect.removequantity).toBeGreaterThan(20);
    expect(changedDirect.cancelimmediate).toBeGreaterThan(20);
  });

  it('REC-5, REC-3: a job handed its terms of the month read once (as replayInputs reads them for the plain way and the replay) finds what a job whose every step reads them finds, both ways, finding for finding', () => {
    fc.assert(
      fc.property(plantedJobs, ({ input, window }) => {
        const resource = input.resource as Readonly<Record<string, unknown>>;
        const handed: ReconcileJob = {
          ...input,
          monthTerms: { terms: termsOfMonth(resource, window, input.groups) },
        };
        for (const exact of [false, true])
          expect(reconcileJob(handed, context(exact, window))).toEqual(
            reconcileJob(input, context(exact, window)),
          );
      }),
      { numRuns: 1000 },
    );
  });
});
