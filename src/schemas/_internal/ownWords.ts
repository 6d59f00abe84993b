/** The message zod gives an issue that has no message of its own, before any locale words it. */
export const ZOD_BARE = 'Invalid input';

/**
 * What every parse of the library runs with (ERR-2, MSG-1): an issue with no message of its own
 * gets zod's bare wording, whatever the application set zod's global messages to (a locale, an
 * error map), so the library words it, keys it and translates it as always. A per-parse message
 * comes before zod's global ones and after a schema's own.
 */
export const OWN_WORDS: { readonly error: () => string } = { error: () => ZOD_BARE };
