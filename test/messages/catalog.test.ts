import fc from 'fast-check';
import { cancellationDecision, type LocaleMessages, type MessageId } from 'subscription-rules';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, it } from 'vitest';
import { defineLocale } from '../_private.ts';
import { locales } from './_results.ts';

/** The placeholder names of a template, without their forms, sorted. */
const names = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)(?::\w)?\}/g)].map((match) => match[1] as string).sort();

const ids = Object.keys(en.messages) as MessageId[];
const saas = {
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  orderedAt: '2026-11-20T10:00:00Z',
} as const;

describe('the message catalog', () => {
  it('MSG-1: the English catalog has the message IDs of every area, dotted and kebab-case', () => {
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(\.[a-z]+(-[a-z]+)*)+$/);
    for (const area of ['refund.', 'lifecycle.', 'offer.', 'download.']) {
      expect(
        ids.some((id) => id.startsWith(area)),
        area,
      ).toBe(true);
    }
  });

  for (const [tag, locale] of Object.entries(locales)) {
    it(`MSG-1: ${tag} has a non-empty template for every message ID, with exactly the English placeholders`, () => {
      expect(locale.tag).toBe(tag);
      // Iterating the English keys proves no ID is missing, so the English fallback never runs.
      for (const id of ids) {
        const template = locale.messages[id];
        expect(typeof template, id).toBe('string');
        expect(template.trim(), id).not.toBe('');
        expect(names(template), id).toEqual(names(en.messages[id]));
      }
      expect(Object.keys(locale.messages).sort()).toEqual([...ids].sort());
    });

    it(`MSG-1: ${tag} translates every word of the vocabulary`, () => {
      expect(Object.keys(locale.words).sort()).toEqual(Object.keys(en.words).sort());
      for (const word of Object.values(locale.words)) expect(word.trim()).not.toBe('');
    });
  }

  it('MSG-1: the translations speak in their own language, never in English sentences', () => {
    for (const locale of [ko, zhHans, zhHant]) {
      for (const id of ids) {
        expect(locale.messages[id], `${locale.tag} ${id}`).not.toBe(en.messages[id]);
      }
    }
    const hangul = /\p{Script=Hangul}/u;
    const han = /\p{Script=Han}/u;
    for (const id of ids.filter((id) => !id.endsWith('.batches'))) {
      expect(ko.messages[id], id).toMatch(hangul);
      expect(zhHans.messages[id], id).toMatch(han);
      expect(zhHant.messages[id], id).toMatch(han);
    }
  });

  it("MSG-1: Partner Center's terms of the glossary, and 信用額度 (not the source's 點數) for credit", () => {
    const all = (messages: LocaleMessages): string => Object.values(messages).join('\n');
    expect(all(ko.messages)).toContain('크레딧');
    expect(all(ko.messages)).toContain('자동 갱신');
    expect(all(ko.messages)).toContain('다시 활성화');
    expect(all(zhHans.messages)).toContain('信用额度');
    expect(all(zhHans.messages)).toContain('自动续订');
    expect(all(zhHans.messages)).toContain('重新激活');
    expect(all(zhHant.messages)).toContain('信用額度');
    expect(all(zhHant.messages)).toContain('自動續約');
    expect(all(zhHant.messages)).toContain('重新啟用');
    expect(all(zhHant.messages)).toContain('訂用帳戶');
    expect(all(zhHant.messages)).not.toContain('點數');
    expect(zhHant.words.suspended).toBe('暫止');
    expect(zhHans.words.suspended).toBe('已暂停');
    expect(ko.words.suspended).toBe('일시 중단됨');
  });

  it('MSG-1: a template a locale lacked would fall back to English, never to a blank', () => {
    const { 'refund.full-credit': _dropped, ...rest } = ko.messages;
    const partial = defineLocale(
      'ko',
      rest as LocaleMessages,
      ko.words,
      ', ',
      undefined,
      en.messages,
    );
    const decision = cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: partial });
    expect(decision.message).toBe(
      'Cancelled within 24 hours of the order: full credit on the next invoice (window ends 2026-11-21T10:00:00.000Z).',
    );
    // …which the shipped locales never need: the test above iterates every English ID.
    expect(cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: ko }).message).not.toMatch(
      /Cancelled/,
    );
  });

  describe('properties', () => {
    it('MSG-1: every template of every locale names the same parameters as the English one', () => {
      fc.assert(
        fc.property(fc.constantFrom(...ids), fc.constantFrom(ko, zhHans, zhHant), (id, locale) => {
          expect(names(locale.messages[id])).toEqual(names(en.messages[id]));
        }),
      );
    });
  });
});
