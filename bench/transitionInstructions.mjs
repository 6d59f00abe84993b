// `node bench/transitionInstructions.mjs [dist-dir]`: instructions per `transition` under callgrind,
// which do not depend on the machine's load (docs/PERFORMANCE.md, the New Commerce transition's
// hot path). The benchmark's own 4 000-event workloads (bench/workloads.mjs), built here alone so
// the heap stays small: New Commerce chained and on JSON copies, legacy chained. Each runs in
// `node --single-threaded` (compilation and collection on the thread counted), 30 000 calls of
// warm-up, then 40 000 counted between two callgrind dumps (`--dump-before=uv_os_getpriority`,
// triggered by `os.getPriority()`). Needs valgrind; `dist-dir` defaults to this checkout's build;
// modes after it (`new-commerce`, `new-commerce-json`, `legacy`) measure those only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WARM_UP = 30_000;
const COUNTED = 40_000;
const MODES = ['new-commerce', 'new-commerce-json', 'legacy'];
const self = fileURLToPath(import.meta.url);
const [, , first, second, ...rest] = process.argv;

if (first === '--run') await run(second, rest[0]);
else
  measure(
    first ?? fileURLToPath(new URL('../dist', import.meta.url)),
    second === undefined ? MODES : [second, ...rest],
  );

function measure(dist, modes) {
  for (const mode of modes) {
    if (!MODES.includes(mode)) throw new Error(`unknown mode ${mode}: one of ${MODES.join(', ')}`);
    const dir = mkdtempSync(join(tmpdir(), 'transition-instructions-'));
    try {
      execFileSync(
        'valgrind',
        [
          '--tool=callgrind',
          '--smc-check=all-non-file',
          '--dump-before=uv_os_getpriority',
          `--callgrind-out-file=${join(dir, 'out')}`,
          process.execPath,
          '--single-threaded',
          self,
          '--run',
          dist,
          mode,
        ],
        { stdio: 'ignore' },
      );
      // dump 1: start-up and warm-up; dump 2: the counted calls
      const counted = Number(/^totals: (\d+)/m.exec(readFileSync(join(dir, 'out.2'), 'utf8'))?.[1]);
      console.log(`${mode}: ${Math.round(counted / COUNTED)} instructions per transition`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

async function run(dist, mode) {
  const { createSubscription, transition } = await import(
    pathToFileURL(join(dist, 'index.js')).href
  );
  const DAY = 86_400_000;
  const iso = (ms) => new Date(ms).toISOString();
  const START = Date.UTC(2026, 0, 5, 9);
  const COUNT = 4_000;
  // the events of bench/workloads.mjs, legacy and New Commerce
  const events = [];
  for (let i = 0; i < COUNT; i++) {
    const at = iso(START + 30 * DAY + i * 3_600_000);
    const kind = i % 4;
    if (kind === 0) events.push({ type: 'suspend', at, reason: 'customer-request' });
    else if (kind === 1) events.push({ type: 'reactivate', at });
    else if (kind === 2) events.push({ type: 'change-quantity', at, quantity: 2 + (i % 7) });
    else events.push({ type: 'set-auto-renew', at, enabled: i % 8 === 3 });
  }
  const nceEvents = events.map((event, i) =>
    i % 4 === 2
      ? { type: 'set-auto-renew', at: event.at, enabled: true }
      : i % 4 === 3
        ? { type: 'schedule-renewal', at: event.at, quantity: 2 + (i % 7) }
        : event,
  );
  const nce = mode.startsWith('new-commerce');
  const make = nce
    ? () =>
        createSubscription({
          program: 'new-commerce',
          product: 'license-based',
          term: 'P1Y',
          billingFrequency: 'monthly',
          quantity: 5,
          orderedAt: iso(START),
          price: { amount: 1_250, currency: 'USD' },
        })
    : () =>
        createSubscription({
          product: 'marketplace-saas',
          billingCycle: 'annual',
          quantity: 1,
          orderedAt: iso(START),
          accountOpenedAt: iso(START - 400 * DAY),
          firstBillingPeriodStart: iso(START - 380 * DAY),
          price: { amount: 36_500, currency: 'USD' },
        });
  const sent = nce ? nceEvents : events;
  let step;
  if (mode.endsWith('-json')) {
    const copies = [];
    let state = make();
    for (let i = 0; i < COUNT; i++) {
      copies.push(JSON.parse(JSON.stringify(state)));
      state = transition(state, sent[i]).subscription;
    }
    let c = 0;
    step = () => {
      const i = c++ % COUNT;
      return transition(copies[i], sent[i]);
    };
  } else {
    let current = make();
    let i = 0;
    step = () => {
      if (i === COUNT) {
        current = make();
        i = 0;
      }
      const result = transition(current, sent[i++]);
      if (!result.ok) throw new Error(`refused: ${result.code}`);
      current = result.subscription;
      return result;
    };
  }
  let kept;
  for (let i = 0; i < WARM_UP; i++) kept = step();
  getPriority(); // callgrind dumps here
  for (let i = 0; i < COUNTED; i++) kept = step();
  getPriority(); // and here
  if (kept === undefined) throw new Error('nothing kept');
}
