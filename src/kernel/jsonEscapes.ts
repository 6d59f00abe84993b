/**
 * The characters a JSON string escapes with one letter after its backslash, and what each stands
 * for (RFC 8259 §7): one table for the kernel's two JSON readers — a resource's text and a line of
 * the Graph export — so they never read an escape two ways.
 */
export const JSON_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
