/** Edit distance between two short words (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The known word closest to `word`, when one is within two edits (or starts with it), compared
 * without regard to case; `undefined` when none is.
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  const typed = word.toLowerCase();
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    const d = lower.startsWith(typed) && typed.length >= 3 ? 1 : distance(typed, lower);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * " (did you mean X?)" for the known word closest to `word` ({@link closest}), else "": what gh
 * and stripe print for a misspelt command or flag.
 */
export function suggest(word: string, known: readonly string[]): string {
  const best = closest(word, known);
  return best === undefined ? '' : ` (did you mean ${best}?)`;
}
