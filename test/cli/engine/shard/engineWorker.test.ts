import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { batchBuffers, handBack } from '../../../_private.ts';

/** What the reader's side of the channel is sent next. */
function next(port: MessagePort): Promise<unknown> {
  return new Promise((resolve) => port.once('message', resolve));
}

describe('engineWorker: handBack', () => {
  it('REC-3: a batch read is said taken with its buffer handed back whole (transferred, the worker keeps nothing of it), and the reader fills its next batch with it', async () => {
    const { port1, port2 } = new MessageChannel();
    try {
      const size = 1024;
      const spares = batchBuffers(size, 4);
      const batch = spares.take(10);
      batch.write('rows,read\n');
      // the message's view of the rows: the batch's bytes used, from byte 0
      const sent = new Uint8Array(batch.buffer, 0, 10);
      const answer = next(port2);
      handBack(port1, sent);
      const took = (await answer) as { kind: string; spare?: Uint8Array };
      expect(took.kind).toBe('took');
      expect(sent.buffer.byteLength).toBe(0);
      expect(took.spare?.byteLength).toBe(size);
      spares.give(took.spare?.buffer as ArrayBuffer);
      expect(spares.kept).toBe(1);
      expect(spares.take(size).subarray(0, 10).toString()).toBe('rows,read\n');
    } finally {
      port1.close();
      port2.close();
    }
  });

  it('REC-3: bytes that do not start their buffer are said taken with nothing handed back (their buffer is not the batch’s own)', async () => {
    const { port1, port2 } = new MessageChannel();
    try {
      const bytes = new Uint8Array(new ArrayBuffer(64), 8, 16);
      const answer = next(port2);
      handBack(port1, bytes);
      expect(await answer).toEqual({ kind: 'took', spare: undefined });
      expect(bytes.buffer.byteLength).toBe(64);
    } finally {
      port1.close();
      port2.close();
    }
  });
});
