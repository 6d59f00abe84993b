import type {
  ParseResult,
  SupportRequest,
  SupportRequestProblemType,
} from 'subscription-rules/schemas';
import { parseSupportRequest } from 'subscription-rules/schemas';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('SUP-1: the parsed value has the literal problem type and a tenant-or-domain customer', () => {
    expectTypeOf(parseSupportRequest).returns.toEqualTypeOf<ParseResult<SupportRequest>>();
    expectTypeOf<SupportRequest['problemType']>().toEqualTypeOf<SupportRequestProblemType>();
    const neverCalled = (request: SupportRequest) => {
      if ('tenantId' in request.customer) expectTypeOf(request.customer.tenantId).toBeString();
      // @ts-expect-error the problem type is one literal
      const other: SupportRequestProblemType = 'CSP Purchase';
      // @ts-expect-error a customer is named by tenantId or domain only
      void request.customer.name;
      void other;
    };
    void neverCalled;
  });
});
