import type { FindingLabels } from './FindingLabels.ts';

/** The customer's id in a resource's own address: `/customers/{id}/subscriptions/…`. */
const CUSTOMER = /\/customers\/([^/?#]+)\//i;

/**
 * A subscription's labels with its customer (REC-6): the file's `CustomerId` where its line names
 * one, else the customer of the resource's `links.self.uri` (`/customers/{id}/subscriptions/…`),
 * so every finding a person reads names whose it is.
 *
 * @param labels - The labels the file's lines give.
 * @param resource - The subscription's resource, when the resources have one.
 * @returns The labels, with `customerId` from the resource where the file names none.
 */
export function labelsWithCustomer(
  labels: FindingLabels,
  resource: Readonly<Record<string, unknown>> | undefined,
): FindingLabels {
  if (labels.customerId !== undefined || resource === undefined) return labels;
  const links = resource.links as { self?: { uri?: unknown } } | null | undefined;
  const uri = typeof links === 'object' && links !== null ? links.self?.uri : undefined;
  const found = typeof uri === 'string' ? CUSTOMER.exec(uri) : null;
  return found?.[1] === undefined ? labels : { ...labels, customerId: found[1] };
}
