import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { m365_2021, saas2019, software2021 } from '../partnerCenter/_samples.ts';
import { run, runStreaming } from './_run.ts';
import { scratch } from './_scratch.ts';

/** Words of JavaScript, not of the domain: none may reach a person reading the command line. */
const JAVASCRIPT = /undefined|NaN|\[object|valid Date/;

const { dir, named: file } = scratch('words-');

const nce = {
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 2,
  orderedAt: '2026-01-01T00:00:00Z',
  price: { amount: 1250, currency: 'USD' },
};
/** JSON a person might hand any command that reads a file: wrong shapes, wrong values, hostile keys. */
const hostile = [
  file('not-json.txt', 'not json'),
  file('broken.json', '{"a":\n 1,,}'),
  file('empty.json', ''),
  file('list.json', [1, 2]),
  file('null.json', null),
  file('number.json', 42),
  file('text.json', '"text"'),
  file('proto.json', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}'),
  file('nested.json', { a: { b: { c: { d: [[[[{}]]]] } } } }),
  file('resource.json', m365_2021),
  file('software.json', software2021),
  file('saas.json', saas2019),
  file('resource-bad.json', { ...m365_2021, quantity: 'ten', status: null, commitmentEndDate: 7 }),
  file('resource-nan.json', { ...m365_2021, quantity: Number.MAX_VALUE, effectiveStartDate: {} }),
  file('resource-legacy-licence.json', { ...saas2019, productType: { id: 'OnlineServices' } }),
  file('scenario.json', { subscription: nce, events: [], until: '2026-03-01T00:00:00Z' }),
  file('scenario-bad.json', {
    subscription: { ...nce, program: undefined, quantity: 'x' },
    events: [
      { type: 'cancle', at: '2026-01-02' },
      { type: 'change-quantity', at: '2026-01-01T00:00:00Z', quantity: 'many' },
      { type: 'cancel' },
      null,
      'cancel',
      { type: 'cancel', at: {} },
    ],
    until: '2026-01-01',
  }),
  file('scenario-order.json', {
    subscription: nce,
    events: [
      { type: 'change-quantity', quantity: 3, at: '2026-01-03T00:00:00Z' },
      { type: 'cancel', at: '2026-01-02T00:00:00Z' },
      { type: 'set-auto-renew', at: '2026-01-04T00:00:00Z' },
    ],
    until: '2026-03-01T00:00:00Z',
  }),
  file('scenario-until.json', { subscription: nce, events: [], until: 'not a date' }),
  file('scenario-no-until.json', { subscription: nce, events: [], until: 7 }),
  file('scenario-legacy.json', {
    subscription: { product: 'license-based', orderedAt: '2026-01-01T00:00:00Z', quantity: 1 },
    events: [],
    until: '2026-03-01T00:00:00Z',
  }),
  file('history.json', [
    { at: 'yesterday', cancelledCommitment: { amount: 'x', currency: 'usd' } },
  ]),
];

const at = '2021-01-14T18:00:00Z';
// None of them holds a JavaScript word itself: a message may quote what was typed.
/** Instants a person might type: a date alone, words, a day that does not exist, an offset missing. */
const badInstants = [
  '2026-11-25',
  'tomorrow',
  '2026-02-30T00:00:00Z',
  '2026-11-25T00:00:00',
  '',
  '1e3',
];
/** Values of every other kind: empty, a misspelling, hostile text. */
const badValues = ['', 'x', '-1', '1e309', '0x10', '__proto__', 'toString', '{}', '1.5.5'];

/** Every command with flags it needs, for each flag to be taken away or spoiled in turn. */
const commands: readonly (readonly string[])[] = [
  [
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
    'USD',
  ],
  [
    'refund',
    '--program',
    'new-commerce',
    '--product',
    'license-based',
    '--term',
    'P1Y',
    '--billing-frequency',
    'monthly',
    '--quantity',
    '10',
    '--ordered',
    '2026-11-20T10:00:00Z',
    '--at',
    '2026-11-23T09:00:00Z',
    '--price',
    '12.50USD',
  ],
  [
    'quote',
    '10.99',
    'AUD',
    '--market',
    'Australia',
    '--tax-rate',
    '0.1',
    '--quantity',
    '2',
    '--rounding',
    'half-even',
  ],
  ['market', 'Swaziland', '--product-family', 'azure-reservations'],
  [
    'suspension',
    '--suspended',
    '2026-03-01T00:00:00Z',
    '--account-opened',
    '2026-01-01T00:00:00Z',
    '--first-billing',
    '2026-01-11T00:00:00Z',
  ],
  ['coterm', '--term', 'P1Y', '--billing-frequency', 'monthly', '--start', '2026-11-20T10:00:00Z'],
  ['inspect', join(dir, 'resource.json'), '--at', at, '--price', '12.50USD'],
  [
    'reservation',
    'refund',
    '--type',
    'virtual-machines',
    '--term',
    'P3Y',
    '--billing-plan',
    'monthly',
    '--purchased',
    '2026-01-15T00:00:00Z',
    '--price',
    '3600',
    '--currency',
    'USD',
    '--current-price',
    '3000',
    '--usd-rate',
    '1',
    '--at',
    '2026-12-20T00:00:00Z',
    '--history',
    join(dir, 'history.json'),
  ],
  [
    'reservation',
    'exchange',
    '--type',
    'virtual-machines',
    '--term',
    'P1Y',
    '--billing-plan',
    'upfront',
    '--purchased',
    '2027-02-01T00:00:00Z',
    '--price',
    '1200',
    '--currency',
    'USD',
    '--at',
    '2027-03-01T00:00:00Z',
    '--service',
    'x',
  ],
  ['policies', '--program', 'new-commerce'],
  ['timeline', join(dir, 'scenario.json')],
  ['demo'],
];

/** The command lines: each as given, then without each flag, then with each flag's value spoiled. */
function commandLines(): string[][] {
  const lines: string[][] = [];
  for (const argv of commands) {
    lines.push([...argv]);
    for (let i = 1; i < argv.length; i++) {
      const flag = argv[i] as string;
      if (!flag.startsWith('--')) {
        if (argv[i - 1]?.startsWith('--')) continue;
        // a positional argument: left out, or spoiled
        lines.push([...argv.slice(0, i), ...argv.slice(i + 1)]);
        for (const value of badValues)
          lines.push([...argv.slice(0, i), value, ...argv.slice(i + 1)]);
        continue;
      }
      lines.push([...argv.slice(0, i), ...argv.slice(i + 2)]);
      lines.push([...argv.slice(0, i + 1)]);
      const values = /at|ordered|purchased|start|suspended|opened|billing$/.test(flag)
        ? [...badInstants, ...badValues]
        : badValues;
      for (const value of values)
        lines.push([...argv.slice(0, i + 1), `${value}`, ...argv.slice(i + 2)].map(String));
    }
  }
  for (const path of hostile) {
    lines.push(['inspect', path, '--at', at]);
    lines.push(['inspect', path, '--at', at, '--price', '12.50 usd']);
    lines.push(['timeline', path]);
    for (const command of ['refund', 'quote', 'market', 'suspension', 'coterm', 'timeline'])
      lines.push([command, '--input', path]);
  }
  lines.push(
    ['inspect', join(dir, 'resource.json')],
    ['inspect', '--at', at],
    ['inspect', join(dir, 'resource.json'), '--at', at, '--price', '12.50'],
    ['inspect', join(dir, 'resource.json'), '--at', '2022-06-01T00:00:00Z'],
    ['inspect', join(dir, 'resource.json'), '--at', '2020-01-01T00:00:00Z'],
    ['quote', '10', 'usd', '--market', 'US', '--tax-rate', '-0.1'],
    ['quote', '10', 'usd', '--market', 'US', '--tax-rate=-0.1'],
    ['quote', '10', 'usd', '--market', 'US', '--tax-rate', '1.5'],
    ['reservation'],
    ['reservation', 'refnd'],
    ['inspct'],
    ['refund', '--colour'],
    ['demo', '--locale', 'kr'],
    [],
  );
  return lines;
}

describe('what the command line says', () => {
  it('ERR-1: no output of any command, on good or bad input, speaks JavaScript (undefined, NaN, [object, valid Date)', () => {
    const lines = commandLines();
    expect(lines.length).toBeGreaterThan(500);
    for (const argv of lines) {
      for (const locale of [[], ['--locale', 'ko']]) {
        const { out, err } = run(...argv, ...locale);
        // the command line and what it printed, so a failure shows both
        expect({ argv: [...argv, ...locale], out, err }).not.toSatisfy(
          ({ out: o, err: e }: { out: string; err: string }) =>
            JAVASCRIPT.test(o) || JAVASCRIPT.test(e),
        );
      }
    }
  });

  it('ERR-1: reconcile, on bad files, speaks no JavaScript either', async () => {
    const resources = join(dir, 'resource.json');
    for (const path of hostile) {
      for (const argv of [
        ['reconcile', '--file', path, '--subscriptions', resources],
        ['reconcile', '--file', join(dir, 'empty.json'), '--subscriptions', path],
        ['reconcile', '--file', path, '--subscriptions', resources, '--prices', path],
        ['reconcile', '--subscriptions', path],
        ['reconcile', '--file', path],
      ]) {
        const { out, err } = await runStreaming(argv);
        expect({ argv, out, err }).not.toSatisfy(
          ({ out: o, err: e }: { out: string; err: string }) =>
            JAVASCRIPT.test(o) || JAVASCRIPT.test(e),
        );
      }
    }
  });
});
