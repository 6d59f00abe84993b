import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { reconcileHeap, threadHeap } from '../_private.ts';

describe('reconcileHeap', () => {
  it('REC-3: reconcile on one thread works in a heap of three quarters of its --memory: 384 MiB by default, 1,536 MiB for 2G, never under 64 MiB', () => {
    const one = ['reconcile', '--workers', '1'];
    expect(reconcileHeap([...one, '--file', 'f.csv'])).toBe(384);
    expect(reconcileHeap([...one, '--memory', '2G', '--file', 'f.csv'])).toBe(1536);
    expect(reconcileHeap([...one, '--memory=700M'])).toBe(525);
    // 512M + 2K: three quarters are 384 MiB and 1.5 KiB, rounded down; 512M − 2K rounds to 383
    expect(reconcileHeap([...one, '--memory', '524290K'])).toBe(384);
    expect(reconcileHeap([...one, '--memory', '524286K'])).toBe(383);
    expect(reconcileHeap([...one, '--memory', '1K'])).toBe(64);
    expect(reconcileHeap([...one, '--memory', '86M'])).toBe(64);
    expect(reconcileHeap([...one, '--memory', '87M'])).toBe(65);
  });

  it('REC-3: with workers each thread’s heap is half the budget over the workers (512M, 2 workers: 128 MiB); --explain and DuckDB hold the groups in one thread', () => {
    expect(reconcileHeap(['reconcile', '--workers', '2'])).toBe(128);
    expect(reconcileHeap(['reconcile', '--workers=4', '--memory', '2G'])).toBe(256);
    expect(reconcileHeap(['reconcile', '--workers', '4'])).toBe(64);
    expect(reconcileHeap(['reconcile', '--workers', '16'])).toBe(64);
    // 1G over 3 workers: 170.67 MiB, rounded down
    expect(reconcileHeap(['reconcile', '--workers', '3', '--memory', '1G'])).toBe(170);
    expect(reconcileHeap(['reconcile', '--workers', '2', '--explain', 'abc'])).toBe(384);
    expect(reconcileHeap(['reconcile', '--workers', '2', '--engine', 'duckdb'])).toBe(384);
    expect(reconcileHeap(['reconcile', '--workers', '2', '--engine=default'])).toBe(128);
    // without the flag: the machine's cores, as the command counts them
    expect(reconcileHeap(['reconcile'])).toBe(
      threadHeap(512 * 1024 ** 2, Math.max(1, availableParallelism())),
    );
    expect(threadHeap(512 * 1024 ** 2, 2)).toBe(128);
  });

  it('REC-3: another command, or a --memory that does not read, is left to the command (no second process)', () => {
    expect(reconcileHeap(['inspect', '--memory', '2G'])).toBeUndefined();
    expect(reconcileHeap([])).toBeUndefined();
    expect(reconcileHeap(['reconcile', '--memory', 'lots'])).toBeUndefined();
    expect(reconcileHeap(['reconcile', '--workers', 'all'])).toBeUndefined();
    expect(reconcileHeap(['reconcile', '--workers', '1', '--memory'])).toBe(384);
    expect(reconcileHeap(['reconcile', '--workers', '1', '--', '--memory', '2G'])).toBe(384);
  });
});
