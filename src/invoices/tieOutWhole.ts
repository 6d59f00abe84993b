/**
 * The rows of every group of a warehouse's tie-out put together as `tie-out --json` (INV-3, the
 * warehouse bundle). Not an entry of the package: the warehouse bundle's.
 */
export { tieOutWhole } from './_internal/tieOutParts.ts';
