import fc from 'fast-check';
import { money } from 'subscription-rules';
import { parseMoney } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import {
  closesIn,
  currencyExponents,
  readCurrencyCode,
  taxRateFlag,
  UsageError,
  wrapText,
} from '../_private.ts';
import { m365_2021, software2021 } from '../partnerCenter/_samples.ts';
import { run } from './_run.ts';
import { scratch } from './_scratch.ts';

const { named: file } = scratch('guidance-');
const m365 = file('m365.json', m365_2021);
const software = file('software.json', software2021);
const nce = {
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 2,
  orderedAt: '2026-01-01T00:00:00Z',
};
/** The one error line of a command that must exit 2 with nothing on standard output. */
function errorOf(...argv: string[]): string {
  const { code, out, err } = run(...argv);
  expect({ code, out }).toEqual({ code: 2, out: '' });
  expect(err.trimEnd().split('\n')).toHaveLength(1);
  return err.trimEnd();
}

describe('a missing flag says it is required, what it holds and an example', () => {
  it.each([
    [
      ['inspect', m365],
      'error: --at: required, the instant the resource was fetched, e.g. --at 2026-11-25T00:00:00Z',
    ],
    [
      ['refund'],
      'error: --product: required, the product ordered, e.g. --product marketplace-saas (--help lists them)',
    ],
    [
      [
        'refund',
        '--product',
        'marketplace-saas',
        '--billing',
        'monthly',
        '--ordered',
        '2026-11-20T10:00:00Z',
      ],
      'error: --at: required, the instant the cancellation is asked for, e.g. --at 2026-11-25T00:00:00Z',
    ],
    [
      ['suspension'],
      'error: --suspended: required, when the subscription was suspended, e.g. --suspended 2026-03-01T00:00:00Z',
    ],
    [
      ['coterm', '--term', 'P1Y'],
      'error: --billing-frequency: required, monthly, annual or triennial, e.g. --billing-frequency monthly',
    ],
    [
      ['reservation', 'refund'],
      'error: --type: required, the reservation type, e.g. --type virtual-machines',
    ],
    [
      [
        'refund',
        '--program',
        'new-commerce',
        '--product',
        'software-subscription',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
      ],
      'error: --term: required, expected P1Y or P3Y (NCE-2: software-subscription, --term not given, --billing-frequency not given)',
    ],
  ])('ERR-1: %j', (argv, message) => {
    expect(errorOf(...argv)).toBe(message);
  });
});

describe('an instant given as a date alone says which instant to write', () => {
  it('TIME-1: --at 2026-11-25 asks for 2026-11-25T00:00:00Z, on every command that takes an instant', () => {
    expect(errorOf('inspect', m365, '--at', '2026-11-25')).toBe(
      'error: --at: "2026-11-25" is a date; give an instant with its time and zone, e.g. --at 2026-11-25T00:00:00Z (midnight UTC)',
    );
    expect(
      errorOf(
        'refund',
        '--product',
        'marketplace-saas',
        '--billing',
        'monthly',
        '--ordered',
        '2026-01-01',
        '--at',
        '2026-01-02T00:00:00Z',
      ),
    ).toBe(
      'error: --ordered: "2026-01-01" is a date; give an instant with its time and zone, e.g. --ordered 2026-01-01T00:00:00Z (midnight UTC)',
    );
    expect(
      errorOf('coterm', '--term', 'P1Y', '--billing-frequency', 'monthly', '--start', '2026-11-20'),
    ).toMatch(/^error: --start: "2026-11-20" is a date; .* --start 2026-11-20T00:00:00Z/);
  });

  it('TIME-1: an instant that is no instant gets the form to write, never the library’s "valid Date"', () => {
    for (const text of ['tomorrow', '2026-02-30T00:00:00Z', '2026-11-25T00:00:00']) {
      expect(errorOf('inspect', m365, '--at', text)).toBe(
        `error: --at: expected an instant in ISO 8601 with Z or ±HH:mm on a day that exists, e.g. --at 2026-11-25T00:00:00Z, got ${JSON.stringify(text)}`,
      );
    }
  });

  it('TIME-1: in a scenario, events.N.at and until say it too, N the event’s place in the file from 0', () => {
    const scenario = file('dates.json', {
      subscription: nce,
      events: [
        { type: 'change-quantity', quantity: 3, at: '2026-01-02T00:00:00Z' },
        { type: 'cancel', at: '2026-01-03' },
      ],
      until: '2026-03-01T00:00:00Z',
    });
    expect(errorOf('timeline', scenario)).toBe(
      `error: ${scenario}: events.1.at: "2026-01-03" is a date; give an instant with its time and zone, e.g. "2026-01-03T00:00:00Z" (midnight UTC)`,
    );
  });
});

