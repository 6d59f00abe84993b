import { addDecimals, type FileDecimal, readFileDecimal, sum } from '../../kernel/fileDecimal.ts';
import type { ReconcileFinding as Finding } from '../replayTypes.ts';

const ZERO: FileDecimal = { units: 0, scale: 0 };
const decimal = (text: string | undefined): FileDecimal => readFileDecimal(text) ?? ZERO;

/**
 * The money a finding puts at stake, billed less expected, exactly (REC-3): a difference's billed
 * `Subtotal` less the rules'; a missing group's expected one, negative (billed nothing); an
 * unexpected group's billed one. A refused change or an issue has none of its own.
 *
 * @param finding - The finding.
 * @returns The amount, with its sign, or `undefined`.
 */
export function stakeOf(finding: Finding): FileDecimal | undefined {
  if (finding.finding === 'refused' || finding.finding === 'issue') return undefined;
  const billed = finding.finding === 'missing' ? ZERO : decimal(finding.actual.Subtotal);
  const expected = finding.finding === 'unexpected' ? ZERO : decimal(finding.expected.Subtotal);
  addDecimals(billed.units, billed.scale, -BigInt(expected.units), expected.scale);
  return { units: sum.units, scale: sum.scale };
}
