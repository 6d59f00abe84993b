import type { RuleIssue } from '../../errors/RuleError.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { issueOf } from '../../kernel/issueOf.ts';
import { rulesInForceAt } from '../../policy/rulesInForceAt.ts';
import type { Product } from '../../policy/types.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { throwIssues } from './throwIssues.ts';

/** The fields of a purchase or a subscription input whose combination the rules constrain. */
export interface CrossFields {
  readonly product: string;
  readonly orderedAt: string;
  readonly billingCycle?: string | undefined;
  readonly term?: string | undefined;
  readonly freeTrial?: boolean | undefined;
  readonly currentTermEnd?: string | undefined;
  readonly accountOpenedAt?: string | undefined;
  readonly firstBillingPeriodStart?: string | undefined;
}

/**
 * What zod's shape check cannot see but the functions refuse (ERR-2: a parser never accepts what
 * its function then rejects), judged by the catalog rules in force at `orderedAt`, as the functions
 * judge by default: a billing cycle the product's cancellation needs, a term the product does not
 * have, a free trial on a product without one, instants out of order. Throws a `RuleError` listing
 * every issue, which `runParse` returns as the parse's issues.
 */
export function assertCrossFields(value: CrossFields): void {
  const rules = rulesInForceAt(parseInstant(value.orderedAt, 'orderedAt')).products[
    value.product as Product
  ];
  const issues: RuleIssue[] = [];
  if (rules !== undefined) {
    if (rules.billingCycleRequired && value.billingCycle === undefined) {
      issues.push(
        issueOf(
          'billingCycle',
          'expected monthly or annual: the rules of {product} differ by billing cycle',
          { product: value.product },
        ),
      );
    }
    if (value.term !== undefined && !(rules.terms ?? []).includes(value.term as never)) {
      const terms = (rules.terms ?? []).join(', ');
      issues.push(
        terms === ''
          ? issueOf('term', 'expected no term: {product} has none', { product: value.product })
          : issueOf('term', 'expected one of {terms} for {product}', {
              terms,
              product: value.product,
            }),
      );
    }
    if (value.freeTrial === true && !rules.freeTrial) {
      issues.push(
        issueOf('freeTrial', 'expected no free trial for {product}', { product: value.product }),
      );
    }
  }
  const ordered = (
    later: string | undefined,
    laterPath: string,
    earlier: string | undefined,
    earlierPath: string,
    strict: boolean,
  ): void => {
    if (later === undefined || earlier === undefined) return;
    const gap = parseInstant(later, laterPath) - parseInstant(earlier, earlierPath);
    if (gap < 0 || (strict && gap === 0)) {
      issues.push(
        issueOf(
          laterPath,
          strict
            ? 'expected an instant after {earlier}'
            : 'expected an instant at or after {earlier}',
          { earlier: earlierPath },
        ),
      );
    }
  };
  ordered(value.currentTermEnd, 'currentTermEnd', value.orderedAt, 'orderedAt', true);
  ordered(
    value.firstBillingPeriodStart,
    'firstBillingPeriodStart',
    value.accountOpenedAt,
    'accountOpenedAt',
    false,
  );
  throwIssues(RuleErrorCode.INVALID_ARGUMENT, issues);
}
