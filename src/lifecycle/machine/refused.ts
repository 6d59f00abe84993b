import type { RefusalCode, TransitionRefused } from '../types.ts';

/** A refused result (LC-11): nothing changes. */
export function refused(code: RefusalCode, message: string): TransitionRefused {
  return { ok: false, code, message };
}
