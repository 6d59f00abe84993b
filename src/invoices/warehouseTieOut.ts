/**
 * The tie-out's aggregate functions for a warehouse (INV-3, the warehouse bundle): one group — an
 * invoice, the documents amending it and their reconciliation rows — reduced and finalized on its
 * own, and a small summary merged at the end. Not an entry of the package: the warehouse bundle's.
 */
export { warehouseTieOut } from './_internal/warehouseTieOut.ts';
