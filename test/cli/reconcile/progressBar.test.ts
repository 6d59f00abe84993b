import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../_private.ts';

describe('progressBar', () => {
  it('REC-3: a terminal sees the bar at each whole percent, then cleared', () => {
    let screen = '';
    const bar = progressBar((text) => {
      screen += text;
    }, 1000);
    bar.update(0, 0);
    bar.update(4, 10);
    bar.update(10, 25);
    bar.update(1000, 2500);
    bar.clear();
    expect(screen.split('\r').filter(Boolean)).toEqual([
      `[${'-'.repeat(30)}] 0%  0 lines\x1b[K`,
      `[${'#'.repeat(0)}${'-'.repeat(30)}] 1%  25 lines\x1b[K`,
      `[${'#'.repeat(30)}] 100%  2,500 lines\x1b[K`,
      '\x1b[K',
    ]);
  });

  describe('properties', () => {
    it('the bar is drawn at most once per percent, however often it is told', () => {
      fc.assert(
        fc.property(fc.array(fc.nat(10_000)), (reads) => {
          let draws = 0;
          const bar = progressBar(() => {
            draws++;
          }, 10_000);
          for (const done of [...reads].sort((a, b) => a - b)) bar.update(done, 0);
          expect(draws).toBeLessThanOrEqual(101);
        }),
      );
    });
  });
});
