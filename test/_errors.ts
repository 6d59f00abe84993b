import { RuleError } from '../src/errors/RuleError.ts';

/** The code and path of the `RuleError` a call throws, or `'no error'`; anything else is rethrown. */
export function errorOf(
  run: () => unknown,
): { code: string; path: string | undefined } | 'no error' {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleError) return { code: error.code, path: error.path };
    throw error;
  }
  return 'no error';
}