describe('timeline and inspect point to each other; event errors name events.N.at', () => {
  it('PCR-1: a Partner Center resource given to timeline without --at asks for the instant it was fetched, and a scenario given to inspect points to timeline', () => {
    expect(errorOf('timeline', m365)).toBe(
      `error: ${m365}: this is a Partner Center subscription resource: give --at, the instant it was fetched, to play it on from then, e.g. subscription-rules timeline ${m365} --at 2026-11-25T00:00:00Z`,
    );
    const scenario = file('scenario.json', {
      subscription: nce,
      events: [],
      until: '2026-03-01T00:00:00Z',
    });
    expect(errorOf('inspect', scenario, '--at', '2026-01-02T00:00:00Z')).toBe(
      `error: ${scenario}: this is a scenario, not a Partner Center subscription resource; play it with subscription-rules timeline ${scenario}`,
    );
  });

  it('NCE-7: an event before the one above it in the file is refused at events.N.at, naming the event it must follow', () => {
    const scenario = file('order.json', {
      subscription: nce,
      events: [
        { type: 'set-auto-renew', enabled: false, at: '2026-01-02T00:00:00Z' },
        { type: 'change-quantity', quantity: 3, at: '2026-01-05T00:00:00Z' },
        { type: 'cancel', at: '2026-01-04T00:00:00Z' },
      ],
      until: '2026-03-01T00:00:00Z',
    });
    expect(errorOf('timeline', scenario)).toBe(
      'error: events.2.at: expected an instant at or after events.1.at (2026-01-05T00:00:00.000Z), got "2026-01-04T00:00:00.000Z"',
    );
  });

  it('NCE-7: an event the schema refuses is named by its place in the file', () => {
    const scenario = file('bad-event.json', {
      subscription: nce,
      events: [
        { type: 'cancel', at: '2026-01-02T00:00:00Z' },
        { type: 'cancel', at: 5 },
      ],
      until: '2026-03-01T00:00:00Z',
    });
    expect(errorOf('timeline', scenario)).toMatch(
      new RegExp(`^error: ${scenario}: events\\.1\\.at: `),
    );
  });
});

describe('did you mean', () => {
  it.each([
    [
      ['market', 'Autralia'],
      'error: market: expected a Partner Center market code or name, got "Autralia" (did you mean Australia?)',
    ],
    [
      ['quote', '10', 'USD', '--market', 'Germny', '--tax-rate', '0.19'],
      'error: --market: expected a Partner Center market code or name, got "Germny" (did you mean Germany?)',
    ],
    [
      [
        'refund',
        '--product',
        'sofware-plan',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
      ],
      'error: --product: expected one of marketplace-saas, marketplace-usage, software-perpetual, software-subscription, software-plan, windows-7-esu, got "sofware-plan" (did you mean software-plan?)',
    ],
    [
      [
        'refund',
        '--program',
        'new-commerce',
        '--product',
        'licence-based',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
      ],
      'error: --product: expected one of license-based, software-subscription, software-perpetual, marketplace-saas, marketplace-usage, azure-plan (New Commerce), got "licence-based" (did you mean license-based?)',
    ],
  ])('MKT-2, LC-1: %j', (argv, message) => {
    expect(errorOf(...argv)).toBe(message);
  });

  it('LC-1: an event type with a slip gets the closest known one', () => {
    const scenario = file('typo.json', {
      subscription: nce,
      events: [{ type: 'cancle', at: '2026-01-02T00:00:00Z' }],
      until: '2026-03-01T00:00:00Z',
    });
    expect(errorOf('timeline', scenario)).toBe(
      `error: ${scenario}: events.0.type: expected one of cancel, suspend, reactivate, set-auto-renew, change-quantity, schedule-renewal, change-term, change-billing-frequency, set-end-of-term, got "cancle" (did you mean cancel?)`,
    );
  });
});

