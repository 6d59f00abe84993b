/**
 * Sections of policies already checked that cannot have changed since: the catalog's own (module
 * constants nobody else holds, remembered by each program's catalog on first use, so a bundle of
 * one program loads nothing of the other's) and deep-frozen ones that passed a check once (what `definePolicy`
 * returns). A hit skips a check that could only pass again, so it cannot change an answer; any
 * other object — a JSON copy, a spread, a hand-written policy — is checked at every read.
 */
let verified: WeakSet<object> | undefined;

function isDeepFrozen(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value) || depth > 16) return false;
  for (const key of Object.keys(value)) {
    if (!isDeepFrozen((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/**
 * Remembers the sections of a catalog policy's rules: called by each program's catalog module on
 * first use, so that neither program's data is loaded by the other.
 */
export function rememberCatalog(rules: {
  readonly suspension: object;
  readonly products: object;
}): void {
  verified ??= new WeakSet();
  verified.add(rules.suspension);
  for (const section of Object.values(rules.products)) verified.add(section);
}

/** Whether `section` needs no check: a catalog section, or a deep-frozen one checked before. */
export function isVerified(section: unknown): boolean {
  verified ??= new WeakSet();
  return typeof section === 'object' && section !== null && verified.has(section);
}

/** Remembers a section that just passed its check, if it is deep-frozen and so cannot change. */
export function rememberVerified(section: unknown): void {
  if (typeof section === 'object' && section !== null && isDeepFrozen(section)) {
    verified ??= new WeakSet();
    verified.add(section);
  }
}
