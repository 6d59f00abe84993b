import { describe, expect, it } from 'vitest';
import { waiting } from '../../../_private.ts';

describe('waiting', () => {
  it('REC-3: two waits begun before a wake-up both resolve once their conditions hold (a scan piece fills two batches)', async () => {
    const waits = waiting();
    let took = 0;
    const settled: string[] = [];
    const first = waits.until(() => took >= 1).then(() => settled.push('first'));
    const second = waits.until(() => took >= 1).then(() => settled.push('second'));
    took = 1;
    waits.wake();
    await Promise.all([first, second]);
    expect(settled.sort()).toEqual(['first', 'second']);
  });

  it('REC-3: a failure rejects every wait begun before it', async () => {
    const waits = waiting();
    const first = waits.until(() => false);
    const second = waits.until(() => false);
    waits.fail(new Error('worker 1 of 2 stopped'));
    await expect(first).rejects.toThrow('worker 1 of 2 stopped');
    await expect(second).rejects.toThrow('worker 1 of 2 stopped');
  });
});
