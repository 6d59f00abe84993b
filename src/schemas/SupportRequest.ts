import type { Money } from '../pricing/money.ts';

/**
 * The Partner Center problem type of a refund support request (SUP-1; `002`).
 *
 * @category Schemas
 */
export type SupportRequestProblemType = 'CSP Purchase/Refund on behalf of customers';

/**
 * The customer of a support request, named by its tenant.
 *
 * @category Schemas
 */
export interface SupportRequestTenant {
  /** The customer's tenant GUID, in lower case. */
  readonly tenantId: string;
}

/**
 * The customer of a support request, named by its domain.
 *
 * @category Schemas
 */
export interface SupportRequestDomain {
  /** The customer's domain name, e.g. `contoso.onmicrosoft.com`, in lower case. */
  readonly domain: string;
}

/**
 * Who to contact about a support request.
 *
 * @category Schemas
 */
export interface SupportRequestContact {
  /** The partner's contact name. */
  readonly name: string;
  /** An email address. */
  readonly email: string;
  /** A phone number: 7 to 15 digits, optionally a leading `+` and spaces, dots, dashes or parentheses. */
  readonly phone: string;
}

/**
 * A customer support request to cancel a purchase and refund it (SUP-1, REF-8), as
 * {@link parseSupportRequest} returns it.
 *
 * @category Schemas
 */
export interface SupportRequest {
  /** Always `CSP Purchase/Refund on behalf of customers`, the type of problem to pick. */
  readonly problemType: SupportRequestProblemType;
  /** The customer, by tenant GUID or by domain name (exactly one). */
  readonly customer: SupportRequestTenant | SupportRequestDomain;
  /** The order to refund; at least one of `orderId` and `subscriptionId` is present. */
  readonly orderId?: string;
  /** The subscription to refund; at least one of `orderId` and `subscriptionId` is present. */
  readonly subscriptionId?: string;
  /** Why the refund is asked for. */
  readonly reason: string;
  /** The amount asked for, more than zero. */
  readonly amountRequested: Money;
  /** Who to contact. */
  readonly contact: SupportRequestContact;
  /** Names of files attached to the request. */
  readonly attachments?: readonly string[];
}
