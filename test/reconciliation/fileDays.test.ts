import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fileDays } from '../_private.ts';

/** A line as the days are learnt from it: its charge type known or not, a credit or not, its day. */
type DayLine = Parameters<ReturnType<typeof fileDays>['see']>[0];
const line = (known: boolean, credit: boolean, startDay: number): DayLine =>
  ({ known, credit, startDay }) as DayLine;

describe('fileDays', () => {
  it('REC-3: two workers’ shares added up give the whole file’s days (worked: charges on days 20 and 31 in one share, a credit on day 5 in the other)', () => {
    const first = fileDays();
    first.see(line(true, false, 20_423));
    first.see(line(true, false, 20_434));
    const second = fileDays();
    second.see(line(true, true, 20_408));
    second.see(line(false, false, 20_000));
    const whole = fileDays();
    whole.add(first.bounds());
    whole.add(second.bounds());
    // the charges name the days; the credit and the unknown charge type do not
    expect(whole.window()).toEqual({ firstDay: 20_423, lastDay: 20_434 });
    // a share of credits only: the day before each credit
    expect(second.window()).toEqual({ firstDay: 20_407, lastDay: 20_407 });
    // nothing seen: no days, and adding it changes nothing
    const none = fileDays();
    expect(none.window()).toBeUndefined();
    first.add(none.bounds());
    expect(first.window()).toEqual({ firstDay: 20_423, lastDay: 20_434 });
  });

  test.prop([
    fc.array(
      fc.record({
        known: fc.boolean(),
        credit: fc.boolean(),
        startDay: fc.integer({ min: 19_000, max: 22_000 }),
        share: fc.nat({ max: 3 }),
      }),
      { maxLength: 40 },
    ),
  ])(
    'REC-3: a file’s lines split into any shares, each share’s days added up, give the days of the whole file',
    (lines) => {
      const whole = fileDays();
      const shares = [fileDays(), fileDays(), fileDays(), fileDays()];
      for (const { known, credit, startDay, share } of lines) {
        whole.see(line(known, credit, startDay));
        shares[share]?.see(line(known, credit, startDay));
      }
      const added = fileDays();
      for (const share of shares) added.add(share.bounds());
      expect(added.window()).toEqual(whole.window());
    },
  );
});
