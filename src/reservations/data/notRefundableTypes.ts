/**
 * The reservation types Microsoft lists as never refundable (RES-1, RES-3): Azure Databricks
 * reserved capacity, Synapse Analytics pre-purchase plans, Azure VMware Solution by CloudSimple,
 * Azure Red Hat OpenShift, and Red Hat and SUSE Linux software plans. Any other type is refundable.
 */
export const NOT_REFUNDABLE_RESERVATION_TYPES = [
  'databricks',
  'synapse-pre-purchase',
  'avs-cloudsimple',
  'azure-red-hat-openshift',
  'red-hat',
  'suse-linux',
] as const;

/**
 * A reservation type Microsoft never refunds (RES-1, RES-3).
 *
 * @category Reservations
 */
export type NotRefundableReservationType = (typeof NOT_REFUNDABLE_RESERVATION_TYPES)[number];