describe('license-based without a program', () => {
  it('NCE-2: refund --product license-based asks for --program new-commerce', () => {
    expect(
      errorOf(
        'refund',
        '--product',
        'license-based',
        '--ordered',
        '2026-01-01T00:00:00Z',
        '--at',
        '2026-01-02T00:00:00Z',
      ),
    ).toBe(
      'error: --product: license-based is sold under New Commerce only; add --program new-commerce',
    );
  });

  it('NCE-2: a scenario’s license-based subscription without program asks for "program": "new-commerce"', () => {
    const { program: _, ...legacy } = nce;
    const scenario = file('no-program.json', {
      subscription: legacy,
      events: [],
      until: '2026-03-01T00:00:00Z',
    });
    expect(errorOf('timeline', scenario)).toBe(
      `error: ${scenario}: subscription.product: license-based is sold under New Commerce only; add "program": "new-commerce" to the subscription (on the command line: --program new-commerce)`,
    );
  });
});

describe('a window’s time left', () => {
  it('REF-1: a window under a day says hours: a SaaS subscription an hour after its order closes in 23 h', () => {
    const { code, out } = run(
      'refund',
      '--product',
      'marketplace-saas',
      '--billing',
      'monthly',
      '--ordered',
      '2026-11-20T10:00:00Z',
      '--at',
      '2026-11-20T11:00:00Z',
    );
    expect(code).toBe(0);
    expect(out).toContain('window   runs until 2026-11-21T10:00:00.000Z (closes in 23 h)\n');
  });

  it('PCR-1: inspect says days from one day on: the software subscription’s window five days before it closes', () => {
    const { out } = run('inspect', software, '--at', '2021-10-10T00:00:00Z');
    expect(out).toContain('until 2021-10-15T00:00:00.000Z (closes in 5 days)');
  });

  it('closesIn rounds down: days, then hours under a day, minutes under an hour', () => {
    const at = '2026-01-01T00:00:00Z';
    expect(closesIn('2026-01-06T23:59:59Z', at)).toBe('closes in 5 days');
    expect(closesIn('2026-01-02T00:00:00Z', at)).toBe('closes in 1 day');
    expect(closesIn('2026-01-01T23:59:59.999Z', at)).toBe('closes in 23 h');
    expect(closesIn('2026-01-01T01:00:00Z', at)).toBe('closes in 1 h');
    expect(closesIn('2026-01-01T00:59:59Z', at)).toBe('closes in 59 min');
    expect(closesIn('2026-01-01T00:00:30Z', at)).toBe('closes in under a minute');
    expect(closesIn(at, at)).toBe('closed');
  });

  describe('properties', () => {
    it('closesIn never promises more time than is left: N days ≤ the time left < N + 1 days, N hours likewise', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 400 * 86_400_000 }), (left) => {
          const at = Date.UTC(2026, 0, 1);
          const text = closesIn(new Date(at + left).toISOString(), new Date(at).toISOString());
          const [, n, unit] = /^closes in (\d+) (days?|h|min)$/.exec(text) ?? ['', '0', 'under'];
          const size =
            unit === 'h'
              ? 3_600_000
              : unit === 'min'
                ? 60_000
                : unit === 'under'
                  ? 60_000
                  : 86_400_000;
          const count = Number(n);
          expect(count * size).toBeLessThanOrEqual(left);
          expect(left).toBeLessThan((count + 1) * size);
          if (unit === 'h') expect(left).toBeLessThan(86_400_000);
        }),
      );
    });
  });
});

