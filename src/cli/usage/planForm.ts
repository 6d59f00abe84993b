import type { PartForm } from '../../usage/_internal/usagePartOrder.ts';
import { listedItem } from './listedItem.ts';

/**
 * The command's form of a part's rows: each order text its own key (compared as JavaScript
 * compares texts: the order the warehouse's hexadecimal keys give, a quarter of their length, made
 * at no cost), each item as `usage --json`'s list writes it ({@link listedItem}), so that its
 * bytes are written as they are kept — by whichever thread finished the part.
 */
export const PLAN_FORM: PartForm = {
  key: (text) => text,
  item: listedItem,
};
