import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { resourcesOf, subscriptionFiles, UsageError } from '../../../_private.ts';
import { scratch } from '../../_scratch.ts';
import { all } from '../../reconcile/_pieces.ts';

const { dir, named: file } = scratch('subscription-files-');

const BOM = '\uFEFF';
const resources = [
  { id: 'a', offerName: 'Microsoft 365 E3 – été 😀' },
  { id: 'b', offerName: '},{"id":"c"' },
];

describe('resourcesOf', () => {
  it('REC-3: reads each file’s resources as it streams: gzip told by its bytes, a byte-order mark dropped, JSON lines and pages alike', async () => {
    const page = file('page.json', `${BOM}${JSON.stringify({ value: resources, totalCount: 2 })}`);
    const lines = file(
      'lines.dat',
      gzipSync(`${BOM}${resources.map((r) => JSON.stringify(r)).join('\r\n')}\r\n`),
    );
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'b.ndjson.gz'), gzipSync(JSON.stringify(resources[1])));
    writeFileSync(join(folder, 'a.json'), JSON.stringify({ items: [resources[0]] }));
    writeFileSync(join(folder, 'notes.txt'), 'not read');
    const files = subscriptionFiles([page, lines, folder]);
    expect(files).toEqual([page, lines, join(folder, 'a.json'), join(folder, 'b.ndjson.gz')]);
    const read = (await all(resourcesOf(files))).flat();
    expect(read).toEqual([...resources, ...resources, ...resources]);
  });

  it('ERR-2: a file of several that is not such JSON is named with its flag', async () => {
    const good = file('good.json', JSON.stringify(resources));
    const bad = file('bad.json', '[{"id":"a"},]');
    let message = '';
    try {
      await all(resourcesOf([good, bad]));
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      message = (error as Error).message;
    }
    expect(message).toBe(
      `--subscriptions ${bad}: item 2 is empty; expected a JSON array of Subscription resources, { "value": [ … ] }, { "items": [ … ] } or one resource a line`,
    );
  });
});
