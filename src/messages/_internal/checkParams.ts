import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { requireRecord } from '../../kernel/requireRecord.ts';
import type { MessageParams } from '../types.ts';

const NAMES = /\{(\w+)(?::\w)?\}/g;

/**
 * Checks that `params` gives every placeholder of the template `id` a value a renderer can show:
 * text, a finite number, money (`{ amount, currency }`), or a list of records checked against the
 * list's own template. Extra parameters are ignored.
 *
 * @param catalog - The English templates, whose placeholders every locale shares.
 * @param id - The template's ID, already known to the catalog.
 * @param params - The parameters to check.
 * @param path - The parameters' dot path, for the error.
 * @returns The parameters, typed.
 * @throws {@link RuleError} `MISSING_FIELD` or `INVALID_ARGUMENT` at the parameter's path.
 */
export function checkParams(
  catalog: Readonly<Record<string, string>>,
  id: string,
  params: unknown,
  path: string,
): MessageParams {
  const record = requireRecord(params, path);
  for (const [, name] of (catalog[id] as string).matchAll(NAMES)) {
    const where = `${path}.${name}`;
    const value = Object.hasOwn(record, name as string) ? record[name as string] : undefined;
    if (value === undefined) fail(RuleErrorCode.MISSING_FIELD, where, 'expected a value', value);
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))
      continue;
    if (Array.isArray(value)) {
      const item = `${id}.${name}`;
      if (!Object.hasOwn(catalog, item))
        fail(RuleErrorCode.INVALID_ARGUMENT, where, 'expected text or a number', value);
      for (let i = 0; i < value.length; i++) checkParams(catalog, item, value[i], `${where}.${i}`);
      continue;
    }
    const money = requireRecord(value, where);
    if (typeof money.currency !== 'string' || !Number.isSafeInteger(money.amount)) {
      fail(RuleErrorCode.INVALID_ARGUMENT, where, 'expected text, a number or money', value);
    }
  }
  return record as MessageParams;
}
