import { describe, expect, it } from 'vitest';
import { run } from './_run.ts';

describe('the command-line tool', () => {
  it('POL-2: demo names the policy in force today and the one an order of 2021-03-07 keeps', () => {
    const { code, out } = run('demo');
    expect(code).toBe(0);
    expect(out).toContain('partner-center-2021-03');
    expect(out).toContain(
      'ordered 2021-03-07T23:59:59.999Z  → partner-center-2020-01  software may be cancelled for 60 days',
    );
  });

  it('POL-1: policies --json prints the catalog exactly', () => {
    const { code, out } = run('policies', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).map((policy: { id: string }) => policy.id)).toEqual([
      'partner-center-2020-01',
      'partner-center-2021-03',
    ]);
  });

  it('ERR-1: a bad command line exits 2 with one error line and no stack trace', () => {
    for (const argv of [['nope'], ['policies', '--colour'], ['demo', '--json=3']]) {
      const { code, out, err } = run(...argv);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^error: /);
    }
  });

  it('prints help with every command, exit 0 with --help and 2 with no command', () => {
    expect(run('--help').out).toContain('policies');
    expect(run('--help').code).toBe(0);
    expect(run().code).toBe(2);
    expect(run('demo', '--help').out).toContain('Usage: subscription-rules demo');
  });
});
