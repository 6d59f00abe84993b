import fc from 'fast-check';
import {
  cancellationDecision,
  issueDownloadLink,
  type Locale,
  type Message,
  type MessageOptions,
  offerAvailability,
  recordDownload,
  transition,
} from 'subscription-rules';
import { purchase, subscription, subscriptionEvent } from 'subscription-rules/arbitraries';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { eventAt, newCommerceState } from '../lifecycle/newCommerce/_states.ts';
import { availabilityInput } from '../offers/_offerArbitraries.ts';

export const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();

/** The four locales, by tag. */
export const locales: Readonly<Record<string, Locale>> = {
  en,
  ko,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};

/**
 * One call of a function that returns messages, made with the options given: every area that
 * writes one (decisions legacy and New Commerce, refusals legacy and New Commerce, offer reasons,
 * refused downloads), drawn so each answers with a message (or several, for offers).
 */
export type MessageCall = (options?: MessageOptions) => Message[];

const legacyDecision = purchase({ program: 'legacy' }).chain((p) =>
  fc.nat({ max: 400 * DAY }).map(
    (wait): MessageCall =>
      (options) => [
        cancellationDecision(p, iso(Date.parse(p.orderedAt as string) + wait), options),
      ],
  ),
);
const newCommerceDecision = purchase({ program: 'new-commerce' }).chain((p) =>
  fc.nat({ max: 60 * DAY }).map(
    (wait): MessageCall =>
      (options) => {
        const start = 'termStart' in p && p.termStart !== undefined ? p.termStart : p.orderedAt;
        return [cancellationDecision(p, iso(Date.parse(String(start)) + wait), options)];
      },
  ),
);
const legacyRefusal = subscription({ program: 'legacy' }).chain((state) =>
  subscriptionEvent({ from: state.asOf, to: iso(Date.parse(state.asOf) + 400 * DAY) }).map(
    (event): MessageCall =>
      (options) => {
        try {
          const result = transition(state, event, options);
          return result.ok ? [] : [result];
        } catch {
          return []; // an event the state cannot take as input (e.g. a suspension without dates)
        }
      },
  ),
);
const newCommerceRefusal = newCommerceState.chain((state) =>
  fc
    .nat({ max: 400 * DAY })
    .chain((wait) => eventAt(iso(Date.parse(state.asOf) + wait)))
    .map(
      (event): MessageCall =>
        (options) => {
          try {
            const result = transition(state, event, options);
            return result.ok ? [] : [result];
          } catch {
            return [];
          }
        },
    ),
);
const offerReasons = availabilityInput.map(
  (input): MessageCall =>
    (options) => [...offerAvailability(input, options).reasons],
);
const downloads = fc
  .tuple(fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.nat({ max: 40 }))
  .map(
    ([issuedMs, days]): MessageCall =>
      (options) => {
        const result = recordDownload(
          issueDownloadLink(iso(issuedMs)),
          iso(issuedMs + days * DAY),
          options,
        );
        return result.ok ? [] : [result];
      },
  );

/** A call that returns messages, from any area. */
export const messageCall: fc.Arbitrary<MessageCall> = fc.oneof(
  legacyDecision,
  newCommerceDecision,
  legacyRefusal,
  newCommerceRefusal,
  offerReasons,
  downloads,
);
