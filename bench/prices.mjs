// `npm run bench:prices`: reading Partner Center's licence price
// list (PL-1) and finding a row's price (PL-3), on the build, in this process (one core). Targets:
// `readPriceList` ≥ 500 000 rows a second (a real market's file is ~50 000 rows); `priceAt` ≤ 2 µs
// with the list indexed. PRICE_ROWS sets the rows of the generated list (default 200 000).
// The headline is a run pinned to one core (`taskset -c 0`, Linux): the collector's helper threads
// then share that core too, so its wall clock is what one core reads. The unpinned run beside it
// gives CPU seconds (user + system, every thread). PRICES_BEFORE=<an older build's index.js> reads
// the same list with both builds in this process, alternately, and gives each one's best CPU time.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const entry = process.env.PRICES_ENTRY ?? `${root}dist/index.js`;
const { priceAt, readPriceList } = await import(entry);

const ROWS = Number(process.env.PRICE_ROWS ?? 200_000);
const COLUMNS =
  'ProductTitle,ProductId,SkuId,SkuTitle,Publisher,SkuDescription,UnitOfMeasure,TermDuration,BillingPlan,Market,Currency,UnitPrice,PricingTierRangeMin,PricingTierRangeMax,EffectiveStartDate,EffectiveEndDate,Tags,ERP Price,Segment';
const PLANS = [
  ['P1Y', 'Monthly'],
  ['P1Y', 'Annual'],
  ['P1M', 'Monthly'],
  ['P3Y', 'Annual'],
];

/** A price list of `rows` rows in Partner Center's layout: products × plans × two price periods. */
function priceList(rows) {
  const lines = [COLUMNS];
  for (let i = 0; lines.length <= rows; i++) {
    const product = `CFQ7TTC0${String(i).padStart(4, '0')}`;
    for (const [term, plan] of PLANS)
      for (const [start, end, price] of [
        ['2/1/2023 12:00:00 AM', '6/30/2026 11:59:59 PM', '72.00'],
        ['7/1/2026 12:00:00 AM', '11/30/9999 11:59:59 PM', '84.00'],
      ])
        lines.push(
          `Microsoft 365 Business Basic ${i},${product},0001,Microsoft 365 Business Basic,Microsoft Corporation,"Best for businesses that need professional email, cloud file storage, and...",,${term},${plan},US,USD,${price},,,${start},${end},License,90,Commercial`,
        );
  }
  return `${lines.slice(0, rows + 1).join('\r\n')}\r\n`;
}

const text = priceList(ROWS);
// the best of the runs, by the wall clock and by the process's own CPU time (user + system): on a
// machine shared with other work the CPU time is what one core spent, the wall clock what it took
let leastCpuMs = Infinity;
const best = (runs, fn) => {
  let least = Infinity;
  leastCpuMs = Infinity;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    fn();
    least = Math.min(least, Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpu);
    leastCpuMs = Math.min(leastCpuMs, (used.user + used.system) / 1000);
  }
  return least;
};
let list;
const readMs = best(5, () => {
  list = readPriceList(text);
});
const readCpuMs = leastCpuMs;
if (list.rows.length !== ROWS || list.issues.length !== 0) throw new Error('the list was not read');
const keys = list.rows.slice(0, 1000).map((row) => ({
  ProductId: row.ProductId,
  SkuId: row.SkuId,
  TermDuration: row.TermDuration,
  BillingPlan: row.BillingPlan,
  Market: row.Market,
  Currency: row.Currency,
  Segment: row.Segment,
}));
priceAt(list, keys[0], '2026-07-01T00:00:00Z'); // builds the index once
const CALLS = 200_000;
const instants = ['2026-06-30T23:59:59.999Z', '2026-07-01T00:00:00.000Z'];
const lookMs = best(5, () => {
  for (let i = 0; i < CALLS; i++) {
    const found = priceAt(list, keys[i % keys.length], instants[i & 1]);
    if (!found.ok) throw new Error(found.message);
  }
});
const lookCpuMs = leastCpuMs;
const result = {
  rows: ROWS,
  bytes: Buffer.byteLength(text),
  readPriceListMs: Math.round(readMs),
  readPriceListRowsPerSecond: Math.round(ROWS / (readMs / 1000)),
  readPriceListRowsPerCpuSecond: Math.round(ROWS / (readCpuMs / 1000)),
  priceAtNs: Math.round((lookMs * 1e6) / CALLS),
  priceAtCpuNs: Math.round((lookCpuMs * 1e6) / CALLS),
};
if (process.env.PRICES_BEFORE !== undefined && process.env.PRICES_PINNED !== '1') {
  const before = await import(process.env.PRICES_BEFORE);
  const cpuMs = { before: Infinity, after: Infinity };
  for (let i = 0; i < 8; i++)
    for (const [name, read] of [
      ['before', before.readPriceList],
      ['after', readPriceList],
    ]) {
      list = undefined;
      const cpu = process.cpuUsage();
      list = read(text);
      const used = process.cpuUsage(cpu);
      cpuMs[name] = Math.min(cpuMs[name], (used.user + used.system) / 1000);
    }
  result.alternately = {
    beforeCpuMs: Math.round(cpuMs.before),
    afterCpuMs: Math.round(cpuMs.after),
    beforeRowsPerCpuSecond: Math.round(ROWS / (cpuMs.before / 1000)),
    afterRowsPerCpuSecond: Math.round(ROWS / (cpuMs.after / 1000)),
  };
}
if (process.env.PRICES_PINNED === '1') {
  // the pinned child: its figures only, for the parent to report
  console.log(JSON.stringify(result));
} else {
  const pinned = spawnSync(
    'taskset',
    ['-c', '0', process.execPath, fileURLToPath(import.meta.url)],
    { env: { ...process.env, PRICES_PINNED: '1' }, encoding: 'utf8' },
  );
  const one = pinned.status === 0 ? JSON.parse(pinned.stdout) : undefined;
  console.log(
    JSON.stringify(
      {
        rows: ROWS,
        bytes: result.bytes,
        oneCore:
          one === undefined
            ? `not measured: taskset -c 0 failed (${pinned.error?.message ?? pinned.stderr.trim()})`
            : {
                readPriceListMs: one.readPriceListMs,
                readPriceListRowsPerSecond: one.readPriceListRowsPerSecond,
                priceAtNs: one.priceAtNs,
              },
        unpinned: {
          readPriceListMs: result.readPriceListMs,
          readPriceListRowsPerSecond: result.readPriceListRowsPerSecond,
          readPriceListRowsPerCpuSecond: result.readPriceListRowsPerCpuSecond,
          priceAtNs: result.priceAtNs,
          priceAtCpuNs: result.priceAtCpuNs,
        },
        ...(result.alternately === undefined ? {} : { alternately: result.alternately }),
        loadAverage: (await import('node:os')).loadavg().map((x) => Math.round(x * 100) / 100),
      },
      null,
      2,
    ),
  );
}