describe('--tax-rate', () => {
  it('PRICE-3: a rate outside [0, 1] is refused with the fraction to write for a percentage', () => {
    expect(errorOf('quote', '10', 'USD', '--market', 'US', '--tax-rate', '1.5')).toBe(
      'error: --tax-rate: expected a fraction from 0 to 1 with at most 6 decimals (0.1 is 10 %), got "1.5"; for 1.5 %, write --tax-rate 0.015',
    );
    expect(errorOf('quote', '10', 'USD', '--market', 'US', '--tax-rate', '15')).toMatch(
      /; for 15 %, write --tax-rate 0\.15$/,
    );
    expect(errorOf('quote', '10', 'USD', '--market', 'US', '--tax-rate=-0.1')).toBe(
      'error: --tax-rate: expected a fraction from 0 to 1 with at most 6 decimals (0.1 is 10 %), got "-0.1"',
    );
    expect(errorOf('quote', '10', 'USD', '--market', 'US', '--tax-rate', '-0.1')).toBe(
      'error: --tax-rate: its value starts with "-", so write it joined with =, as --tax-rate=<value>',
    );
    expect(errorOf('quote', '10', 'USD', '--market', 'US', '--tax-rate', '1.0000001')).toMatch(
      /^error: --tax-rate: expected a fraction from 0 to 1/,
    );
  });

  it('PRICE-3: 0, 1 and any fraction between with at most 6 decimals are taken as written', () => {
    for (const rate of ['0', '1', '0.1', '.5', '0.0725', '1.000000', '0.000001']) {
      expect(taxRateFlag(rate)).toBe(rate);
    }
    expect(run('quote', '10', 'USD', '--market', 'US', '--tax-rate', '1').code).toBe(0);
  });

  describe('properties', () => {
    it('PRICE-3: the fraction suggested for a percentage p is p / 100, written exactly', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1_0000, max: 100_0000 }), (tenThousandths) => {
          const whole = Math.floor(tenThousandths / 10_000);
          const text = `${whole}.${String(tenThousandths % 10_000).padStart(4, '0')}`;
          let message = '';
          try {
            taxRateFlag(text);
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
            message = (error as Error).message;
          }
          if (text === '1.0000') return;
          const fraction = /write --tax-rate (\S+)$/.exec(message)?.[1] ?? '';
          // p / 100 in millionths is the percentage in ten-thousandths
          const [w = '', d = ''] = fraction.split('.');
          expect(Number(w) * 1_000_000 + Number(d.padEnd(6, '0'))).toBe(tenThousandths);
        }),
      );
    });
  });
});

describe('one currency rule', () => {
  it('PRICE-1: the command line, money() and the schemas read usd as USD, and refuse the same codes', () => {
    expect(
      run(
        'refund',
        '--product',
        'marketplace-saas',
        '--billing',
        'monthly',
        '--ordered',
        '2026-11-20T10:00:00Z',
        '--at',
        '2026-11-20T11:00:00Z',
        '--price',
        '19.99',
        '--currency',
        'usd',
      ).out,
    ).toContain('credit   19.99 USD\n');
    for (const code of ['usd', 'Usd', 'USD', 'jpy', 'US$', 'usd ', 'XXX', 'ınr', 'toString', '']) {
      const read = readCurrencyCode(code);
      const cli = run('quote', '10', code, '--market', 'US', '--tax-rate', '0.1', '--json');
      const parsed = parseMoney({ amount: 1000, currency: code });
      let library: string | undefined;
      try {
        library = money('10', code as 'USD').currency;
      } catch {
        library = undefined;
      }
      expect([
        library,
        parsed.ok ? parsed.value.currency : undefined,
        cli.code === 0 ? JSON.parse(cli.out).net.currency : undefined,
      ]).toEqual([read, read, read]);
    }
  });

  describe('properties', () => {
    it('PRICE-1: every active code in any mix of cases is read as itself in upper case', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...Object.keys(currencyExponents)),
          fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
          (code, upper) => {
            const typed = [...code].map((c, i) => (upper[i] ? c : c.toLowerCase())).join('');
            expect(readCurrencyCode(typed)).toBe(code);
          },
        ),
      );
    });
  });
});

describe('wrapText', () => {
  describe('properties', () => {
    it('the lines fit the width, take as many words as fit, and join back to the text', () => {
      const word = fc.string({
        unit: fc.constantFrom('a', 'b', '한', '中', '(', ')', '.'),
        minLength: 1,
        maxLength: 12,
      });
      fc.assert(
        fc.property(
          fc.array(word, { minLength: 1, maxLength: 30 }),
          fc.integer({ min: 12, max: 60 }),
          (words, width) => {
            const text = words.join(' ');
            const lines = wrapText(text, width);
            const wide = (s: string) => [...s].reduce((n, c) => n + (/[한中]/.test(c) ? 2 : 1), 0);
            for (const line of lines) expect(wide(line)).toBeLessThanOrEqual(width);
            // a cut at a space drops it, a cut inside a word drops nothing
            expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
          },
        ),
      );
    });
  });
});
