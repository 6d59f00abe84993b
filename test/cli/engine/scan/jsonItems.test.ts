import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemId, jsonItems, jsonItemTexts, UsageError } from '../../../_private.ts';
import { all, bytesOf } from '../../reconcile/_pieces.ts';

const read = (text: string, cuts: readonly number[] = []): Promise<unknown[]> =>
  all(jsonItems(bytesOf(text, cuts), '--subscriptions')).then((batches) => batches.flat());

/**
 * The items' texts, each parsed: what a caller handing them on would parse where it used them;
 * each id read as the item was cut is the one `itemId` reads from its text (or none was read).
 */
const readTexts = (text: string, cuts: readonly number[] = []): Promise<unknown[]> =>
  all(jsonItemTexts(bytesOf(text, cuts), '--subscriptions')).then((batches) =>
    batches.flatMap(({ texts, ids }) =>
      texts.map((item, k) => {
        if (ids[k] !== undefined) expect(ids[k]).toBe(itemId(item));
        return JSON.parse(item.toString('utf8'));
      }),
    ),
  );

/** Whether reading the text throws (a UsageError, nothing else). */
async function refused(text: string, cuts: readonly number[] = []): Promise<boolean> {
  try {
    await read(text, cuts);
    return false;
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return true;
  }
}

/** Strings of JSON's own characters, the ones a guess at an item's end can be fooled by, and more. */
const tricky = fc.string({
  unit: fc.constantFrom(
    '}',
    '{',
    ',',
    '"',
    '\\',
    '[',
    ']',
    '\n',
    ' ',
    'a',
    'é',
    '€',
    '😀',
    '\u2028',
  ),
});

/** An item: any JSON, or a resource-like object with nested objects and arrays of objects. */
const item = fc.oneof(
  fc.jsonValue({ stringUnit: 'grapheme' }),
  fc.record({
    id: tricky,
    offerName: tricky,
    productType: fc.record({ id: tricky }),
    refundOptions: fc.array(fc.record({ type: tricky, n: fc.integer() }), { maxLength: 3 }),
  }),
);

/** Text with every character past ASCII written as JSON's `\uXXXX` escape (it is only in strings). */
const escaped = (text: string): string =>
  text.replace(/[^ -~\t\n\r]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

async function errorOf(text: string, cuts: readonly number[] = []): Promise<string> {
  try {
    await read(text, cuts);
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

  it('ERR-2: a comma before the list closes is an empty item, as JSON.parse refuses it', async () => {
    const tail =
      '; expected a JSON array of Subscription resources, { "value": [ … ] }, { "items": [ … ] } or one resource a line';
    expect(await errorOf('[{"id":"a"},]')).toBe(`--subscriptions: item 2 is empty${tail}`);
    expect(await errorOf('{"value":[{"id":"a"}, ]}')).toBe(
      `--subscriptions: item 2 is empty${tail}`,
    );
    expect(await errorOf('[,]')).toBe(`--subscriptions: item 1 is empty${tail}`);
  });

  it('REC-3: items whose strings look like the end of an item, in pieces of many items, read whole', async () => {
    const resources = Array.from({ length: 40 }, (_, k) => ({
      id: `s${k}`,
      offerName: k % 3 === 0 ? 'a},{"id":"x' : k % 3 === 1 ? '}\n{' : 'é😀',
      refundOptions: [{ type: 'Full' }, { type: '},{' }],
    }));
    const array = JSON.stringify(resources);
    const lines = resources.map((r) => JSON.stringify(r)).join('\r\n');
    const blankLines = `${resources.map((r) => JSON.stringify(r)).join('\n\n \r\n')}\n\n`;
    for (const text of [array, JSON.stringify({ items: resources }, null, 2), lines, blankLines])
      for (const size of [1, 7, 64, 300, 1000, 100_000]) {
        const cuts = Array.from({ length: Math.ceil(text.length / size) * 2 }, () => size);
        expect(await read(text, cuts)).toEqual(resources);
        expect(await readTexts(text, cuts)).toEqual(resources);
      }
    // an item that is not JSON among items read at once: said by its place, as when read alone
    const broken = `${array.slice(0, -1)},{"id":}]`;
    expect(await errorOf(broken)).toMatch(/^--subscriptions: item 41 is not valid JSON \(/);
    // a line break in a string is no JSON, even where reading it as a comma would be
    const inString = '{"id":"0"}\n{"id":"a","n":"x}\n{y"}\n{"id":"b"}\n{"id":"c"}\n';
    for (const size of [3, 1000])
      expect(
        await errorOf(inString, [size, size, size, size, size, size, size, size, size, size]),
      ).toMatch(/^--subscriptions: item 2 is not valid JSON \(Bad control character/);
    // nor does a comma of the line's own stand in for a line break in a string: refused (what
    // is said first, the comma or the string, depends on the pieces, as it always did)
    const comma = '{"id":"0"}\n{"id":"a","n":"x\ny"},{"id":"b"}\n{"id":"c"}\n';
    for (const size of [3, 1000])
      expect(
        await refused(
          comma,
          Array.from({ length: 30 }, () => size),
        ),
      ).toBe(true);
    // a resource may take more than one line; the one after it is the 42nd
    const badLine = `${lines}\n{"id":"z"\n}\n{"id":"y",}`;
    expect(await errorOf(badLine)).toMatch(/^--subscriptions: item 42 is not valid JSON \(/);
  });

  describe('properties', () => {
    it('the items read from a list’s bytes, cut anywhere (mid-character too), are the items JSON.parse reads, whatever the nesting, escapes, whitespace or shape', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(item, { maxLength: 12 }),
          fc.constantFrom('array', 'value', 'items', 'lines'),
          fc.constantFrom(undefined, 1, 2, '\t'),
          fc.boolean(),
          fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 60 }),
          async (items, shapeAsked, indent, unicodeEscapes, cuts) => {
            // JSON lines of no line is no list
            const shape = shapeAsked === 'lines' && items.length === 0 ? 'array' : shapeAsked;
            // JSON lines hold objects, one a line (none a page of `value` or `items`)
            const listed = shape === 'lines' ? items.map((line) => ({ id: 'x', line })) : items;
            const text =
              shape === 'lines'
                ? listed.map((value) => JSON.stringify(value)).join(indent === 2 ? '\r\n' : '\n')
                : JSON.stringify(
                    shape === 'array' ? listed : { totalCount: listed.length, [shape]: listed },
                    null,
                    indent,
                  );
            const written = unicodeEscapes ? escaped(text) : text;
            // the items as JSON gives them back (-0 is written 0)
            const expected = JSON.parse(JSON.stringify(listed));
            expect(await read(written, cuts)).toEqual(expected);
            expect(await readTexts(written, cuts)).toEqual(expected);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('a list changed by one character is refused exactly when JSON.parse refuses it, and read as JSON.parse reads it otherwise', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(item, { maxLength: 6 }),
          fc.constantFrom(undefined, 2),
          fc.nat(),
          fc.option(fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', '0', 'a'), {
            nil: undefined,
          }),
          fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 30 }),
          async (items, indent, at, inserted, cuts) => {
            // by characters, so no surrogate pair is cut in two
            const chars = Array.from(JSON.stringify(items, null, indent));
            const where = at % (chars.length + 1);
            if (inserted === undefined) chars.splice(where, 1);
            else chars.splice(where, 0, inserted);
            const text = chars.join('');
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch {
              expect(await refused(text, cuts)).toBe(true);
              return;
            }
            if (!Array.isArray(parsed)) return;
            expect(await read(text, cuts)).toEqual(parsed);
          },
        ),
        { numRuns: 500 },
      );
    });

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
