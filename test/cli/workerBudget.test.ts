import { describe, expect, it } from 'vitest';
import { BudgetError, memoryOf, workerBudget } from '../_private.ts';

describe('workerBudget', () => {
  it('USG-7, REC-3: a worker out of its heap is the run out of its --memory, one line naming more than was given; any other failure as it is', () => {
    const outOfHeap = Object.assign(
      new Error('Worker terminated due to reaching memory limit: JS heap out of memory'),
      {
        code: 'ERR_WORKER_OUT_OF_MEMORY',
      },
    );
    const argv = ['usage', '--file', 'dru.csv', '--memory', '512M', '--workers', '2'];
    const said = workerBudget(outOfHeap, argv);
    expect(said).toBeInstanceOf(BudgetError);
    const line = BudgetError.line((said as BudgetError).message);
    expect(line).toBe(
      "error: out of memory: usage's worker needed more than the heap its --memory gives it; give it more (--memory 1G)",
    );
    const advice = /--memory (\w+)\)$/.exec(line)?.[1];
    expect(memoryOf(advice)).toBeGreaterThan(memoryOf('512M'));
    const other = Object.assign(new Error('worker 1 of 2 stopped'), {
      code: 'ERR_WORKER_INIT_FAILED',
    });
    expect(workerBudget(other, argv)).toBe(other);
    expect(workerBudget('text', argv)).toBe('text');
    expect(workerBudget(null, argv)).toBeNull();
  });
});
