import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { batchBuffers } from '../../../_private.ts';

describe('batchBuffers', () => {
  it('REC-3: a buffer handed back serves the next batch, whole; a fresh one is of the batches size, or larger for a long row (worked: 1 KiB batches, 2 spares)', () => {
    const buffers = batchBuffers(1024, 2);
    const first = buffers.take(1);
    expect(first.length).toBe(1024);
    expect(first.byteOffset).toBe(0);
    expect(first.buffer.byteLength).toBe(1024);
    first[1023] = 7;
    buffers.give(first.buffer as ArrayBuffer);
    expect(buffers.kept).toBe(1);
    const again = buffers.take(1024);
    expect(again.buffer).toBe(first.buffer);
    expect(again.length).toBe(1024);
    expect(again[1023]).toBe(7);
    expect(buffers.kept).toBe(0);
    // a row longer than a batch: a buffer of its own, never a spare, and not kept when it comes back
    buffers.give(buffers.take(1).buffer as ArrayBuffer);
    const long = buffers.take(1025);
    expect(long.length).toBe(1025);
    expect(buffers.kept).toBe(1);
    buffers.give(long.buffer as ArrayBuffer);
    expect(buffers.kept).toBe(1);
  });

  it('REC-3: at most `most` spares are kept: a buffer past them is dropped (memory stays flat)', () => {
    const buffers = batchBuffers(64, 2);
    const taken = [buffers.take(64), buffers.take(64), buffers.take(64)];
    for (const each of taken) buffers.give(each.buffer as ArrayBuffer);
    expect(buffers.kept).toBe(2);
    expect(buffers.take(64).buffer).toBe(taken[1]?.buffer);
    expect(buffers.take(64).buffer).toBe(taken[0]?.buffer);
    expect(buffers.take(64).buffer).not.toBe(taken[2]?.buffer);
  });

  test.prop([
    fc.array(
      fc.oneof(
        fc.record({ take: fc.integer({ min: 0, max: 100 }) }),
        fc.record({ give: fc.nat(20) }),
        fc.record({ foreign: fc.integer({ min: 1, max: 100 }) }),
      ),
      { maxLength: 60 },
    ),
    fc.integer({ min: 0, max: 4 }),
  ])(
    'REC-3: for any takes and gives, a buffer is never handed out twice before it comes back, every buffer holds what was asked, and the spares never pass their bound',
    (steps, most) => {
      const size = 32;
      const buffers = batchBuffers(size, most);
      /** The buffers handed out and not yet back. */
      const out: ArrayBuffer[] = [];
      for (const step of steps) {
        if ('take' in step) {
          const buffer = buffers.take(step.take);
          expect(buffer.length).toBeGreaterThanOrEqual(Math.max(step.take, size));
          expect(buffer.byteOffset).toBe(0);
          expect(out).not.toContain(buffer.buffer);
          out.push(buffer.buffer as ArrayBuffer);
        } else if ('give' in step) {
          const [back] = out.splice(step.give % Math.max(out.length, 1), 1);
          if (back !== undefined) buffers.give(back);
        } else buffers.give(new ArrayBuffer(step.foreign === size ? size + 1 : step.foreign));
        expect(buffers.kept).toBeLessThanOrEqual(most);
      }
    },
  );
});
