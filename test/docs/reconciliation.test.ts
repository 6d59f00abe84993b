import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../_tempFolder.ts';
import { runStreaming } from '../cli/_run.ts';

const page = readFileSync(
  fileURLToPath(new URL('../../docs/reconciliation.md', import.meta.url)),
  'utf8',
);

/** The blocks of the page's worked file, in order: the file, the resources, the two outputs. */
function workedBlocks(): { csv: string; json: string; outputs: string[] } {
  const section = page.split('### A worked file')[1]?.split('\n## ')[0] ?? '';
  const blocks = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map(([, fence, body]) => ({
    fence,
    body: body ?? '',
  }));
  return {
    csv: blocks.find((b) => b.fence === 'csv')?.body ?? '',
    json: blocks.find((b) => b.fence === 'json')?.body ?? '',
    outputs: blocks.filter((b) => b.fence === '').map((b) => b.body),
  };
}

describe('docs/reconciliation.md', () => {
  it('REC-3: the worked file prints the summary and the difference the page shows, and exits 1', async () => {
    const { csv, json, outputs } = workedBlocks();
    expect(outputs).toHaveLength(2);
    const dir = tempFolder('reconciliation-doc-');
    const recon = join(dir, 'recon.csv');
    const resources = join(dir, 'resources.json');
    writeFileSync(recon, csv);
    writeFileSync(resources, json);
    const summary = await runStreaming([
      'reconcile',
      '--file',
      recon,
      '--subscriptions',
      resources,
    ]);
    expect(summary.code).toBe(1);
    expect(summary.out.replaceAll(recon, 'recon.csv')).toBe(outputs[0]);
    const findings = await runStreaming([
      'reconcile',
      '--file',
      recon,
      '--subscriptions',
      resources,
      '--csv',
      '--at',
      '2027-01-08T00:00:00Z',
    ]);
    expect(findings.code).toBe(1);
    // UTF-8 with a byte-order mark, which the page cannot show
    expect(findings.out.startsWith('\uFEFF')).toBe(true);
    expect(findings.out.slice(1)).toBe(outputs[1]);
  });

  describe('properties', () => {
    it('the worked file reads the same gzipped: the page’s numbers do not depend on its form', async () => {
      const { gzipSync } = await import('node:zlib');
      const { csv, json, outputs } = workedBlocks();
      const dir = tempFolder('reconciliation-doc-');
      const recon = join(dir, 'recon.csv');
      const resources = join(dir, 'resources.json');
      writeFileSync(recon, gzipSync(`\uFEFF${csv.replaceAll('\n', '\r\n')}`));
      writeFileSync(resources, json);
      const run = await runStreaming(['reconcile', '--file', recon, '--subscriptions', resources]);
      expect(run.out.replaceAll(recon, 'recon.csv').replace(' (gzip)', '')).toBe(outputs[0]);
    });
  });
});
