import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { csvHeader } from '../../../_private.ts';
import { tempFolder } from '../../../_tempFolder.ts';

const dir = tempFolder('csv-header-');
let files = 0;

/** A file holding the bytes, under a fresh name. */
function file(content: string | Buffer): string {
  const path = join(dir, `${files++}.data`);
  writeFileSync(path, content);
  return path;
}

describe('csvHeader', () => {
  it('USG-7: with JSON lines read, a file (gzip or not) whose first byte past blanks is { is JSON lines with no header', async () => {
    const text = '\r\n  {"Quantity":1,"BillingCurrency":"USD"}\n{"Quantity":2}\n';
    for (const content of [text, gzipSync(text)]) {
      const header = await csvHeader(file(content), '--file', true);
      expect(header).toEqual({
        names: [],
        gzip: typeof content !== 'string',
        firstLine: false,
        jsonLines: true,
      });
    }
  });

  it('USG-7: with JSON lines read, a CSV is still read for its header, as the scan reads it', async () => {
    const header = await csvHeader(
      file('\uFEFFQuantity,BillingCurrency\r\n1,USD\r\n'),
      '--file',
      true,
    );
    expect(header).toEqual({
      names: ['Quantity', 'BillingCurrency'],
      gzip: false,
      firstLine: true,
      jsonLines: false,
    });
  });

  it('REC-3: without JSON lines read (reconcile, tie-out), a file starting with { is a CSV whose header is its first line', async () => {
    const header = await csvHeader(file('{a,b}\r\n1,2\r\n'), '--file');
    expect(header.names).toEqual(['{a', 'b}']);
    expect(header.jsonLines).toBe(false);
  });

  it('REC-3: an empty file has no header, and a header after empty lines is not on the first line', async () => {
    expect((await csvHeader(file(''), '--file', true)).names).toEqual([]);
    const late = await csvHeader(file('\r\n\r\nInvoiceNumber,Currency\r\n'), '--file', true);
    expect(late).toEqual({
      names: ['InvoiceNumber', 'Currency'],
      gzip: false,
      firstLine: false,
      jsonLines: false,
    });
  });
});
