import fc from 'fast-check';
import { parseSupportRequest } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';

const valid = {
  customer: { tenantId: '6B29FC40-CA47-1067-B31D-00DD010662DA' },
  orderId: 'ORD-2020-0001',
  reason: 'Windows 7 ESU bought for the wrong customer',
  amountRequested: { amount: 12_500, currency: 'USD' },
  contact: { name: 'Ana Silva', email: 'ana@fabrikam.example', phone: '+1 (425) 555-0100' },
  attachments: ['invoice-0001.pdf'],
};
type Json = Record<string, any>;
const copy = (): Json => JSON.parse(JSON.stringify(valid));

function pathsOf(input: unknown): string[] {
  const result = parseSupportRequest(input);
  if (result.ok) throw new Error('expected issues');
  for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
  return result.issues.map((issue) => issue.path);
}

describe('parseSupportRequest', () => {
  it('SUP-1: a valid request comes back with the problem type added and the tenant GUID in lower case', () => {
    expect(parseSupportRequest(valid)).toEqual({
      ok: true,
      value: {
        problemType: 'CSP Purchase/Refund on behalf of customers',
        ...valid,
        customer: { tenantId: '6b29fc40-ca47-1067-b31d-00dd010662da' },
      },
    });
  });

  it('SUP-1: a customer by domain and a subscription instead of an order are accepted', () => {
    const { orderId: _, attachments: __, ...rest } = copy();
    const result = parseSupportRequest({
      ...rest,
      customer: { domain: 'Contoso.OnMicrosoft.com' },
      subscriptionId: 'a9f1c2d3-0000-4000-8000-000000000001',
    });
    expect(result.ok && result.value.customer).toEqual({ domain: 'contoso.onmicrosoft.com' });
    expect(result.ok && 'attachments' in result.value).toBe(false);
  });

  it.each([
    ['customer', 'customer'],
    ['reason', 'reason'],
    ['amountRequested', 'amountRequested'],
    ['contact', 'contact'],
    ['contact.name', 'contact.name'],
    ['contact.email', 'contact.email'],
    ['contact.phone', 'contact.phone'],
    ['amountRequested.amount', 'amountRequested.amount'],
    ['amountRequested.currency', 'amountRequested.currency'],
    ['customer.tenantId', 'customer'],
  ])('SUP-1: a missing %s gives an issue at path %s', (field, path) => {
    const input = copy();
    const parts = field.split('.');
    const parent = parts.length === 2 ? input[parts[0] as string] : input;
    delete parent[parts[parts.length - 1] as string];
    expect(pathsOf(input)).toContain(path);
  });

  it('SUP-1: with neither orderId nor subscriptionId the issue names orderId', () => {
    const { orderId: _, ...input } = copy();
    expect(pathsOf(input)).toEqual(['orderId']);
  });

  it.each([
    ['customer', { tenantId: 'not-a-guid' }, 'customer.tenantId'],
    ['customer', { tenantId: '6b29fc40-ca47-1067-b31d-00dd010662dx' }, 'customer.tenantId'],
    ['customer', { domain: 'contoso' }, 'customer.domain'],
    ['customer', { domain: 'a..b.com' }, 'customer.domain'],
    ['customer', { domain: '-contoso.com' }, 'customer.domain'],
    ['customer', { tenantId: valid.customer.tenantId, domain: 'contoso.com' }, 'customer'],
    ['customer', { tenantId: valid.customer.tenantId, name: 'x' }, 'customer'],
    ['customer', 'contoso.com', 'customer'],
    ['orderId', '', 'orderId'],
    ['subscriptionId', 7, 'subscriptionId'],
    ['reason', '   ', 'reason'],
    ['amountRequested', { amount: 0, currency: 'USD' }, 'amountRequested.amount'],
    ['amountRequested', { amount: -100, currency: 'USD' }, 'amountRequested.amount'],
    ['amountRequested', { amount: 19.99, currency: 'USD' }, 'amountRequested.amount'],
    ['amountRequested', { amount: '1999', currency: 'USD' }, 'amountRequested.amount'],
    ['amountRequested', { amount: 1999, currency: 'US$' }, 'amountRequested.currency'],
    ['amountRequested', { amount: 1999, currency: 'XXX' }, 'amountRequested.currency'],
    ['amountRequested', { amount: 1999, currency: 'USD', tax: 1 }, 'amountRequested'],
    ['contact', { ...valid.contact, email: 'ana@' }, 'contact.email'],
    ['contact', { ...valid.contact, phone: '555-01' }, 'contact.phone'],
    ['contact', { ...valid.contact, phone: 'call me' }, 'contact.phone'],
    ['contact', { ...valid.contact, name: '' }, 'contact.name'],
    ['attachments', ['docs/invoice.pdf'], 'attachments.0'],
    ['attachments', ['ok.pdf', '..'], 'attachments.1'],
    ['attachments', ['C:\\invoice.pdf'], 'attachments.0'],
    ['attachments', 'invoice.pdf', 'attachments'],
  ])('SUP-1: a malformed %s (%j) gives an issue at path %s', (field, value, path) => {
    expect(pathsOf({ ...copy(), [field]: value })).toContain(path);
  });

  it('ERR-2: unknown keys are rejected, and so are __proto__ and constructor keys anywhere', () => {
    expect(pathsOf({ ...copy(), priority: 'high' })).toEqual(['']);
    const paths = pathsOf(
      JSON.parse(
        `{"__proto__": {"polluted": true}, "contact": {"constructor": {}, "name": "a", "email": "a@b.co", "phone": "+15550100123"}}`,
      ),
    );
    expect(paths).toEqual(expect.arrayContaining(['__proto__', 'contact.constructor']));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('ERR-2: something that is not an object is one issue at the root', () => {
    for (const input of [null, undefined, [], 'request', 42]) expect(pathsOf(input)).toEqual(['']);
  });

  describe('properties', () => {
    const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-fA-F]{${n}}$`));
    const request = fc.record(
      {
        customer: fc.oneof(
          fc
            .tuple(hex(8), hex(4), hex(4), hex(4), hex(12))
            .map((parts) => ({ tenantId: parts.join('-') })),
          fc.domain().map((domain) => ({ domain })),
        ),
        orderId: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s)),
        reason: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => /\S/.test(s)),
        amountRequested: fc.record({
          amount: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          currency: fc.constantFrom('USD', 'EUR', 'JPY', 'BHD', 'AUD'),
        }),
        contact: fc.record({
          name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s)),
          email: fc.constantFrom('ana@fabrikam.example', 'ops.team@contoso.com'),
          phone: fc.stringMatching(/^\+?[0-9]{7,15}$/),
        }),
        attachments: fc.array(fc.stringMatching(/^[A-Za-z0-9_-]{1,20}\.(pdf|png|txt)$/), {
          maxLength: 3,
        }),
      },
      { requiredKeys: ['customer', 'orderId', 'reason', 'amountRequested', 'contact'] },
    );

    it('SUP-1: every valid request parses to itself with the problem type, ids in lower case', () => {
      fc.assert(
        fc.property(request, (input) => {
          const result = parseSupportRequest(input);
          const customer =
            'tenantId' in input.customer
              ? { tenantId: input.customer.tenantId.toLowerCase() }
              : { domain: input.customer.domain.toLowerCase() };
          expect(result).toEqual({
            ok: true,
            value: {
              problemType: 'CSP Purchase/Refund on behalf of customers',
              ...input,
              customer,
            },
          });
        }),
      );
    });

    it('SUP-1: removing any required field gives an issue whose path names it', () => {
      const fields = [
        'customer',
        'reason',
        'amountRequested',
        'contact',
        'contact.name',
        'contact.email',
        'contact.phone',
        'amountRequested.amount',
        'amountRequested.currency',
      ];
      fc.assert(
        fc.property(request, fc.constantFrom(...fields), (input, field) => {
          const broken: Json = JSON.parse(JSON.stringify(input));
          const [head, tail] = field.split('.') as [string, string | undefined];
          if (tail === undefined) delete broken[head];
          else delete broken[head][tail];
          expect(pathsOf(broken)).toContain(field);
        }),
      );
    });

    it('ERR-2: never throws, whatever JSON comes in, and every issue has a path and a message', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          const result = parseSupportRequest(input);
          if (!result.ok) {
            for (const issue of result.issues) {
              expect(typeof issue.path).toBe('string');
              expect(issue.message.length).toBeGreaterThan(0);
            }
          }
        }),
      );
    });

    itKeepsTheContract(
      'parseSupportRequest',
      parseSupportRequest,
      fc.tuple(fc.oneof(request, fc.jsonValue())),
    );
  });
});
