import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonItems, UsageError } from '../../_private.ts';
import { all, bytesOf } from './_pieces.ts';

const read = (text: string, cuts: readonly number[] = []): Promise<unknown[]> =>
  all(jsonItems(bytesOf(text, cuts), '--subscriptions')).then((batches) => batches.flat());

async function errorOf(text: string): Promise<string> {
  try {
    await read(text);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('jsonItems', () => {
  it('REC-3: reads an array of resources, or the value array of an API page', async () => {
    const resources = [{ id: 'a', offerName: 'x, ]}' }, { id: 'b"]' }];
    expect(await read(JSON.stringify(resources))).toEqual(resources);
    const page = {
      totalCount: 2,
      links: { self: { uri: '/subscriptions', headers: [] } },
      value: resources,
      attributes: { objectType: 'Collection' },
    };
    expect(await read(JSON.stringify(page, null, 2))).toEqual(resources);
    expect(await read('[]')).toEqual([]);
    expect(await read('{"value":[]}')).toEqual([]);
  });

  it('REC-3: reads Partner Center’s collection { totalCount, items, links, attributes }, JSON lines and a lone resource', async () => {
    const resources = [
      { id: 'a', offerName: 'x, ]}' },
      { id: 'b"]', nested: { items: [1] } },
    ];
    const collection = {
      totalCount: 2,
      items: resources,
      links: { self: { uri: '/customers/c/subscriptions', method: 'GET', headers: [] } },
      attributes: { objectType: 'Collection' },
    };
    expect(await read(JSON.stringify(collection, null, 2))).toEqual(resources);
    const lines = `${resources.map((r) => JSON.stringify(r)).join('\n')}\n`;
    expect(await read(lines)).toEqual(resources);
    expect(await read(lines, [3, 5, 7, 11])).toEqual(resources);
    expect(await read(JSON.stringify(resources[0]))).toEqual([resources[0]]);
  });

  it('ERR-2: text that is not such JSON names --subscriptions', async () => {
    const tail =
      '; expected a JSON array of Subscription resources, { "value": [ … ] }, { "items": [ … ] } or one resource a line';
    expect(await errorOf('"resources"')).toBe(
      `--subscriptions: no array of resources found${tail}`,
    );
    expect(await errorOf('{"id":"a"}\n[{"id":"b"}]')).toBe(
      `--subscriptions: an array after a resource${tail}`,
    );
    expect(await errorOf('[{"id":"a"}')).toBe(
      `--subscriptions: the JSON ends before it closes${tail}`,
    );
    expect(await errorOf('[{"id":}]')).toMatch(/^--subscriptions: item 1 is not valid JSON \(/);
    expect(await errorOf('[1] [2]')).toBe(`--subscriptions: more than one JSON value${tail}`);
    expect(await errorOf('resources')).toBe(`--subscriptions: not JSON${tail}`);
  });

  describe('properties', () => {
    it('reading the JSON in any pieces gives the items it was written from', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.jsonValue()),
          fc.boolean(),
          fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 60 }),
          async (items, paged, cuts) => {
            const text = JSON.stringify(paged ? { value: items, totalCount: items.length } : items);
            // the items as JSON gives them back (-0 is written 0)
            expect(await read(text, cuts)).toEqual(JSON.parse(JSON.stringify(items)));
          },
        ),
      );
    });
  });
});
