/**
 * Whether a text is a plain file name (SUP-1 attachments): 1 to 255 characters, not `.` or
 * `..`, not only spaces, and no path separator (`/`, `\`) or control character.
 *
 * @param text - The text.
 */
export function isFileName(text: string): boolean {
  if (text.length === 0 || text.length > 255 || text === '.' || text === '..') return false;
  let visible = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127 || c === 47 || c === 92) return false;
    if (c !== 32) visible = true;
  }
  return visible;
}
