import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localChannel } from '../../../_private.ts';

/** A turn of the event loop after the ones that ring now. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Turns of the event loop until `done` (a message between ports takes a few), two seconds at most. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('localChannel', () => {
  it('REC-3: a message reaches the other end on a later turn, not while it is posted, as the object sent (never copied): a block of plans and its buffer both ways', async () => {
    const [reader, worker] = localChannel();
    const heard: unknown[] = [];
    const answered: unknown[] = [];
    worker.on('message', (message) => {
      heard.push(message);
      worker.postMessage({ took: message });
    });
    reader.on('message', (message) => answered.push(message));
    try {
      const bytes = new Uint8Array([1, 2, 3]);
      const block = { kind: 'range', plans: [{ plan: 'p-1', rows: [{ at: 1 }] }], bytes };
      reader.postMessage(block, [bytes.buffer]);
      expect(heard).toEqual([]);
      await until(() => heard.length > 0);
      expect(heard).toHaveLength(1);
      expect(heard[0]).toBe(block);
      // a buffer given to the other end is its own, as it is: not detached, not copied
      expect(bytes.byteLength).toBe(3);
      await until(() => answered.length > 0);
      expect(answered).toEqual([{ took: block }]);
      expect((answered[0] as { took: unknown }).took).toBe(block);
    } finally {
      reader.close();
    }
  });

  it('REC-3 property: for any messages posted from either end in any interleaving, each end hears exactly those the other posted, in the order posted, each the object sent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ from: fc.boolean(), value: fc.integer() }), { maxLength: 40 }),
        fc.array(fc.nat({ max: 5 }), { maxLength: 40 }),
        async (messages, pauses) => {
          const [first, second] = localChannel();
          const heardBy = { first: [] as object[], second: [] as object[] };
          first.on('message', (m: object) => heardBy.first.push(m));
          second.on('message', (m: object) => heardBy.second.push(m));
          const sent = { first: [] as object[], second: [] as object[] };
          try {
            for (const [i, { from, value }] of messages.entries()) {
              const message = { value, i };
              if (from) {
                first.postMessage(message);
                sent.second.push(message);
              } else {
                second.postMessage(message);
                sent.first.push(message);
              }
              for (let p = 0; p < (pauses[i] ?? 0) % 2; p++) await turn();
            }
            for (
              let i = 0;
              i < 4 && heardBy.first.length + heardBy.second.length < messages.length;
              i++
            )
              await turn();
            expect(heardBy.first).toHaveLength(sent.first.length);
            expect(heardBy.second).toHaveLength(sent.second.length);
            for (const [i, m] of heardBy.first.entries()) expect(m).toBe(sent.first[i]);
            for (const [i, m] of heardBy.second.entries()) expect(m).toBe(sent.second[i]);
          } finally {
            first.close();
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('REC-3: closed, neither end hears what was on its way or is posted after; an end takes one listener', async () => {
    const [reader, worker] = localChannel();
    const heard: unknown[] = [];
    worker.on('message', (message) => heard.push(message));
    expect(() => worker.on('message', () => undefined)).toThrow('one listener an end');
    reader.postMessage({ kind: 'range' });
    worker.close();
    reader.postMessage({ kind: 'census' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([]);
  });
});
