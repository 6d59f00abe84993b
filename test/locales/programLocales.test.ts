import fc from 'fast-check';
import type { LegacyMessageId, Locale, MessageId, NewCommerceMessageId } from 'subscription-rules';
import {
  allowedActions,
  cancellationDecision,
  formatMessage,
  fromPartnerCenterSubscription,
  transition,
} from 'subscription-rules';
import {
  partnerCenterSubscription,
  purchase,
  subscription,
  subscriptionEvent,
} from 'subscription-rules/arbitraries';
import { en as legacyEn } from 'subscription-rules/legacy/locales/en';
import { ko as legacyKo } from 'subscription-rules/legacy/locales/ko';
import { zhHans as legacyZhHans } from 'subscription-rules/legacy/locales/zh-Hans';
import { zhHant as legacyZhHant } from 'subscription-rules/legacy/locales/zh-Hant';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { en as nceEn } from 'subscription-rules/new-commerce/locales/en';
import { ko as nceKo } from 'subscription-rules/new-commerce/locales/ko';
import { zhHans as nceZhHans } from 'subscription-rules/new-commerce/locales/zh-Hans';
import { zhHant as nceZhHant } from 'subscription-rules/new-commerce/locales/zh-Hant';
import { describe, expect, it } from 'vitest';
import { later } from '../_calls.ts';
import { ruleErrorOf } from '../_errors.ts';

const DAY = 86_400_000;
const legacyOnly = (id: string): boolean =>
  (id.startsWith('refund.') &&
    !id.startsWith('refund.term.') &&
    !['refund.usage-based', 'refund.plan-not-cancellable', 'refund.support-request'].includes(
      id,
    )) ||
  (id.startsWith('action.') &&
    !id.startsWith('action.nce.') &&
    ![
      'action.cancel.trial',
      'action.auto-renew.on',
      'action.auto-renew.off',
      'action.reactivate',
    ].includes(id));
const newCommerceOnly = (id: string): boolean =>
  id.startsWith('refund.term.') ||
  id.startsWith('action.nce.') ||
  id.startsWith('lifecycle.nce.') ||
  // what a partner may buy or change: New Commerce's order rules (ORD-8)
  id.startsWith('order.') ||
  // the reader's notes of a New Commerce term's end (EST-6)
  id.startsWith('resource.nce.');
/** Azure reservations belong to neither program and only the root exports them (RES-1, RES-2). */
const wholeOnly = (id: string): boolean => id.startsWith('reservation.');

/** Each program's locale beside the whole one of its language. */
const pairs: readonly (readonly [Locale<NewCommerceMessageId>, Locale<LegacyMessageId>, Locale])[] =
  [
    [nceEn, legacyEn, en],
    [nceKo, legacyKo, ko],
    [nceZhHans, legacyZhHans, zhHans],
    [nceZhHant, legacyZhHant, zhHant],
  ];
const all = Object.keys(en.messages) as MessageId[];

describe('the locales of one program', () => {
  it('MSG-1, NCE-1: each translates exactly its program’s messages and the shared ones, in the same words as the whole locale', () => {
    for (const [nce, legacy, whole] of pairs) {
      const nceIds = Object.keys(nce.messages).sort();
      const legacyIds = Object.keys(legacy.messages).sort();
      expect(nceIds).toEqual(all.filter((id) => !legacyOnly(id) && !wholeOnly(id)).sort());
      expect(legacyIds).toEqual(all.filter((id) => !newCommerceOnly(id) && !wholeOnly(id)).sort());
      for (const id of nceIds)
        expect((nce.messages as Record<string, string>)[id]).toBe(whole.messages[id as MessageId]);
      for (const id of legacyIds)
        expect((legacy.messages as Record<string, string>)[id]).toBe(
          whole.messages[id as MessageId],
        );
      expect([nce.tag, legacy.tag]).toEqual([whole.tag, whole.tag]);
    }
  });

  it('MSG-1, NCE-1: the other program’s message is a RuleError at options.locale, never a blank or an English fallback', () => {
    const saas = {
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    for (const locale of [nceEn, nceKo, nceZhHans, nceZhHant]) {
      const error = ruleErrorOf(() =>
        cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale }),
      );
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'options.locale']);
      expect(error.message).toContain('refund.full-credit');
    }
    const seats = {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    const error = ruleErrorOf(() =>
      cancellationDecision(seats, '2026-11-23T09:00:00Z', { locale: legacyKo }),
    );
    expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'options.locale']);
    expect(formatMessage(error, ko)).toContain('refund.term.prorated-credit');
  });

  describe('properties', () => {
    it('MSG-1, NCE-1: a program’s locale says every decision, refusal, action and note of that program exactly as the whole locale does', () => {
      const gap = fc.integer({ min: 0, max: 400 * DAY });
      fc.assert(
        fc.property(
          fc.constantFrom(...pairs),
          subscription({ program: 'new-commerce' }),
          subscriptionEvent({ program: 'new-commerce' }),
          subscription({ program: 'legacy' }),
          subscriptionEvent(),
          gap,
          ([nce, legacy, whole], nceState, nceEvent, legacyState, legacyEvent, wait) => {
            const nceAt = later(nceState.asOf, wait);
            const legacyAt = later(legacyState.asOf, wait);
            const said = (run: () => unknown): unknown => {
              try {
                return run();
              } catch (thrown) {
                return (thrown as { code?: unknown }).code;
              }
            };
            expect(
              said(() => transition(nceState, { ...nceEvent, at: nceAt }, { locale: nce })),
            ).toEqual(
              said(() => transition(nceState, { ...nceEvent, at: nceAt }, { locale: whole })),
            );
            expect(said(() => allowedActions(nceState, nceAt, { locale: nce }))).toEqual(
              said(() => allowedActions(nceState, nceAt, { locale: whole })),
            );
            expect(
              said(() =>
                transition(legacyState, { ...legacyEvent, at: legacyAt }, { locale: legacy }),
              ),
            ).toEqual(
              said(() =>
                transition(legacyState, { ...legacyEvent, at: legacyAt }, { locale: whole }),
              ),
            );
            expect(said(() => allowedActions(legacyState, legacyAt, { locale: legacy }))).toEqual(
              said(() => allowedActions(legacyState, legacyAt, { locale: whole })),
            );
          },
        ),
      );
    });

    it('MSG-1, NCE-1: purchases and Partner Center notes read the same in a program’s locale as in the whole one', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...pairs),
          purchase({ program: 'new-commerce' }),
          partnerCenterSubscription(),
          fc.integer({ min: 0, max: 400 * DAY }),
          ([nce, legacy, whole], bought, resource, wait) => {
            const start = 'termStart' in bought ? bought.termStart : undefined;
            const at = later(String(start ?? bought.orderedAt), wait);
            const said = (run: () => unknown): unknown => {
              try {
                return run();
              } catch (thrown) {
                return (thrown as { code?: unknown }).code;
              }
            };
            expect(said(() => cancellationDecision(bought, at, { locale: nce }))).toEqual(
              said(() => cancellationDecision(bought, at, { locale: whole })),
            );
            const asOf = later(String(resource.effectiveStartDate), wait);
            const read = said(() => fromPartnerCenterSubscription(resource, { asOf })) as {
              subscription?: { program: string };
            };
            if (read.subscription === undefined) return;
            const mine = read.subscription.program === 'new-commerce' ? nce : legacy;
            expect(
              said(() => fromPartnerCenterSubscription(resource, { asOf, locale: mine })),
            ).toEqual(said(() => fromPartnerCenterSubscription(resource, { asOf, locale: whole })));
          },
        ),
      );
    });
  });
});
