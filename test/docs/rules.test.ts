import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BillingCycle,
  cancellationDecision,
  type Product,
  partnerCenterPolicies,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rulesPage = readFileSync(join(root, 'docs/rules.md'), 'utf8');
const ruleId =
  /\b(?:TIME|PURE|ERR|POL|REF|SUS|LC|OFR|MKT|PRICE|SW|ROLE|SUP|NCE|MSG|CHG|REC|PCR|MID|RES|PL|USG|INV|RSL|ORD|WH)-\d+\b/g;

/** Every file under `dir`, as paths relative to the project root, skipping the folders named. */
function filesUnder(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (skip.includes(path)) return [];
    return statSync(join(root, path)).isDirectory() ? filesUnder(path, skip) : [path];
  });
}

/** The anchors of the page's headings whose whole text is a rule ID: `### REF-1` → `ref-1`. */
const anchors: readonly string[] = rulesPage
  .split('\n')
  .flatMap((line) => /^#{2,6} ([A-Z]+(?:-\d+)?)\s*$/.exec(line)?.[1] ?? [])
  .map((id) => id.toLowerCase());

function hasSection(id: string): boolean {
  return anchors.includes(id.toLowerCase());
}

describe('docs/rules.md', () => {
  it('has one heading per rule ID, each anchored at the ID in lower case', () => {
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const id of ['TIME-1', 'PURE-1', 'ERR-2', 'POL-2', 'OFR', 'OFR-1', 'SUP-1']) {
      expect(hasSection(id), id).toBe(true);
    }
  });

  it('documents every rule ID the source code names', () => {
    const named = new Set(
      filesUnder('src')
        .filter((path) => path.endsWith('.ts'))
        .flatMap((path) => readFileSync(join(root, path), 'utf8').match(ruleId) ?? []),
    );
    expect(named.size).toBeGreaterThan(50);
    expect([...named].filter((id) => !hasSection(id)).sort()).toEqual([]);
  });

  it('REF-9: documents every rule a cancellation decision can name, for every product under both policies, inside and after its window', () => {
    const named = new Set<string>();
    for (const policy of partnerCenterPolicies.slice(0, 2)) {
      const orderedAt = policy.inForceFrom ?? '2020-06-01T00:00:00.000Z';
      const later = new Date(Date.parse(orderedAt) + 400 * 86_400_000).toISOString();
      for (const product of Object.keys(policy.products) as Product[]) {
        const cycles: readonly (BillingCycle | undefined)[] =
          product === 'marketplace-saas' ? ['monthly', 'annual'] : [undefined];
        for (const billingCycle of cycles) {
          const purchase =
            billingCycle === undefined
              ? { product, orderedAt }
              : { product, billingCycle, orderedAt };
          for (const at of [orderedAt, later]) {
            named.add(cancellationDecision(purchase, at, { policy }).rule);
          }
        }
      }
    }
    expect([...named].sort()).toEqual([
      'REF-1',
      'REF-2',
      'REF-3',
      'REF-4',
      'REF-5',
      'REF-7',
      'REF-8',
    ]);
    expect([...named].filter((id) => !hasSection(id))).toEqual([]);
  });

  it('NCE-4: documents every rule a New Commerce cancellation decision can name, for every product under every New Commerce policy, inside and after its window', () => {
    const named = new Set<string>();
    for (const policy of partnerCenterPolicies.slice(2)) {
      const orderedAt = policy.inForceFrom ?? '2021-06-01T00:00:00.000Z';
      const later = new Date(Date.parse(orderedAt) + 40 * 86_400_000).toISOString();
      const purchases = [
        { product: 'license-based', term: 'P1Y', billingFrequency: 'monthly' },
        { product: 'software-subscription', term: 'P3Y', billingFrequency: 'triennial' },
        { product: 'marketplace-saas', term: 'P1M', billingFrequency: 'monthly' },
        { product: 'marketplace-saas', term: 'P2Y', billingFrequency: 'annual' },
        { product: 'software-perpetual' },
        { product: 'marketplace-usage' },
      ] as const;
      for (const fields of purchases) {
        const purchase = { program: 'new-commerce', orderedAt, ...fields } as const;
        for (const at of [orderedAt, later]) {
          named.add(cancellationDecision(purchase, at, { policy }).rule);
        }
      }
    }
    expect([...named].sort()).toEqual(['NCE-4', 'REF-4']);
    expect([...named].filter((id) => !hasSection(id))).toEqual([]);
  });

  it('links between its sections resolve', () => {
    const headings = rulesPage
      .split('\n')
      .flatMap((line) => /^#{1,6} (.+)$/.exec(line)?.[1] ?? [])
      .map((text) =>
        text
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s-]/gu, '')
          .replace(/\s/g, '-'),
      );
    const targets = [...rulesPage.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1] as string);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((target) => !headings.includes(target))).toEqual([]);
  });
});

describe('what a user reads', () => {
  it('no document under docs/ (the generated API reference aside) and no README line names the contract file', () => {
    const documents = [...filesUnder('docs', ['docs/api']), 'README.md'];
    const offending = documents.flatMap((path) =>
      readFileSync(join(root, path), 'utf8')
        .split('\n')
        .flatMap((line, index) => (/\bSPEC\b/.test(line) ? [`${path}:${index + 1}`] : [])),
    );
    expect(documents).toContain('docs/rules.md');
    expect(offending).toEqual([]);
  });
});
