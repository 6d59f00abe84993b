/**
 * The usage check's aggregate functions for a warehouse (USG-6, the warehouse bundle): one Azure
 * plan's rows reduced and finalized on its own, a small summary merged at the end, and the rows
 * of every group put back together as `usage --json`. Not an entry of the package: the warehouse
 * bundle's.
 */
export { planOf } from './_internal/planOf.ts';
export { usageWhole } from './_internal/usageWhole.ts';
export { partRows, warehouseUsage } from './_internal/warehouseUsage.ts';
