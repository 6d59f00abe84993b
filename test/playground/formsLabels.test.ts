import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The playground's modules are plain browser JavaScript; these hold data only, so Node loads them.
const playground = (name: string): Promise<unknown> =>
  import(pathToFileURL(join(import.meta.dirname, '../../docs/playground', name)).href);

type Labels = Record<string, Record<string, string>>;

const { FORMS_LABELS } = (await playground('formsLabels.js')) as { FORMS_LABELS: Labels };
const { INSPECTOR_LABELS } = (await playground('inspectorLabels.js')) as {
  INSPECTOR_LABELS: Labels;
};
const { scenarios } = (await playground('scenarios.js')) as { scenarios: { id: string }[] };
const english = FORMS_LABELS.en ?? {};

/** Names said the same in every language: the README file's name. */
const SAME_IN_EVERY_LANGUAGE = new Set(['nav.readme']);

describe('the page and the Timeline & decisions forms of the playground', () => {
  it('MSG-1: every label is in English, Korean, Simplified and Traditional Chinese, with the same placeholders', () => {
    expect(Object.keys(FORMS_LABELS)).toEqual(['en', 'ko', 'zh-Hans', 'zh-Hant']);
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const [tag, table] of Object.entries(FORMS_LABELS)) {
      expect([tag, Object.keys(table).sort()]).toEqual([tag, Object.keys(english).sort()]);
      for (const [key, text] of Object.entries(table)) {
        expect([tag, key, text.trim().length > 0]).toEqual([tag, key, true]);
        expect([tag, key, placeholders(text)]).toEqual([
          tag,
          key,
          placeholders(english[key] ?? ''),
        ]);
      }
    }
  });

  it('MSG-1: the Korean and Chinese labels are translations, not English left in place', () => {
    // a label the same as in English is a name listed above, or placeholders and punctuation alone
    // (`{outcome} ({rule})`)
    for (const tag of ['ko', 'zh-Hans', 'zh-Hant'])
      for (const [key, text] of Object.entries(FORMS_LABELS[tag] ?? {}))
        if (text === english[key] && !SAME_IN_EVERY_LANGUAGE.has(key))
          expect([tag, key, text.replace(/\{\w+\}|[\s():,.;]/g, '')]).toEqual([tag, key, '']);
    for (const key of SAME_IN_EVERY_LANGUAGE) expect(english[key]).toBeDefined();
  });

  it("MSG-1: its keys are not the inspector's, and every key the page names is in one of the two tables", () => {
    const inspector = INSPECTOR_LABELS.en ?? {};
    expect(Object.keys(english).filter((key) => key in inspector)).toEqual([]);
    const page = readFileSync(
      join(import.meta.dirname, '../../docs/playground/index.html'),
      'utf8',
    );
    const named = [...page.matchAll(/data-label-key="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(90);
    for (const key of named) expect([key, key in english || key in inspector]).toEqual([key, true]);
    // the forms' own keys in the page are the table's: none of the table's words is unused there
    const inPage = new Set(named);
    const scenarioKeys = scenarios.map((s) => `scenario.${s.id}`);
    for (const key of scenarioKeys) expect([key, key in english]).toEqual([key, true]);
    for (const key of Object.keys(english).filter((k) => /^(page|nav|form|opt)\./.test(k)))
      expect([key, inPage.has(key)]).toEqual([key, true]);
  });
});
