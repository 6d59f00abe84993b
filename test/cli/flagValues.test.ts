import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { flagValues } from '../_private.ts';

describe('flagValues', () => {
  it('REC-3, USG-7: a flag’s value after it or after its =, the last one given winning, none past --, the command word never read', () => {
    const values = flagValues(
      ['--memory', '--memory', '1G', '--workers=2', '--memory=2G', '--', '--engine', 'duckdb'],
      ['--memory', '--workers', '--engine'],
    );
    expect([...values]).toEqual([
      ['--memory', '2G'],
      ['--workers', '2'],
    ]);
    // a flag with nothing after it has no value; a flag not given is absent
    expect([...flagValues(['usage', '--explain'], ['--explain', '--memory'])]).toEqual([
      ['--explain', undefined],
    ]);
  });

  test.prop([
    fc.array(fc.constantFrom('--memory', '--memory=3G', '512M', '--', '--workers', '4', 'x'), {
      maxLength: 12,
    }),
  ])(
    'REC-3, USG-7: the value read is the last `--memory V` or `--memory=V` before the first -- (after the command word)',
    (rest) => {
      const args = ['reconcile', ...rest];
      const end = args.indexOf('--', 1);
      let expected: string | undefined;
      let given = false;
      for (let i = 1; i < (end === -1 ? args.length : end); i++)
        if (args[i] === '--memory') {
          expected = args[i + 1];
          given = true;
        } else if (args[i] === '--memory=3G') {
          expected = '3G';
          given = true;
        }
      const values = flagValues(args, ['--memory']);
      expect(values.has('--memory')).toBe(given);
      expect(values.get('--memory')).toBe(expected);
    },
  );
});
