import fc from 'fast-check';
import { formatMessage, isAvailableInMarket } from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, it } from 'vitest';
import { ruleErrorOf } from '../_errors.ts';
import { run } from './_run.ts';

const locales = { ko, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const;

describe('--locale on errors', () => {
  it('MSG-1: a RuleError the CLI prints is in the --locale language, and English without it', () => {
    const english = run('market', 'Atlantis');
    expect(english).toEqual({
      code: 2,
      out: '',
      err: 'error: market: expected a Partner Center market code or name, got "Atlantis"\n',
    });
    expect(run('market', 'Atlantis', '--locale', 'en')).toEqual(english);
    expect(run('market', 'Atlantis', '--locale', 'zh-Hant')).toEqual({
      code: 2,
      out: '',
      err: 'error: market：應為合作夥伴中心市場代碼或名稱，實際為 "Atlantis"\n',
    });
  });

  describe('properties', () => {
    it('MSG-1: for any unknown market and locale, the CLI prints what formatMessage makes of the library error', () => {
      fc.assert(
        fc.property(
          fc.string({ minLength: 1 }).filter((text) => !text.startsWith('-')),
          fc.constantFrom(...(Object.keys(locales) as (keyof typeof locales)[])),
          (text, tag) => {
            const library = (): boolean => isAvailableInMarket('azure-reservations', text);
            let known = true;
            try {
              library();
            } catch {
              known = false;
            }
            fc.pre(!known);
            const { code, err } = run('market', text, '--locale', tag);
            expect(code).toBe(2);
            expect(err).toBe(`error: ${formatMessage(ruleErrorOf(library), locales[tag])}\n`);
          },
        ),
      );
    });
  });
});
