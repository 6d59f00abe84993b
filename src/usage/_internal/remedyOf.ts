import type { UsageRemedy } from '../resultTypes.ts';
import type { UsageTexts } from './texts/UsageTexts.ts';
import { usageSentence } from './texts/usageTextsFor.ts';

/**
 * A finding's remedy (REC-2's shape): `now` for PEC lost (restore admin access, USG-3) and for PEC
 * given below the rate (claim what is owed), `never` for PEC on an excluded meter or above the
 * rate (hold the margin) and for everything Microsoft answers.
 */
export function remedyOf(
  texts: UsageTexts,
  kind: 'pec' | 'pec-rate' | 'excluded' | 'never',
  params: Readonly<Record<string, string | number>>,
): UsageRemedy {
  if (kind === 'pec') return { when: 'now', message: usageSentence(texts, 'remedy-pec', params) };
  if (kind === 'pec-rate')
    return { when: 'now', message: usageSentence(texts, 'remedy-pec-rate', params) };
  return {
    when: 'never',
    message: usageSentence(
      texts,
      kind === 'excluded' ? 'remedy-excluded' : 'remedy-microsoft',
      params,
    ),
  };
}
