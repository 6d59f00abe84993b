import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import {
  advance,
  allowedActions,
  type CurrencyCode,
  type Deadline,
  formatMessage,
  formatMoney,
  fromPartnerCenterSubscription,
  type Locale,
  type Money,
  money,
  type NewCommerceDeadline,
  type NewCommerceSubscription,
  nextDeadline,
  type PartnerCenterSubscription,
  type Subscription,
  toPartnerCenterPatch,
  transition,
} from 'subscription-rules';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { parsePartnerCenterSubscription } from 'subscription-rules/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { m365_2021, saas2019, software2021 } from '../partnerCenter/_samples.ts';
import {
  browserPresent,
  inspectorTab,
  type Labels,
  inspectorLabel as label,
  playgroundSession,
  root,
  shownInstants,
} from './_playground.ts';

// the page's other words (its heading, links and the forms' view) are in a table of their own
const { FORMS_LABELS } = (await import(
  pathToFileURL(join(root, 'docs/playground/formsLabels.js')).href
)) as { FORMS_LABELS: Labels };

const LANGUAGES: readonly (readonly [string, Locale])[] = [
  ['en', en],
  ['ko', ko],
  ['zh-Hans', zhHans],
  ['zh-Hant', zhHant],
];
const WIDTHS = [1280, 375] as const;
/** The reader's zone in the browser: dates are shown in it, with the UTC instant on hover. */
const ZONE = 'Asia/Seoul';
/** The browser's clock, fixed: "now" for the countdowns and the default "as of". */
const NOW = '2026-11-25T12:00:00.000Z';
const SHOTS = join(root, 'reports/screenshots');

type State = Subscription | NewCommerceSubscription;

/** Instants as the page must show them, in the reader's zone. */
const shown = (tab: Page, isos: readonly string[], tag: string): Promise<string[]> =>
  shownInstants(tab, isos, tag, ZONE);

/** An instant as the library writes one in a sentence. */
const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})/g;

/**
 * A sentence of the library as the page must show it: every instant in it written as the page's
 * localised date (the browser's own Intl, as {@link shown}), never as the ISO instant.
 */
async function localised(tab: Page, text: string, tag: string): Promise<string> {
  const instants = [...text.matchAll(INSTANT)].map((m) => m[0]);
  const dates = await shown(tab, instants, tag);
  let i = 0;
  return text.replace(INSTANT, () => dates[i++] ?? '');
}

