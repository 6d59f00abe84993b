import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Locale } from 'subscription-rules';
import {
  cancellationDecision,
  createSubscription,
  definePolicy,
  formatMessage,
  money,
  partnerCenterPolicies,
  policyAt,
  quote,
  RuleError,
  resolveMarket,
  transition,
} from 'subscription-rules';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ruleErrorOf } from '../_errors.ts';

const translated: readonly Locale[] = [ko, zhHans, zhHant];
const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();

/**
 * Every messageId a `RuleError` of the library can carry, read from the source: the template each
 * call of `fail` (and of the two checks that pass their template on: `report`, `bad`) gives,
 * constants and both branches of a conditional followed.
 */
function errorMessageIds(): { ids: Set<string>; unread: string[] } {
  const ids = new Set<string>();
  const unread: string[] = [];
  // fail, report and bad throw or collect a RuleError's message; issueOf and runParse an issue's
  const calls: Readonly<Record<string, number>> = {
    fail: 2,
    report: 2,
    bad: 1,
    issueOf: 1,
    runParse: 2,
  };
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  for (const file of files(new URL('../../src', import.meta.url).pathname)) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const constants = new Map<string, ts.Expression>();
    const texts = (node: ts.Expression): string[] | undefined => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
      if (ts.isParenthesizedExpression(node)) return texts(node.expression);
      if (ts.isConditionalExpression(node)) {
        const [a, b] = [texts(node.whenTrue), texts(node.whenFalse)];
        return a && b && [...a, ...b];
      }
      const constant = ts.isIdentifier(node) ? constants.get(node.text) : undefined;
      return constant && texts(constant);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        constants.set(node.name.text, node.initializer);
      }
      // a schema's own sentence (`message:` of a zod check, `error:` of a zod type, the text given
      // to `z.refine`, `z.regex`, `z.minimum` or a rule table) is its issue's key: every text of the
      // schemas that says what was expected
      if (
        file.includes('/src/schemas/') &&
        (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
        (node.text.startsWith('expected ') ||
          (ts.isPropertyAssignment(node.parent) &&
            ts.isIdentifier(node.parent.name) &&
            ['message', 'error'].includes(node.parent.name.text)))
      ) {
        ids.add(node.text);
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const at = calls[node.expression.text];
        const argument = at === undefined ? undefined : node.arguments[at];
        // `report`, `bad` and `runParse` hand their own `expected` parameter on (and `issueOf` its
        // `template`): their callers are read instead.
        if (
          argument !== undefined &&
          !(ts.isIdentifier(argument) && ['expected', 'template'].includes(argument.text))
        ) {
          const found = texts(argument);
          if (found === undefined) unread.push(`${file}: ${argument.getText()}`);
          for (const id of found ?? []) ids.add(id);
        }
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(source, function collect(node: ts.Node): void {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        constants.set(node.name.text, node.initializer);
      }
      ts.forEachChild(node, collect);
    });
    visit(source);
  }
  return { ids, unread };
}

