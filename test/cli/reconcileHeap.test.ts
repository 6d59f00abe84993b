import { describe, expect, it } from 'vitest';
import { reconcileHeap } from '../_private.ts';

describe('reconcileHeap', () => {
  it('REC-3: reconcile works in a heap of half its --memory: 256 MiB by default, 1 GiB for 2G, never under 64 MiB', () => {
    expect(reconcileHeap(['reconcile', '--file', 'f.csv'])).toBe(256);
    expect(reconcileHeap(['reconcile', '--memory', '2G', '--file', 'f.csv'])).toBe(1024);
    expect(reconcileHeap(['reconcile', '--memory=700M'])).toBe(350);
    // 512M + 1K: half is 256 MiB and half a KiB, rounded down; 512M − 1K rounds to 255
    expect(reconcileHeap(['reconcile', '--memory', '524289K'])).toBe(256);
    expect(reconcileHeap(['reconcile', '--memory', '524287K'])).toBe(255);
    expect(reconcileHeap(['reconcile', '--memory', '1K'])).toBe(64);
    expect(reconcileHeap(['reconcile', '--memory', '129M'])).toBe(64);
    expect(reconcileHeap(['reconcile', '--memory', '130M'])).toBe(65);
  });

  it('REC-3: another command, or a --memory that does not read, is left to the command (no second process)', () => {
    expect(reconcileHeap(['inspect', '--memory', '2G'])).toBeUndefined();
    expect(reconcileHeap([])).toBeUndefined();
    expect(reconcileHeap(['reconcile', '--memory', 'lots'])).toBeUndefined();
    expect(reconcileHeap(['reconcile', '--memory'])).toBe(256);
    expect(reconcileHeap(['reconcile', '--', '--memory', '2G'])).toBe(256);
  });
});
