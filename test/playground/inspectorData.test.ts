import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { m365_2021, saas2019, software2021 } from '../partnerCenter/_samples.ts';

// The playground's modules are plain browser JavaScript; these two hold data only, so Node loads them.
const playground = (name: string): Promise<unknown> =>
  import(pathToFileURL(join(import.meta.dirname, '../../docs/playground', name)).href);

type Labels = Record<string, Record<string, string>>;

describe('the inspector of the playground', () => {
  it("PCR-1: its samples are the library's test samples, field for field", async () => {
    const samples = (await playground('samples.js')) as Record<string, unknown>;
    expect(samples.m365_2021).toEqual(m365_2021);
    expect(samples.software2021).toEqual(software2021);
    expect(samples.saas2019).toEqual(saas2019);
    expect((samples.SAMPLES as { resource: unknown }[]).map((s) => s.resource)).toEqual([
      m365_2021,
      software2021,
      saas2019,
    ]);
  });

  it('MSG-1: every label is in English, Korean, Simplified and Traditional Chinese, with the same placeholders', async () => {
    const { INSPECTOR_LABELS } = (await playground('inspectorLabels.js')) as {
      INSPECTOR_LABELS: Labels;
    };
    expect(Object.keys(INSPECTOR_LABELS)).toEqual(['en', 'ko', 'zh-Hans', 'zh-Hant']);
    const english = INSPECTOR_LABELS.en ?? {};
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const [tag, table] of Object.entries(INSPECTOR_LABELS)) {
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

  it('MSG-1: the Korean and Chinese labels are translations, not English left in place', async () => {
    const { INSPECTOR_LABELS } = (await playground('inspectorLabels.js')) as {
      INSPECTOR_LABELS: Labels;
    };
    const english = INSPECTOR_LABELS.en ?? {};
    // a label the same in English is a name or a placeholder alone (`{outcome}: {amount}`)
    for (const tag of ['ko', 'zh-Hans', 'zh-Hant'])
      for (const [key, text] of Object.entries(INSPECTOR_LABELS[tag] ?? {}))
        if (text === english[key])
          expect([tag, key, text.replace(/\{\w+\}|[:\s]/g, '')]).toEqual([tag, key, '']);
  });
});
