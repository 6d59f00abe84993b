import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { ChargeTypeNames, InvoiceLineKind } from '../types.ts';

/**
 * The `ChargeType` Partner Center's New Commerce file writes for each kind of charge and credit
 * (REC-1, REC-4; R2 confirms new, addQuantity, removeQuantity, cancelImmediate, cycleCharge and
 * convert; renew is inferred).
 */
export const CHARGE_TYPES: Readonly<Record<InvoiceLineKind, string>> = {
  purchase: 'new',
  'trial-conversion': 'new',
  'term-change': 'new',
  cycle: 'cycleCharge',
  // a month of an Extended Service Term: cycleCharge, as Partner Center bills every later month
  // (EST-5); the first month is matched as renew and new too
  'extended-service-term': 'cycleCharge',
  renewal: 'renew',
  'add-quantity': 'addQuantity',
  upgrade: 'addQuantity',
  'upgrade-full': 'convert',
  'remove-quantity': 'removeQuantity',
  'upgrade-source': 'removeQuantity',
  cancel: 'cancelImmediate',
  'term-change-source': 'cancelImmediate',
};

/** The kinds whose lines give money back. */
const CREDIT_KINDS: ReadonlySet<string> = new Set([
  'remove-quantity',
  'upgrade-source',
  'cancel',
  'term-change-source',
]);

/** A charge type the file writes that no kind of ours produces: a credit's (R2, R10). */
const CUSTOMER_CREDIT = 'customercredit';

/** The charge types in force: the file's names for each kind, and every known name's sign. */
export interface ChargeTypes {
  /** The name written for each kind. */
  readonly names: Readonly<Record<InvoiceLineKind, string>>;
  /** Every known name in lower case → whether its lines are credits. */
  readonly credit: ReadonlyMap<string, boolean>;
}

let defaults: ChargeTypes | undefined;

function resolve(
  names: Readonly<Record<InvoiceLineKind, string>>,
  path: string,
  named: ReadonlySet<string> = new Set(),
): ChargeTypes {
  const credit = new Map<string, boolean>([[CUSTOMER_CREDIT, true]]);
  const kindOf = new Map<string, string>([[CUSTOMER_CREDIT, 'customerCredit']]);
  for (const kind of Object.keys(names) as InvoiceLineKind[]) {
    const key = names[kind].toLowerCase();
    const isCredit = CREDIT_KINDS.has(kind);
    const other = kindOf.get(key) as string;
    if (credit.get(key) === !isCredit) {
      // one name for a charge and a credit would leave the sign of its lines unknown: the error
      // names the kind the caller named
      const at = named.has(kind) ? kind : other;
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `${path}.${at}`,
        'expected a name no {other} has',
        names[at as InvoiceLineKind] ?? names[kind],
        isCredit === (at === kind) ? 'charge' : 'credit',
      );
    }
    credit.set(key, isCredit);
    kindOf.set(key, kind);
  }
  return { names, credit };
}

/**
 * The charge types of a caller's `chargeTypes` option (REC-1, REC-4): Partner Center's names,
 * with the caller's own for any kind, so a file Microsoft changes does not wait for a release.
 *
 * @param value - The option: an object of names by kind, or `undefined`.
 * @param path - Its dot path (`options.chargeTypes`).
 * @returns The charge types.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for an unknown kind, a name that is not a
 *   non-empty string, or one name given to a charge and a credit.
 */
export function readChargeTypes(value: unknown, path: string): ChargeTypes {
  if (value === undefined) {
    defaults ??= resolve(CHARGE_TYPES, path);
    return defaults;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected an object', value);
  const names: Record<string, string> = { ...CHARGE_TYPES };
  for (const [kind, name] of Object.entries(value as ChargeTypeNames)) {
    if (!Object.hasOwn(CHARGE_TYPES, kind))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `${path}.${kind}`,
        'expected none: {what} takes {allowed}',
        name,
        path,
        Object.keys(CHARGE_TYPES).join(', '),
      );
    if (name === undefined) continue;
    if (typeof name !== 'string' || name.trim() === '')
      fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.${kind}`, 'expected a non-empty string', name);
    names[kind] = name.trim();
  }
  return resolve(
    names as Record<InvoiceLineKind, string>,
    path,
    new Set(Object.keys(value as ChargeTypeNames)),
  );
}
