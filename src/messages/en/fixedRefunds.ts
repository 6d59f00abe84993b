/**
 * The English sentences of the decisions that do not depend on time (REF-4, REF-7, REF-8), which
 * both programs' fixed rules give.
 */
export const fixedRefundMessages = {
  'refund.usage-based':
    'Usage-based service: it can be de-provisioned now, but usage is billed after it happens, so nothing is credited.',
  'refund.plan-not-cancellable': 'This plan cannot be cancelled or exchanged at any time.',
  'refund.support-request':
    'This purchase can only be cancelled through a customer support request (problem type "CSP Purchase/Refund on behalf of customers").',
} as const;