/** The countdown's words for a window ending at `end`, the clock at `now`. */
function countdown(end: string, now: string, tag: string): string {
  const seconds = Math.floor(Math.abs(Date.parse(end) - Date.parse(now)) / 1000);
  const days = Math.floor(seconds / 86_400);
  const two = (n: number): string => String(n).padStart(2, '0');
  const clock = `${two(Math.floor((seconds % 86_400) / 3600))}:${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
  const time = days > 0 ? label(tag, 'countdown.days', { days, clock }) : clock;
  return label(tag, Date.parse(end) > Date.parse(now) ? 'countdown.future' : 'countdown.past', {
    time,
  });
}

interface Case {
  readonly id: string;
  readonly resource: PartnerCenterSubscription;
  readonly asOf: string;
  readonly price?: readonly [string, string];
}

const CASES: readonly Case[] = [
  { id: 'm365', resource: m365_2021, asOf: '2021-01-14T20:00:00Z', price: ['12.50', 'usd'] },
  { id: 'software', resource: software2021, asOf: '2021-09-20T00:00:00Z' },
  { id: 'saas', resource: saas2019, asOf: '2019-01-09T12:00:00Z', price: ['9.99', 'EUR'] },
];

/** The resource as the page reads it: checked by the schema first (untrusted input). */
function checked(resource: unknown): PartnerCenterSubscription {
  const parsed = parsePartnerCenterSubscription(resource);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** What the library says of a case, in the test process: the expectations of the page. */
function expected(c: Case, locale: Locale) {
  const price: Money | undefined =
    c.price === undefined ? undefined : money(c.price[0], c.price[1].toUpperCase() as CurrencyCode);
  const reading = fromPartnerCenterSubscription(checked(c.resource), {
    asOf: c.asOf,
    locale,
    ...(price === undefined ? {} : { price }),
  });
  const state = reading.subscription;
  const actions = allowedActions(state, c.asOf, { locale });
  const next: (Deadline | NewCommerceDeadline)[] = [];
  let s: State = state;
  for (let i = 0; i < 4; i++) {
    const deadline: Deadline | NewCommerceDeadline | null = nextDeadline(s);
    if (deadline === null) break;
    next.push(deadline);
    s = advance(s, deadline.at).subscription;
  }
  return { state, notes: reading.notes, actions, next };
}

describe.skipIf(!browserPresent)('the Partner Center inspector in Chromium', () => {
  const session = playgroundSession({ timezoneId: ZONE });
  /** Everything thrown or logged as an error in any tab: the tests end by asserting it empty. */
  const problems: string[] = [];

  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
  });

  /** A tab of the given width on the page, its clock fixed at NOW, listening for errors. */
  const open = (width: number): Promise<Page> =>
    inspectorTab(session, problems, { now: NOW, width });

  async function read(tab: Page, c: Case): Promise<void> {
    await tab.selectOption('#inspector-form select[name=sample]', c.id);
    await tab.fill('#inspector-form input[name=price]', c.price?.[0] ?? '');
    await tab.fill('#inspector-form input[name=currency]', c.price?.[1] ?? 'USD');
    await tab.fill('#inspector-form input[name=asOf]', c.asOf);
    await tab.click('#inspector-form button[name=read]');
    await tab.waitForSelector('#inspector-result[data-state=read]');
  }

  /** The text and UTC instant of each `<time>` inside `selector`. */
  function times(tab: Page, selector: string): Promise<[string, string, string][]> {
    return tab.$$eval(`${selector} time`, (nodes) =>
      nodes.map((n) => [
        n.textContent ?? '',
        n.getAttribute('datetime') ?? '',
        n.getAttribute('title') ?? '',
      ]),
    );
  }

  async function checkReading(tab: Page, c: Case, tag: string, locale: Locale): Promise<void> {
    const e = expected(c, locale);
    const s = e.state;
    const field = (name: string) =>
      tab.locator(`#inspector-summary [data-field=${name}] dd`).textContent();
    expect(await field('program')).toBe(label(tag, `program.${s.program}`));
    expect(await field('product')).toBe(label(tag, `product.${s.product}`));
    expect(await field('status')).toBe(label(tag, `status.${s.status}`));
    expect(await field('seats')).toBe(String(s.quantity));
    // ORD-7: the seats a change may go to now, when the resource names its offer
    const change = e.actions.find((a) => a.type === 'change-quantity');
    if (change !== undefined && 'minQuantity' in change && change.minQuantity !== undefined)
      expect(await field('seatBounds')).toBe(
        [
          change.maxQuantity === undefined
            ? label(tag, 'seatBounds.atLeast', { min: change.minQuantity })
            : label(tag, 'seatBounds.range', { min: change.minQuantity, max: change.maxQuantity }),
          ...[change.minQuantityBy, change.maxQuantityBy].flatMap((r) =>
            r ? [` ${r.message}`] : [],
          ),
        ].join(''),
      );
    expect(await field('term')).toBe(label(tag, `term.${s.term}`));
    expect(await field('price')).toBe(
      s.price === null ? label(tag, 'price.none') : formatMoney(s.price, tag),
    );
    const iso = (t: string): string => new Date(t).toISOString();
    for (const [name, at] of [
      ['termStart', s.termStart],
      ['termEnd', s.termEnd],
      ['asOf', s.asOf],
    ] as const) {
      if (at === null) throw new Error(`no ${name}`);
      expect(await times(tab, `#inspector-summary [data-field=${name}]`)).toEqual([
        [...(await shown(tab, [at], tag)), iso(at), iso(at)],
      ]);
    }

    // the windows: each end shown, open or closed as of the instant, counted down from the clock
    const windows = await tab.$$eval('#inspector-windows tbody tr', (rows) =>
      rows.map((row) => ({
        key: row.getAttribute('data-window') ?? '',
        ends: row.querySelector('td:nth-child(2) time')?.getAttribute('datetime') ?? null,
        state: row.querySelector('td:nth-child(3)')?.textContent ?? '',
        countdown: row.querySelector('.countdown')?.textContent ?? '',
      })),
    );
    const batches = 'seats' in s ? s.seats.filter((b) => b.reducibleUntil !== null) : [];
    const keys = windows.map((w) => w.key);
    if (typeof s.fullCreditUntil === 'string') expect(keys).toContain('fullCredit');
    expect(keys.filter((k) => k === 'batch')).toHaveLength(batches.length);
    expect(keys.at(-1)).toBe('term');
    for (const w of windows) {
      if (w.ends === null) continue;
      const open = Date.parse(c.asOf) < Date.parse(w.ends);
      expect(w.state).toBe(label(tag, open ? 'window.open' : 'window.closed'));
      expect(w.countdown).toBe(countdown(w.ends, NOW, tag));
    }
    const ends = Object.fromEntries(windows.map((w) => [w.key, w.ends]));
    if (typeof s.fullCreditUntil === 'string') expect(ends.fullCredit).toBe(iso(s.fullCreditUntil));
    if ('cancellableUntil' in s && typeof s.cancellableUntil === 'string')
      expect(ends.cancellable).toBe(iso(s.cancellableUntil));
    expect(ends.term).toBe(s.termEnd === null ? undefined : iso(s.termEnd));

    // the actions, as the library words them (amounts with a price), under the table's names
    const actions = await tab.$$eval('#inspector-actions li', (items) =>
      items.map((li) => [
        li.getAttribute('data-action') ?? '',
        li.querySelector('.description')?.textContent ?? '',
      ]),
    );
    const said = [];
    for (const a of e.actions) said.push([a.type, await localised(tab, a.description, tag)]);
    expect(actions).toEqual(said);

    // the notes, or the sentence that says there are none
    if (e.notes.length === 0)
      expect(await tab.locator('#inspector-notes-panel .empty').textContent()).toBe(
        label(tag, 'notes.none'),
      );
    else
      expect(await tab.locator('#inspector-notes li').allTextContents()).toEqual(
        await Promise.all(e.notes.map((n) => localised(tab, `${n.path} ${n.message}`, tag))),
      );

    // what happens next: the time-driven events from the instant on
    const next = await tab.$$eval('#inspector-next li', (items) =>
      items.map((li) => [
        li.getAttribute('data-deadline') ?? '',
        li.querySelector('time')?.getAttribute('datetime') ?? '',
        li.querySelector('strong')?.textContent ?? '',
      ]),
    );
    expect(next).toEqual(e.next.map((d) => [d.type, iso(d.at), label(tag, `deadline.${d.type}`)]));

    // the PATCH of the first action, then of a change of seats
    const first = e.actions[0];
    if (first === undefined) throw new Error('no action');
    const select = '#inspector-patch select[name=action]';
    expect(await tab.locator(`${select} option`).first().textContent()).toBe(
      label(
        tag,
        first.type === 'set-auto-renew'
          ? `action.set-auto-renew.${first.enabled ? 'on' : 'off'}`
          : `action.${first.type}`,
      ),
    );
    if (first.type === 'cancel') {
      const step = transition(s, { type: 'cancel', at: c.asOf }, { locale });
      if (!step.ok) throw new Error('the cancellation is refused');
      expect(JSON.parse((await tab.locator('#inspector-patch-body').textContent()) ?? '')).toEqual(
        toPartnerCenterPatch(s, step.subscription),
      );
      const effect = step.effects[0];
      if (effect?.type !== 'credit') throw new Error('no credit');
      const outcome = label(tag, `outcome.${effect.outcome}`);
      expect(await tab.locator('#inspector-effects li').first().textContent()).toBe(
        effect.credit === undefined
          ? label(tag, 'effect.creditUnpriced', { outcome })
          : label(tag, 'effect.credit', { outcome, amount: formatMoney(effect.credit, tag) }),
      );
    }
    const quantity = e.actions.findIndex((a) => a.type === 'change-quantity');
    await tab.selectOption(select, String(quantity));
    await tab.fill('#inspector-patch input[name=seats]', String(s.quantity + 2));
    const more = transition(s, { type: 'change-quantity', at: c.asOf, quantity: s.quantity + 2 });
    if (!more.ok) throw new Error('adding seats is refused');
    const body = toPartnerCenterPatch(s, more.subscription);
    expect(body).toMatchObject({ quantity: s.quantity + 2 });
    expect(JSON.parse((await tab.locator('#inspector-patch-body').textContent()) ?? '')).toEqual(
      body,
    );
  }

  /** Hostile pastes: each a clear message in the chosen language, nothing thrown. */
  async function checkHostile(tab: Page, tag: string, locale: Locale): Promise<void> {
    const form = '#inspector-form';
    const problem = async (text: string, asOf = NOW.replace('.000', '')) => {
      await tab.fill(`${form} textarea[name=resource]`, text);
      await tab.fill(`${form} input[name=price]`, '');
      await tab.fill(`${form} input[name=asOf]`, asOf);
      await tab.click(`${form} button[name=read]`);
      await tab.waitForSelector('#inspector-result[data-state=problem]');
      const box = tab.locator('#inspector-error');
      return {
        key: await box.getAttribute('data-problem'),
        lines: await box.locator('p').allTextContents(),
        reasons: await box.locator('li').allTextContents(),
      };
    };
    const title = label(tag, 'error.title');
    expect(await problem('')).toEqual({
      key: 'error.empty',
      lines: [title, label(tag, 'error.empty')],
      reasons: [],
    });
    expect(await problem('{ "quantity": 10, status: active')).toEqual({
      key: 'error.json',
      lines: [title, label(tag, 'error.json')],
      reasons: [],
    });
    const issuesOf = (value: unknown): string[] => {
      const parsed = parsePartnerCenterSubscription(value);
      if (parsed.ok) throw new Error('parsed');
      return parsed.issues.map(
        (i) => `${i.path === '' ? '' : `${i.path} `}${formatMessage(i, locale)}`,
      );
    };
    const list = [m365_2021];
    expect(await problem(JSON.stringify(list))).toEqual({
      key: 'error.list',
      lines: [title, label(tag, 'error.list')],
      reasons: issuesOf(list),
    });
    const licence = { ...saas2019, isMicrosoftProduct: true };
    expect(await problem(JSON.stringify(licence))).toEqual({
      key: 'error.shape',
      lines: [title, label(tag, 'error.shape')],
      reasons: issuesOf(licence),
    });
    const missing = { quantity: 10, offerName: 'Microsoft 365 Business Basic' };
    const missingAnswer = await problem(JSON.stringify(missing));
    expect(missingAnswer.reasons).toEqual(issuesOf(missing));
    expect(missingAnswer.reasons.length).toBeGreaterThan(1);
    // read before it began, a resource is a RuleError (one read years after its term ended is
    // taken forward by the rules: PCR-1, decided 2026-11-27)
    const early = {
      ...m365_2021,
      effectiveStartDate: '2099-01-14T16:57:14.498252Z',
      commitmentEndDate: '2100-01-13T00:00:00Z',
    };
    const stale = await problem(JSON.stringify(early));
    let error: unknown;
    try {
      fromPartnerCenterSubscription(checked(early), { asOf: NOW, locale });
    } catch (thrown) {
      error = thrown;
    }
    const { path } = error as { path: string };
    expect(stale.key).toBe('error.read');
    expect(stale.reasons).toEqual([
      `${path} ${formatMessage(error as Parameters<typeof formatMessage>[0], locale)
        .slice(path.length)
        .replace(/^[:：] ?/, '')}`,
    ]);
  }

  /** Every [data-label-key] says its table entry, and no word of English is left in the view. */
  async function checkLanguage(tab: Page, tag: string): Promise<void> {
    const keyed = await tab.$$eval('[data-label-key]', (nodes) =>
      nodes.map((n): [string, string] => [
        (n as HTMLElement).dataset.labelKey ?? '',
        n.textContent ?? '',
      ]),
    );
    expect(keyed.length).toBeGreaterThan(10);
    for (const [key, text] of keyed) {
      const expected = key in (FORMS_LABELS.en ?? {}) ? FORMS_LABELS[tag]?.[key] : label(tag, key);
      expect([key, text]).toEqual([key, expected]);
    }
    if (tag === 'en') return;
    const words = await tab.evaluate(() => {
      const found: string[] = [];
      const roots = Array.from(document.querySelectorAll('#inspector, [role=tablist]'));
      for (const view of roots) {
        const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (node.parentElement?.closest('[data-verbatim], textarea, [hidden]')) continue;
          const reason = node.parentElement?.closest('.reasons') ? 'reason:' : '';
          for (const word of node.textContent?.match(/[A-Za-z][A-Za-z-]*[A-Za-z]/g) ?? [])
            found.push(`${reason}${word}`);
        }
      }
      return found;
    });
    // what stays in Latin letters: product and company names, codes, the API's words, and the
    // fields the library's sentences name (a suspension's dates; in a refusal of a resource read
    // before it began, the option it was read with and the resource's field it began at)
    const allowed =
      /^(Microsoft|Business|Basic|Windows|Server|Datacenter|SaaS|Azure|ESU|API|JSON|PATCH|UTC|US|GMT|P\d+[MY]|[A-Z]+|accountOpenedAt|firstBillingPeriodStart|reason:options|reason:asOf|reason:resource|reason:effectiveStartDate)$/;
    expect(words.filter((w) => !allowed.test(w))).toEqual([]);
  }

  /** Nothing scrolls sideways, and nothing in the inspector sticks out of it. */
  async function checkFits(tab: Page, width: number): Promise<void> {
    const { scroll, inner, outside } = await tab.evaluate(() => {
      const view = document.querySelector('#inspector') as HTMLElement;
      const box = view.getBoundingClientRect();
      const outside: string[] = [];
      for (const node of Array.from(view.querySelectorAll('*'))) {
        const r = node.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
          outside.push(
            `${node.tagName}.${node.className} in ${node.parentElement?.closest('[id]')?.id} ${node.textContent} ${r.left}-${r.right} of ${box.left}-${box.right}`,
          );
        const el = node as HTMLElement;
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
          outside.push(`${node.tagName} scrolls ${el.scrollWidth} > ${el.clientWidth}`);
      }
      return {
        scroll: document.scrollingElement?.scrollWidth ?? 0,
        inner: window.innerWidth,
        outside,
      };
    });
    expect(inner).toBe(width);
    expect(scroll).toBeLessThanOrEqual(inner);
    expect(outside).toEqual([]);
  }

  it('opens on the inspector, "as of" now by the browser clock; the playground forms are a tab away', async () => {
    const tab = await open(1280);
    expect(await tab.locator('[role=tab][aria-selected=true]').getAttribute('id')).toBe(
      'tab-inspector',
    );
    expect(await tab.locator('#inspector').isVisible()).toBe(true);
    expect(await tab.locator('#timeline').isVisible()).toBe(false);
    expect(await tab.inputValue('#inspector-form input[name=asOf]')).toBe(NOW.replace('.000', ''));
    expect(await tab.locator('#inspector-result .empty').textContent()).toBe(label('en', 'empty'));
    await tab.click('#tab-playground');
    expect(await tab.locator('#timeline').isVisible()).toBe(true);
    expect(await tab.locator('#inspector').isVisible()).toBe(false);
    expect(new URL(tab.url()).hash).toBe('#playground');
    await tab.click('#tab-inspector');
    expect(await tab.locator('#inspector').isVisible()).toBe(true);
    await tab.fill('#inspector-form input[name=asOf]', '2021-01-14T20:00:00Z');
    await tab.click('#inspector-form button[name=now]');
    expect(await tab.inputValue('#inspector-form input[name=asOf]')).toBe(NOW.replace('.000', ''));
    await tab.close();
    expect(problems).toEqual([]);
  });

  it('PCR-1, PCR-2, NCE-10: the M365 sample at 12.50 USD says its credits; the countdown follows the clock', async () => {
    const tab = await open(1280);
    const m365 = CASES[0] as Case;
    await read(tab, m365);
    const description = await tab
      .locator('#inspector-actions li[data-action=cancel] .description')
      .textContent();
    expect(description).toBe(
      `cancel for a full credit of $125.00 until ${(await shown(tab, ['2021-01-15T00:00:00.000Z'], 'en'))[0]}`,
    );
    expect(JSON.parse((await tab.locator('#inspector-patch-body').textContent()) ?? '')).toEqual({
      status: 'deleted',
    });
    // a new instant, once changed, reads the resource again: a day later the full credit is over
    await tab.fill('#inspector-form input[name=asOf]', '2021-01-15T20:00:00Z');
    await tab.locator('#inspector-form input[name=asOf]').blur();
    await tab.waitForSelector('#inspector-windows tr[data-window=fullCredit].closed');
    const later = expected({ ...m365, asOf: '2021-01-15T20:00:00Z' }, en).actions;
    expect(await tab.locator('#inspector-actions .description').allTextContents()).toEqual(
      await Promise.all(later.map((a) => localised(tab, a.description, 'en'))),
    );
    // after the seats' window, a reduction is refused, in words (NCE-11), and nothing is sent
    const late = '2021-01-20T00:00:00Z';
    await tab.fill('#inspector-form input[name=asOf]', late);
    await tab.locator('#inspector-form input[name=asOf]').blur();
    await tab.waitForSelector('#inspector-windows tr[data-window=cancellable].closed');
    const state = expected({ ...m365, asOf: late }, en).state;
    const reduce = await tab.$$eval('#inspector-patch option', (options) =>
      options.findIndex((o) => o.textContent === 'Change the number of seats'),
    );
    await tab.selectOption('#inspector-patch select[name=action]', String(reduce));
    await tab.fill('#inspector-patch input[name=seats]', '5');
    const refusal = transition(state, { type: 'change-quantity', at: late, quantity: 5 });
    if (refusal.ok) throw new Error('the reduction is accepted');
    expect(await tab.locator('#inspector-patch .refused').textContent()).toBe(
      await localised(tab, `Refused: ${refusal.message}`, 'en'),
    );
    expect(await tab.locator('#inspector-patch-body').count()).toBe(0);
    await read(tab, m365);
    // cancellable until the prorated cancellation the full credit gives way to ends (NCE-4)
    const reading = expected(m365, en).state;
    const prorated = allowedActions(reading, reading.fullCreditUntil ?? '').find(
      (a) => a.type === 'cancel',
    );
    expect(prorated?.outcome).toBe('prorated-credit');
    expect(
      await tab
        .locator('#inspector-windows tr[data-window=cancellable] time')
        .getAttribute('datetime'),
    ).toBe(prorated?.until);
    const first = tab.locator('#inspector-windows .countdown').first();
    const before = (await first.textContent()) ?? '';
    await tab.clock.setFixedTime(Date.parse(NOW) + 5000);
    await tab.waitForFunction(
      (text) => document.querySelector('#inspector-windows .countdown')?.textContent !== text,
      before,
    );
    expect(await first.textContent()).toBe(
      countdown('2021-01-15T00:00:00.000Z', new Date(Date.parse(NOW) + 5000).toISOString(), 'en'),
    );
    await tab.close();
    expect(problems).toEqual([]);
  });

  // the two widths at once, each in a tab of its own (the browser is shared)
  for (const width of WIDTHS)
    it.concurrent(`MSG-1: in English, Korean, Simplified and Traditional Chinese at ${width} px, the three samples, their windows, actions, next events and PATCH bodies, and every hostile paste said in that language`, async () => {
      const tab = await open(width);
      for (const [tag, locale] of LANGUAGES) {
        await tab.selectOption('#locale', tag);
        expect(await tab.getAttribute('html', 'lang')).toBe(tag);
        for (const c of CASES) {
          await read(tab, c);
          await checkReading(tab, c, tag, locale);
          await checkLanguage(tab, tag);
          await checkFits(tab, width);
          if (c.id === 'm365')
            await tab.screenshot({
              path: join(SHOTS, `inspector-${tag}-${width}.png`),
              fullPage: true,
            });
        }
        await checkHostile(tab, tag, locale);
        await checkLanguage(tab, tag);
        await checkFits(tab, width);
      }
      await tab.close();
      expect(problems).toEqual([]);
    });
});