describe('RuleError messages in every locale', () => {
  it('MSG-1: every error messageId has a non-empty ko, zh-Hans and zh-Hant text with the same placeholders, and no text is left without an id', () => {
    const { ids, unread } = errorMessageIds();
    expect(unread).toEqual([]);
    expect(ids.size).toBeGreaterThan(140);
    for (const locale of translated) {
      const errors = locale.errors;
      expect(errors, locale.tag).toBeDefined();
      const expected = errors?.expected ?? {};
      expect(
        [...ids].filter((id) => !Object.hasOwn(expected, id)),
        `${locale.tag}: without a text`,
      ).toEqual([]);
      expect(Object.keys(expected).sort(), locale.tag).toEqual([...ids].sort());
      for (const id of ids) {
        const text = expected[id] ?? '';
        expect(text.trim(), `${locale.tag}: ${id}`).not.toBe('');
        expect(placeholders(text), `${locale.tag}: ${id}`).toEqual(placeholders(id));
        expect(text, `${locale.tag}: ${id} is not translated`).not.toBe(id);
      }
      expect(placeholders(errors?.frame ?? '')).toEqual(['expected', 'got', 'path']);
      expect(placeholders(errors?.policy ?? '')).toEqual(['count', 'issues']);
    }
  });

  it('MSG-1: the words a value is described with are translated in every locale', () => {
    const words = [[1], {}, Symbol('s'), () => 1, new Date(Number.NaN)].map(
      (value) => ruleErrorOf(() => money(value as never, 'USD')).params?.got,
    );
    expect(words).toEqual(['an array', 'an object', 'a symbol', 'a function', 'an invalid Date']);
    for (const locale of translated) {
      for (const word of words) expect(locale.errors?.values[word as string]).toBeTruthy();
    }
  });

  it('MSG-1: a RuleError carries its messageId and params, and its English message is unchanged', () => {
    const error = ruleErrorOf(() =>
      transition(
        createSubscription({
          product: 'marketplace-saas',
          billingCycle: 'monthly',
          quantity: 1,
          orderedAt: '2026-01-01T00:00:00Z',
        }),
        {
          type: 'renew',
          at: '2026-01-02T00:00:00Z',
        } as never,
      ),
    );
    expect([error.messageId, error.params]).toEqual([
      'expected one of {allowed}',
      {
        path: 'event.type',
        got: '"renew"',
        allowed: 'cancel, suspend, reactivate, set-auto-renew, change-quantity',
      },
    ]);
    expect(error.message).toBe(
      'event.type: expected one of cancel, suspend, reactivate, set-auto-renew, change-quantity, got "renew"',
    );
    expect(formatMessage(error)).toBe(error.message);
    expect(formatMessage(error, en)).toBe(error.message);
  });

  const representative = {
    'a bad purchase.orderedAt': () =>
      cancellationDecision(
        { product: 'software-perpetual', orderedAt: 'yesterday' },
        '2026-01-01T00:00:00Z',
      ),
    'an unknown market': () => resolveMarket('Atlantis'),
    'a quantity below one': () =>
      quote({
        listPrice: { amount: 1000, currency: 'USD' },
        quantity: 0,
        market: 'US',
        taxRate: 0,
      }),
    'a policy with one issue': () =>
      definePolicy({ ...structuredClone(partnerCenterPolicies[1]), trialDays: 0 }),
    'a policy with two issues': () =>
      definePolicy({ ...structuredClone(partnerCenterPolicies[1]), trialDays: 0, extra: true }),
  };

  it('MSG-1: snapshot of representative RuleErrors in each locale (reviewed for terminology)', () => {
    const shown = Object.fromEntries(
      Object.entries(representative).map(([name, run]) => {
        const error = ruleErrorOf(run);
        return [
          name,
          Object.fromEntries(
            [en, ...translated].map((locale) => [locale.tag, formatMessage(error, locale)]),
          ),
        ];
      }),
    );
    expect(shown).toMatchInlineSnapshot(`
      {
        "a bad purchase.orderedAt": {
          "en": "purchase.orderedAt: expected a valid Date or an ISO 8601 instant with Z or ±HH:mm, got "yesterday"",
          "ko": "purchase.orderedAt: 유효한 Date 또는 Z나 ±HH:mm이 붙은 ISO 8601 시각이어야 합니다. 받은 값: "yesterday"",
          "zh-Hans": "purchase.orderedAt：应为有效的 Date，或带 Z 或 ±HH:mm 的 ISO 8601 时间点，实际为 "yesterday"",
          "zh-Hant": "purchase.orderedAt：應為有效的 Date，或帶 Z 或 ±HH:mm 的 ISO 8601 時間點，實際為 "yesterday"",
        },
        "a policy with one issue": {
          "en": "policy: 1 issue: trialDays: expected an integer ≥ 1, got 0",
          "ko": "policy: 문제 1개: trialDays: 1 이상의 정수여야 합니다. 받은 값: 0",
          "zh-Hans": "policy：1 个问题：trialDays：应为 ≥ 1 的整数，实际为 0",
          "zh-Hant": "policy：1 個問題：trialDays：應為 ≥ 1 的整數，實際為 0",
        },
        "a policy with two issues": {
          "en": "policy: 2 issues: extra: unknown key, got "extra"; trialDays: expected an integer ≥ 1, got 0",
          "ko": "policy: 문제 2개: extra: 알 수 없는 키입니다. 받은 값: "extra"; trialDays: 1 이상의 정수여야 합니다. 받은 값: 0",
          "zh-Hans": "policy：2 个问题：extra：未知的键，实际为 "extra"；trialDays：应为 ≥ 1 的整数，实际为 0",
          "zh-Hant": "policy：2 個問題：extra：未知的索引鍵，實際為 "extra"；trialDays：應為 ≥ 1 的整數，實際為 0",
        },
        "a quantity below one": {
          "en": "input.quantity: expected an integer ≥ 1, got 0",
          "ko": "input.quantity: 1 이상의 정수여야 합니다. 받은 값: 0",
          "zh-Hans": "input.quantity：应为 ≥ 1 的整数，实际为 0",
          "zh-Hant": "input.quantity：應為 ≥ 1 的整數，實際為 0",
        },
        "an unknown market": {
          "en": "text: expected a Partner Center market code or name, got "Atlantis"",
          "ko": "text: 파트너 센터 시장 코드 또는 이름이어야 합니다. 받은 값: "Atlantis"",
          "zh-Hans": "text：应为合作伙伴中心市场代码或名称，实际为 "Atlantis"",
          "zh-Hant": "text：應為合作夥伴中心市場代碼或名稱，實際為 "Atlantis"",
        },
      }
    `);
  });

  it('MSG-1: a stored RuleError (its JSON) formats as the live one did, in every locale and in English', () => {
    for (const run of Object.values(representative)) {
      const error = ruleErrorOf(run);
      const stored = JSON.parse(JSON.stringify(error)) as RuleError;
      expect(stored.message).toBeUndefined();
      for (const locale of [en, ...translated]) {
        expect(formatMessage(stored, locale)).toBe(formatMessage(error, locale));
      }
      expect(formatMessage(stored, en)).toBe(error.message);
    }
  });

  describe('properties', () => {
    const calls: readonly ((value: unknown) => unknown)[] = [
      (value) => cancellationDecision(value as never, '2026-01-01T00:00:00Z'),
      (value) =>
        cancellationDecision(
          { product: 'software-perpetual', orderedAt: value } as never,
          '2026-01-01T00:00:00Z',
        ),
      (value) => resolveMarket(value as never),
      (value) => policyAt(value as never),
      (value) => quote(value as never),
      (value) => quote({ listPrice: value, quantity: 1, market: 'US', taxRate: 0 } as never),
      (value) => createSubscription(value as never),
      (value) => definePolicy(value),
      (value) => definePolicy({ ...structuredClone(partnerCenterPolicies[0]), suspension: value }),
      (value) =>
        transition(
          createSubscription({
            product: 'marketplace-saas',
            billingCycle: 'monthly',
            quantity: 1,
            orderedAt: '2026-01-01T00:00:00Z',
          }),
          value as never,
        ),
    ];

    it("MSG-1: a RuleError formatted in any locale names its field's path, and is never the English left untranslated", () => {
      let checked = 0;
      fc.assert(
        fc.property(fc.constantFrom(...calls), fc.anything(), (call, value) => {
          let error: unknown;
          try {
            call(value);
          } catch (caught) {
            error = caught;
          }
          if (!(error instanceof RuleError)) return;
          checked++;
          for (const locale of translated) {
            const text = formatMessage(error, locale);
            if (error.path !== undefined) expect(text).toContain(error.path);
            expect(text).not.toBe(error.message);
          }
        }),
      );
      expect(checked).toBeGreaterThan(50);
    });
  });
});
