import type { ReconcileFinding } from '../../reconciliation/index.ts';

/**
 * One line of `--json` or `--csv`: what is not as the rules say, by kind, with the customer,
 * invoice and product of its subscription where the file names them, and its remedy.
 */
export type Finding = ReconcileFinding;
