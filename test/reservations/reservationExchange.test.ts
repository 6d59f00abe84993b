import fc from 'fast-check';
import { formatMessage, type Reservation, reservationExchange } from 'subscription-rules';
import { reservation } from 'subscription-rules/arbitraries';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';

const vm: Reservation = {
  id: 'vm-1y',
  type: 'virtual-machines',
  term: 'P1Y',
  billingPlan: 'upfront',
  purchasedAt: '2027-02-01T00:00:00Z',
  price: { amount: 120_000, currency: 'USD' },
};
const at = '2027-06-01T00:00:00Z';
const refused = {
  ok: false,
  outcome: 'not-exchangeable',
  code: 'NOT_EXCHANGEABLE',
  messageId: 'reservation.not-exchangeable',
  params: { service: 'virtual-machines', closedFrom: '2027-02-01T00:00:00.000Z' },
  message:
    'Reservations bought from 2027-02-01T00:00:00.000Z for a service savings plans cover (virtual-machines) cannot be exchanged.',
};

describe('reservationExchange', () => {
  it('RES-2: a reservation for a service savings plans cover, bought at 2027-02-01T00:00:00Z, cannot be exchanged; one bought 1 ms earlier can', () => {
    expect(reservationExchange(vm, at)).toEqual(refused);
    expect(reservationExchange({ ...vm, purchasedAt: '2027-01-31T23:59:59.999Z' }, at)).toEqual({
      ok: true,
      outcome: 'allowed',
    });
    expect(reservationExchange({ ...vm, purchasedAt: '2027-02-01T00:00:00.001Z' }, at).ok).toBe(
      false,
    );
    // the same instants written in Tokyo time
    expect(
      reservationExchange({ ...vm, purchasedAt: '2027-02-01T08:59:59.999+09:00' }, at).ok,
    ).toBe(true);
    expect(reservationExchange({ ...vm, purchasedAt: '2027-02-01T09:00:00+09:00' }, at).ok).toBe(
      false,
    );
  });

  it('RES-3, RES-2: every service savings plans cover is closed; any other stays open; options.service names the service when the type does not', () => {
    for (const service of [
      'virtual-machines',
      'dedicated-host',
      'app-service',
      'container-instances',
      'functions-premium',
      'container-apps',
      'spring-apps',
    ]) {
      expect(reservationExchange({ ...vm, type: service }, at).outcome, service).toBe(
        'not-exchangeable',
      );
    }
    expect(reservationExchange({ ...vm, type: 'sql-database' }, at).outcome).toBe('allowed');
    expect(reservationExchange({ ...vm, type: 'red-hat' }, at).outcome).toBe('allowed');
    expect(
      reservationExchange({ ...vm, type: 'compute-d-series' }, at, { service: 'app-service' }),
    ).toMatchObject({ outcome: 'not-exchangeable', params: { service: 'app-service' } });
    expect(reservationExchange(vm, at, { service: 'cosmos-db' })).toEqual({
      ok: true,
      outcome: 'allowed',
    });
  });

  it('RES-2: at before the purchase or at the term’s end is OUT_OF_ORDER; a bad service or reservation is named at its field', () => {
    expect(errorOf(() => reservationExchange(vm, '2027-01-31T23:59:59.999Z'))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'at',
    });
    expect(errorOf(() => reservationExchange(vm, '2028-02-01T00:00:00Z'))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'at',
    });
    expect(reservationExchange(vm, '2028-01-31T23:59:59.999Z').outcome).toBe('not-exchangeable');
    expect(errorOf(() => reservationExchange(vm, at, { service: '' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.service',
    });
    expect(errorOf(() => reservationExchange(vm, at, 'x' as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options',
    });
    expect(errorOf(() => reservationExchange({ ...vm, id: undefined } as never, at))).toEqual({
      code: 'MISSING_FIELD',
      path: 'reservation.id',
    });
  });

  it('MSG-1: the refusal in Traditional Chinese, and from its JSON', () => {
    const chinese = reservationExchange(vm, at, { locale: zhHant });
    expect(chinese.ok || chinese.message).toContain('節約方案');
    expect(formatMessage(JSON.parse(JSON.stringify(refused)))).toBe(refused.message);
    if (!chinese.ok) expect(formatMessage(chinese, zhHant)).toBe(chinese.message);
  });

  describe('properties', () => {
    it('RES-2: whether a reservation can be exchanged depends on its purchase instant and service only, never on when it is asked or what it cost', () => {
      fc.assert(
        fc.property(
          reservation({ from: '2026-06-01T00:00:00Z', to: '2027-09-01T00:00:00Z' }),
          fc.nat({ max: 360 * 86_400_000 }),
          (r, later) => {
            const asked = new Date(Date.parse(r.purchasedAt) + later).toISOString();
            const decision = reservationExchange(r, asked);
            const closed =
              r.purchasedAt >= '2027-02-01T00:00:00.000Z' &&
              [
                'virtual-machines',
                'dedicated-host',
                'app-service',
                'container-instances',
                'functions-premium',
                'container-apps',
                'spring-apps',
              ].includes(r.type);
            expect(decision.ok).toBe(!closed);
            expect(reservationExchange({ ...r, price: { ...r.price, amount: 0 } }, asked)).toEqual(
              decision,
            );
          },
        ),
      );
    });

    itKeepsTheContract(
      'reservationExchange',
      reservationExchange,
      reservation({ from: '2026-06-01T00:00:00Z', to: '2027-09-01T00:00:00Z' }).map(
        (r) => [r, r.purchasedAt] as [Reservation, string],
      ),
    );
  });
});
