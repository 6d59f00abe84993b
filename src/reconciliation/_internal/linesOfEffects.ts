import type { BilledLine } from './BilledLine.ts';
import type { ChargeTypes } from './chargeTypes.ts';
import { type LineOwner, lineOfEffect } from './lineOfEffect.ts';

/**
 * The invoice lines of a list of effects, in their order (REC-1): a credit's line takes the term
 * and billing of the last charge before it (the seats it credits were billed by one).
 *
 * @param effects - The caller's list, an array already.
 * @param path - Its name (`effects`).
 * @param types - The charge types in force.
 * @param owner - The subscription and customer the lines are of.
 * @returns The lines.
 */
export function linesOfEffects(
  effects: readonly unknown[],
  path: string,
  types: ChargeTypes,
  owner: LineOwner,
): BilledLine[] {
  const lines: BilledLine[] = [];
  let term: string | undefined;
  for (let i = 0; i < effects.length; i++) {
    const line = lineOfEffect(effects[i], `${path}.${i}`, types, owner, term);
    if (line === undefined) continue;
    if (line.effect?.outcome === undefined) term = line.termAndBillingCycle;
    lines.push(line);
  }
  return lines;
}
