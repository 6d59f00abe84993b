import { localized } from '../../messages/localized.ts';
import type { MessageOptions } from '../../messages/types.ts';
import type { PartnerCenterNote } from '../PartnerCenterSubscription.ts';

/** The notes with their messages in `options.locale` (the English ones when there is none). */
export function inLocale(notes: PartnerCenterNote[], options: MessageOptions): PartnerCenterNote[] {
  return options.locale === undefined || notes.length === 0
    ? notes
    : notes.map((note) => localized(note, options));
}
