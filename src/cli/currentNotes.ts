import type { PartnerCenterNote } from '../index.ts';

/** How long after a window closed its notes still matter: one monthly invoice, 30 days. */
export const STALE_WINDOW_MS: number = 30 * 24 * 60 * 60 * 1000;

/** The notes the reader writes about a cancellation or full-credit window (PCR-1). */
const WINDOW_NOTES: ReadonlySet<string> = new Set([
  'resource.cancel-window',
  'resource.cancel-window.stated-none',
  'resource.cancel-window.computed-none',
  'resource.full-refund',
  'resource.full-refund.computed-none',
]);

/**
 * The reader's notes (PCR-1) a person reads at `at`, and how many were left out: a note about a
 * cancellation or full-credit window is left out when every end it names (the resource's and the
 * rules') closed more than 30 days before `at` — one monthly invoice, after which the disagreement
 * changes no action and no bill the partner can still act on. Every other note is kept; `--json`
 * keeps them all.
 *
 * @param notes - The reader's notes.
 * @param at - The instant of the reading (an instant the library wrote or read).
 * @returns The notes kept, in their order, and the count left out.
 */
export function currentNotes(
  notes: readonly PartnerCenterNote[],
  at: string,
): { readonly kept: readonly PartnerCenterNote[]; readonly left: number } {
  const atMs = Date.parse(at);
  const stale = (note: PartnerCenterNote): boolean => {
    if (!WINDOW_NOTES.has(note.messageId)) return false;
    const ends = [note.params.stated, note.params.computed].filter(
      (end): end is string => typeof end === 'string',
    );
    return ends.length > 0 && ends.every((end) => Date.parse(end) + STALE_WINDOW_MS < atMs);
  };
  const kept = notes.filter((note) => !stale(note));
  return { kept, left: notes.length - kept.length };
}
