import { loose } from '../../kernel/columnIndex.ts';
import { USAGE_ALIASES, type UsageColumn } from './usageColumns.ts';

/**
 * The columns `readUsageLine` reads a value of (USG-1): the other columns of a row are only
 * named (`otherColumns` names those of no known column), never read.
 */
export const READ_COLUMNS: readonly UsageColumn[] = [
  'CustomerId',
  'CustomerName',
  'InvoiceNumber',
  'SubscriptionId',
  'EntitlementId',
  'ProductId',
  'SkuId',
  'AvailabilityId',
  'MeterId',
  'MeterName',
  'MeterSubCategory',
  'PublisherName',
  'UsageDate',
  'ChargeStartDate',
  'ChargeEndDate',
  'Quantity',
  'UnitPrice',
  'EffectiveUnitPrice',
  'PCToBCExchangeRate',
  'PartnerEarnedCreditPercentage',
  'CreditPercentage',
  'BillingCurrency',
  'PricingCurrency',
  'BillingPreTaxTotal',
  'CreditType',
  'Tags',
  'BenefitType',
  'ChargeType',
  'PromotionId',
  'PriceBenefits',
];

const READ: ReadonlySet<string> = /* @__PURE__ */ new Set(READ_COLUMNS.map(loose));

/**
 * Whether `readUsageLine` may read the value of a column of this name: its name (in any case,
 * trimmed) or a v1 alias is one of {@link READ_COLUMNS}. A reader of a file's rows decodes only
 * these cells; the others it may give as empty, and the line read is the same.
 *
 * @param name - A header's name, as written.
 * @returns `true` when the cell may be read.
 */
export function readsColumn(name: string): boolean {
  const key = loose(name);
  if (READ.has(key)) return true;
  const alias = Object.hasOwn(USAGE_ALIASES, key) ? USAGE_ALIASES[key] : undefined;
  return alias !== undefined && READ.has(loose(alias.column));
}
