import { definePolicy, partnerCenterPolicies, policyAt } from 'subscription-rules';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../_private.ts';

afterEach(() => {
  vi.useRealTimers();
});

function answers(): unknown {
  let demo = '';
  main(
    ['demo', '--json'],
    (text) => {
      demo += text;
    },
    () => {},
  );
  return [
    policyAt('2021-03-08T00:00:00Z').id,
    definePolicy(JSON.parse(JSON.stringify(partnerCenterPolicies[0]))),
    demo,
  ];
}

describe('no clock', () => {
  it('TIME-6: no answer changes with the system clock ("now" is always an argument)', () => {
    vi.useFakeTimers({ now: Date.UTC(2000, 0, 1) });
    const then = answers();
    vi.setSystemTime(Date.UTC(2099, 5, 30));
    expect(answers()).toEqual(then);
  });
});
