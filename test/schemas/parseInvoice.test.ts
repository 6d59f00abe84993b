import { fc } from '@fast-check/vitest';
import { parseInvoice } from 'subscription-rules/schemas';
import { tieOut } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { resource } from '../invoices/_worked.ts';

const body = (totalCharges: string, more = ''): string =>
  `{"id":"G000024135","invoiceDate":"2026-11-08T00:00:00Z","billingPeriodStartDate":"2026-10-01T00:00:00Z","billingPeriodEndDate":"2026-10-31T00:00:00Z","totalCharges":${totalCharges},"paidAmount":0,"currencyCode":"USD","documentType":"invoice","invoiceType":"OneTime","invoiceDetails":[{"invoiceLineItemType":"BillingLineItems"}]${more}}`;

describe('parseInvoice', () => {
  it('INV-1: GET /v1/invoices/{id}’s body as JSON text: totalCharges from its digits in minor units, the instants as ISO UTC, the other keys kept', () => {
    const read = parseInvoice(body('2075.89'));
    expect(read).toEqual({
      ok: true,
      value: [
        {
          id: 'G000024135',
          invoiceDate: '2026-11-08T00:00:00.000Z',
          billingPeriodStart: '2026-10-01T00:00:00.000Z',
          billingPeriodEnd: '2026-10-31T00:00:00.000Z',
          totalCharges: { amount: 207589, currency: 'USD' },
          paidAmount: { amount: 0, currency: 'USD' },
          currency: 'USD',
          documentType: 'invoice',
          amendments: [],
          invoiceType: 'OneTime',
          invoiceDetails: [{ invoiceLineItemType: 'BillingLineItems' }],
        },
      ],
    });
  });

  it('INV-1: totalCharges is read from its text, never through a double: 2075.890 is 207589 cents, 2075.891 an INVALID_AMOUNT issue, a 17-digit total exact', () => {
    expect(parseInvoice(body('2075.890')).ok && parseInvoice(body('2075.890'))).toMatchObject({
      value: [{ totalCharges: { amount: 207589 } }],
    });
    const finer = parseInvoice(body('2075.891'));
    expect(finer.ok).toBe(false);
    expect(!finer.ok && finer.issues.map((i) => [i.path, i.code])).toEqual([
      ['totalCharges', 'INVALID_AMOUNT'],
    ]);
    // 90071992547409.91 is no double: through JSON.parse it would be 90071992547409.9
    expect(String(JSON.parse('90071992547409.91'))).not.toBe('90071992547409.91');
    expect(parseInvoice(body('90071992547409.91'))).toMatchObject({
      ok: true,
      value: [{ totalCharges: { amount: Number.MAX_SAFE_INTEGER } }],
    });
  });

  it('INV-1: a list, { "items": [...] } and JSON lines are read alike; issues named by the resource’s place', () => {
    const one = resource('G1', '1.00');
    const two = resource('G2', '2.00');
    const ids = (input: unknown) => {
      const read = parseInvoice(input);
      return read.ok ? read.value.map((i) => i.id) : read.issues.map((i) => i.path);
    };
    expect(ids([one, two])).toEqual(['G1', 'G2']);
    expect(ids({ items: [one, two] })).toEqual(['G1', 'G2']);
    expect(ids(`${JSON.stringify(one)}\n${JSON.stringify(two)}\n`)).toEqual(['G1', 'G2']);
    expect(ids({ items: [one, { ...two, totalCharges: 'x' }] })).toEqual(['items.1.totalCharges']);
    expect(ids(`${JSON.stringify(one)}\n{"id": "G3"`)).toEqual(['']);
  });

  it('INV-1: documentType in any spelling; another value is an issue; amendsOf and amendments read; a D number is legacy', () => {
    const type = (documentType: unknown) => {
      const read = parseInvoice(resource('G1', '-5.00', 'USD', { documentType }));
      return read.ok ? read.value[0]?.documentType : read.issues[0]?.path;
    };
    expect(
      ['Credit Note', 'creditNote', 'CREDIT_NOTE', ' credit-note ', undefined].map(type),
    ).toEqual(['credit-note', 'credit-note', 'credit-note', 'credit-note', 'invoice']);
    expect(['Invoice', 'invoice'].map(type)).toEqual(['invoice', 'invoice']);
    expect(type('Receipt')).toBe('documentType');
    const note = resource('G7', '-50.00', 'USD', { documentType: 'Credit Note', amendsOf: 'G1' });
    const read = parseInvoice(resource('G1', '10.00', 'USD', { amendments: [note] }));
    expect(read.ok && read.value[0]?.amendments[0]).toMatchObject({
      id: 'G7',
      amendsOf: 'G1',
      documentType: 'credit-note',
      totalCharges: { amount: -5000, currency: 'USD' },
    });
    const legacy = parseInvoice(resource('D123456789', '10.00'));
    expect(legacy.ok && legacy.value[0]?.legacy).toBe(true);
  });

  it('ERR-2: never throws: text that is no JSON, a forbidden key, an unknown currency are issues', () => {
    expect(parseInvoice('{"id":')).toMatchObject({
      ok: false,
      issues: [{ path: '', code: 'INVALID_ARGUMENT' }],
    });
    expect(parseInvoice('{"id":"G1","__proto__":{}}')).toMatchObject({ ok: false });
    expect(parseInvoice(resource('G1', 1, 'XYZ'))).toMatchObject({
      ok: false,
      issues: [{ path: 'currencyCode', code: 'UNKNOWN_CURRENCY' }],
    });
    expect(parseInvoice(undefined)).toMatchObject({
      ok: false,
      issues: [{ path: '', code: 'MISSING_FIELD' }],
    });
    expect(parseInvoice('['.repeat(10_000))).toMatchObject({ ok: false });
  });

  describe('properties', () => {
    const resources = fc.record(
      {
        id: fc.oneof(fc.constantFrom('G000024135', 'D1', ''), fc.string()),
        invoiceDate: fc.constantFrom('2026-11-08T00:00:00Z', '2026-11-08', 'nope'),
        totalCharges: fc.oneof(
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
          fc.constantFrom('12.345', '1e2', 'x', null, { amount: 5, currency: 'USD' }),
        ),
        currencyCode: fc.constantFrom('USD', 'jpy', 'JPY', 'XYZ'),
        documentType: fc.constantFrom('invoice', 'Credit Note', 'creditNote', 'Receipt', null),
        amendsOf: fc.constantFrom(undefined, 'G1', 3),
        invoiceType: fc.constantFrom('Recurring', 7, null),
        extra: fc.jsonValue(),
      },
      { requiredKeys: ['id'] },
    );

    it('INV-1: parseInvoice accepts exactly what tieOut accepts: a resource it reads ties out, one it refuses tieOut throws for', () => {
      fc.assert(
        fc.property(resources, (input) => {
          const read = parseInvoice(input);
          let thrown = false;
          try {
            tieOut([input], []);
          } catch {
            thrown = true;
          }
          expect(read.ok).toBe(!thrown);
        }),
      );
    });

    it('INV-1: reading is idempotent: what parseInvoice returns reads back as itself and ties out the same', () => {
      fc.assert(
        fc.property(resources, (input) => {
          const read = parseInvoice(input);
          if (!read.ok) return;
          expect(parseInvoice(read.value)).toEqual(read);
          expect(tieOut(read.value, [])).toEqual(tieOut([input], []));
        }),
      );
    });

    it('INV-1: the JSON text reader keeps every other value as JSON.parse does: strings with escapes, numbers, nesting, any key', () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.string(), (extra, key) => {
          fc.pre(!['__proto__', 'constructor', 'prototype'].includes(key));
          const input = { ...resource('G1', '1.00'), [`x${key}`]: extra };
          const text = JSON.stringify(input);
          expect(parseInvoice(text)).toEqual(parseInvoice(JSON.parse(text)));
        }),
      );
    });

    it('INV-1: JSON text and the value JSON.parse makes of it read the same when the total is a double’s shortest text', () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
          const text = body(String(cents / 100));
          expect(parseInvoice(text)).toEqual(parseInvoice(JSON.parse(text)));
        }),
      );
    });
  });
});
