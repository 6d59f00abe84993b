import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BudgetError, main } from '../_private.ts';
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

  it('PRICE-4: demo quotes an Australian price that includes GST and a US price that excludes sales tax', () => {
    const { code, out } = run('demo');
    expect(code).toBe(0);
    expect(out).toContain('$10.99 AUD in AU, tax rate 0.1: the list price includes tax');
    expect(out).toMatch(/net +\$9\.99 +999 minor units\n +tax +\$1\.00 +100 minor units/);
    expect(out).toContain('$10.00 USD in US, tax rate 0.0725: the list price excludes tax');
    expect(out).toMatch(/tax +\$0\.73 +73 minor units\n +gross +\$10\.73 +1073 minor units/);
    const json = JSON.parse(run('demo', '--json').out);
    expect(
      json.quotes.map((q: { quote: { tax: { amount: number } } }) => q.quote.tax.amount),
    ).toEqual([100, 73]);
  });

  it('POL-1: policies --json prints the catalog exactly', () => {
    const { code, out } = run('policies', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).map((policy: { id: string }) => policy.id)).toEqual([
      'partner-center-2020-01',
      'partner-center-2021-03',
      'partner-center-nce-2021-10',
      'partner-center-nce-2022-03',
      'partner-center-nce-2022-07',
      'partner-center-nce-2023-01',
      'partner-center-nce-2025-04',
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

  it('ERR-1: a failure of the tool itself exits 3 with one line; --debug adds its stack trace', async () => {
    for (const argv of [['policies'], ['policies', '--json']]) {
      for (const debug of [false, true]) {
        let err = '';
        const broken = (): void => {
          throw new TypeError('the terminal is gone');
        };
        const code = await main(debug ? [...argv, '--debug'] : argv, broken, (text) => {
          err += `${text}\n`;
        });
        expect(code).toBe(3);
        const lines = err.trimEnd().split('\n');
        expect(lines[0]).toBe(
          `error: internal failure: the terminal is gone${debug ? '' : ' (run again with --debug for its stack trace)'}`,
        );
        expect(lines.length > 1).toBe(debug);
        if (debug) expect(lines[1]).toMatch(/^TypeError: the terminal is gone/);
      }
    }
  });

  it('ERR-1: a run out of its --memory exits 3 with one line saying so and what to give, no stack trace offered, with --debug or not', async () => {
    for (const debug of [false, true]) {
      let err = '';
      const starved = (): void => {
        throw new BudgetError(
          '--engine duckdb: DuckDB needed more than its 64 MiB; give it more (--memory 1G)',
        );
      };
      const code = await main(debug ? ['policies', '--debug'] : ['policies'], starved, (text) => {
        err += `${text}\n`;
      });
      expect(code).toBe(3);
      expect(err).toBe(
        'error: out of memory: --engine duckdb: DuckDB needed more than its 64 MiB; give it more (--memory 1G)\n',
      );
    }
  });

  it('prints help with every command, exit 0 with --help and 2 with no command', () => {
    expect(run('--help').out).toContain('policies');
    expect(run('--help').code).toBe(0);
    expect(run().code).toBe(2);
    expect(run('demo', '--help').out).toContain('Usage: subscription-rules demo');
  });

  it('ERR-1: --version and -V print the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-V']) {
      expect(run(flag)).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
    }
  });

  it('ERR-1: a misspelt command or flag gets one line with the closest known one; no parseArgs wording reaches the user', () => {
    const cases: [string[], string][] = [
      [['refnd'], 'error: unknown command "refnd" (did you mean refund?) (try --help)\n'],
      [
        ['refund', '--prodct', 'x'],
        'error: unknown flag --prodct (did you mean --product?) (try --help)\n',
      ],
      [['refund', '--product'], 'error: --product: expected a value\n'],
      [['refund', '--json=1'], 'error: --json: takes no value\n'],
      [
        ['quote', '1', 'USD', '--market', 'AU', '--tax-rate', '0.1', '--input', 'x.json'],
        'error: --market: cannot be used with --input, which holds the whole input\n',
      ],
    ];
    for (const [argv, err] of cases) {
      expect(run(...argv)).toEqual({ code: 2, out: '', err });
    }
  });

  it('ERR-1: every line of the demo and of every help is at most 100 columns, and every help lists two examples', () => {
    const width = (text: string): number =>
      Math.max(...text.split('\n').map((line) => [...line].length));
    expect(width(run('demo').out)).toBeLessThanOrEqual(100);
    expect(width(run('--help').out)).toBeLessThanOrEqual(100);
    for (const command of [
      'demo',
      'policies',
      'market',
      'refund',
      'quote',
      'suspension',
      'timeline',
      'inspect',
      'coterm',
      'renewals',
      'forecast',
    ]) {
      const { code, out } = run(command, '--help');
      expect(code).toBe(0);
      expect(width(out), command).toBeLessThanOrEqual(100);
      const examples = out.split('Examples:\n')[1] ?? '';
      expect(
        examples.match(/^ {2}subscription-rules|^ {2}cat /gm)?.length ?? 0,
        command,
      ).toBeGreaterThanOrEqual(2);
    }
    expect(run('refund', '--help').out).toContain('software-plan, windows-7-esu');
    expect(run('quote', '--help').out).toContain('half-even, half-down, up, down, ceiling, floor');
    expect(run('timeline', '--help').out).toContain('set-auto-renew, change-quantity');
  });
});
