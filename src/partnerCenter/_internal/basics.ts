import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { PartnerCenterNote } from '../PartnerCenterSubscription.ts';
import { count, enumValue, flag, instant, oneOf, record, statedEnd } from './fields.ts';
import { note } from './note.ts';

/** What both programs read the same way from a resource (PCR-1). */
export interface Basics {
  readonly r: Readonly<Record<string, unknown>>;
  readonly program: 'legacy' | 'new-commerce';
  readonly product:
    | 'license-based'
    | 'software-subscription'
    | 'marketplace-saas'
    | 'marketplace-usage'
    | 'azure-plan';
  /** The API status, lower case: active, suspended, expired, disabled, deleted. */
  readonly status: 'active' | 'suspended' | 'expired' | 'disabled' | 'deleted';
  readonly trial: boolean;
  readonly orderedMs: number;
  /** When the resource was fetched (`options.asOf`), epoch ms. */
  readonly asOfMs: number;
  readonly orderedAt: string;
  /** `termDuration` upper case, or `undefined` when absent. */
  readonly term: string | undefined;
  /** `billingCycle` lower case (`none` for trials), or `undefined`. */
  readonly cycle: string | undefined;
  readonly quantity: number;
  readonly autoRenew: boolean;
  readonly notes: PartnerCenterNote[];
}

const STATUSES = ['active', 'suspended', 'expired', 'disabled', 'deleted'] as const;

/** Reads the fields both programs share, or throws the RuleError naming the field. */
export function readBasics(resource: unknown, asOfMs: number): Basics {
  const r = record(resource, 'resource');
  const typeId =
    r.productType === undefined || r.productType === null
      ? undefined
      : enumValue(record(r.productType, 'resource.productType').id, 'resource.productType.id');
  // an Azure plan is sold under New Commerce (PCR-1, decided 2026-11-24)
  const program =
    typeId === 'onlineservicesnce' ||
    typeId === 'azure' ||
    Object.hasOwn(r, 'cancellationAllowedUntilDate')
      ? 'new-commerce'
      : 'legacy';
  const billingType = enumValue(r.billingType, 'resource.billingType');
  let product: Basics['product'];
  const unitType = enumValue(r.unitType, 'resource.unitType');
  // an Azure plan is its own product: usage-billed, no term, no seats (PCR-1)
  if (typeId === 'azure') product = 'azure-plan';
  else if (unitType === 'usage' || billingType === 'usage') product = 'marketplace-usage';
  else if (typeId === 'software') product = 'software-subscription';
  else {
    oneOf(r.billingType, 'resource.billingType', ['license', 'usage']);
    const microsoft = flag(r.isMicrosoftProduct, 'resource.isMicrosoftProduct', true);
    if (microsoft && program === 'legacy')
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'resource.isMicrosoftProduct',
        'expected a New Commerce resource for a Microsoft licence (legacy licences have no rules here)',
        true,
      );
    product = microsoft ? 'license-based' : 'marketplace-saas';
  }
  const status = oneOf(r.status, 'resource.status', STATUSES);
  const trial = flag(r.isTrial, 'resource.isTrial', false) === true && status === 'active';
  const orderedMs = instant(r.effectiveStartDate, 'resource.effectiveStartDate');
  if (asOfMs < orderedMs)
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      'options.asOf',
      'expected an instant at or after resource.effectiveStartDate {earliest}',
      formatInstant(asOfMs, 'options.asOf'),
      formatInstant(orderedMs, 'resource.effectiveStartDate'),
    );
  const cycle = enumValue(r.billingCycle, 'resource.billingCycle');
  if (cycle === 'one_time' || cycle === 'onetime')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource.billingCycle',
      'expected a recurring billing cycle (one-time purchases are not subscriptions)',
      r.billingCycle,
    );
  const term = enumValue(r.termDuration, 'resource.termDuration')?.toUpperCase();
  const notes: PartnerCenterNote[] = [];
  if (status === 'deleted') notes.push(note('resource.status', 'resource.deleted-as-cancelled'));
  return {
    r,
    program,
    product,
    status,
    trial,
    orderedMs,
    asOfMs,
    orderedAt: formatInstant(orderedMs, 'resource.effectiveStartDate'),
    term,
    cycle,
    quantity: count(r.quantity, 'resource.quantity', 1),
    autoRenew: flag(r.autoRenewEnabled, 'resource.autoRenewEnabled', true) as boolean,
    notes,
  };
}

/** The `Full` entry of `refundOptions`: its `expiresAt` and path, or `undefined`. */
export function fullRefund(
  r: Readonly<Record<string, unknown>>,
): { ms: number; path: string } | undefined {
  const options = r.refundOptions;
  if (options === undefined || options === null) return undefined;
  if (!Array.isArray(options))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'resource.refundOptions', 'expected a list', options);
  for (let i = 0; i < options.length; i++) {
    const o = record(options[i], `resource.refundOptions.${i}`);
    if (enumValue(o.type, `resource.refundOptions.${i}.type`) !== 'full') continue;
    const path = `resource.refundOptions.${i}.expiresAt`;
    return { ms: statedEnd(o.expiresAt, path), path };
  }
  return undefined;
}
