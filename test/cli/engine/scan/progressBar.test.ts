import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../_private.ts';

describe('progressBar', () => {
  it('REC-3: while reading: the share of the bytes, the lines, lines a second and the time left at that rate', () => {
    let drawn = '';
    let now = 0;
    const bar = progressBar(
      (text) => {
        drawn = text;
      },
      1000,
      () => now,
    );
    now = 2000;
    bar.update(250, 500_000);
    // 250 of 1 000 bytes in 2 s: 6 s left; 500 000 lines in 2 s
    expect(drawn).toBe(
      `\r[########----------------------] 25%  500,000 lines  250,000 lines/s  ~6 s left\x1b[K`,
    );
  });

  it('REC-3: while comparing: the subscriptions compared of about how many, a second, and the time left', () => {
    let drawn = '';
    let now = 0;
    const bar = progressBar(
      (text) => {
        drawn = text;
      },
      1000,
      () => now,
    );
    bar.compared(1, 852_000);
    now = 120_000;
    bar.compared(426_000, 852_000);
    expect(drawn).toBe(
      '\r[###############---------------] 50%  compared 426,000 of 852,000 subscriptions  3,550/s  ~2 min left\x1b[K',
    );
  });

  it('REC-3: without a terminal nothing is drawn', () => {
    const bar = progressBar(undefined, 1000, () => 0);
    expect(() => {
      bar.update(10, 10);
      bar.compared(1, 2);
      bar.clear();
    }).not.toThrow();
  });
});
