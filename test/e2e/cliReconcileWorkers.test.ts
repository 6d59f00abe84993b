import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeReconcileFile } from '../../bench/reconcileFile.mjs';
import { licence } from '../_licence.ts';
import { tempFolder } from '../_tempFolder.ts';
import { octoberFile } from '../cli/commands/_october.ts';
import { type ReconcileRun, reconcileInto, runCli, scratch } from './_cli.ts';

const work = scratch('cli-reconcile-workers-');
const { dir, file } = work;

/**
 * The built `reconcile` on the default engine, its findings written to a file of their own, in
 * `base` (the test's environment unless given) with `env` over it; how the run went beside.
 */
function reconcile(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  format: 'json' | 'csv' = 'json',
  base: NodeJS.ProcessEnv = process.env,
): ReconcileRun & { spilled: unknown; heapLimitMiB: unknown; workers: unknown } {
  const found = reconcileInto(work, args, format, { env, base });
  if (found.summarized) expect(found.run.engine).toBe('default');
  const { spilled, heapLimitMiB, workers } = found.run;
  return { ...found, spilled, heapLimitMiB, workers };
}

/** The newcomer's October file (gzip, three planted findings) and its resources. */
function october(): string[] {
  const generated = octoberFile(7);
  const recon = file(generated.gzip, 'october.csv.gz');
  const resources = file(generated.resources, 'october-resources.json');
  return ['--file', recon, '--subscriptions', resources, '--period', '2026-10'];
}

let generated: ReturnType<typeof generate> | undefined;

/** The December file, generated once for every test. */
function december(): ReturnType<typeof generate> {
  generated ??= generate();
  return generated;
}

/** A generated file of `lines` lines with planted differences, missing and unknown lines. */
function generate(
  name = 'december',
  lines = 3000,
): {
  args: string[];
  planted: { different: number; missing: number; unexpected: number };
} {
  const written = writeReconcileFile(join(dir, name), { lines });
  return {
    args: [
      '--file',
      written.file,
      '--subscriptions',
      written.resources,
      '--prices',
      written.prices,
    ],
    planted: written.planted,
  };
}

/** A generated file's planted findings, and the same findings and summary with 1, 2 and 4 workers. */
function plantedWithEveryWorkers({ args, planted }: ReturnType<typeof generate>): void {
  const [one, two, four] = ['1', '2', '4'].map((n) => reconcile([...args, '--workers', n]));
  const summary = one?.summary ?? {};
  // each run ended as one thread's did: a run that stopped early says why, not a findings diff
  for (const [n, ran] of [one, two, four].entries())
    expect(ran?.code, `--workers ${2 ** n}: ${ran?.err}`).toBe(1);
  expect([summary.different, summary.missing, summary.unexpected]).toEqual([
    planted.different,
    planted.missing,
    planted.unexpected,
  ]);
  expect(two?.findings).toBe(one?.findings);
  expect(two?.summary).toEqual(one?.summary);
  expect(four?.findings).toBe(one?.findings);
  expect(four?.summary).toEqual(one?.summary);
}

/** Eight runs, each a process of its own: a minute or more on a busy machine. */
const SLOW = { timeout: 600_000 };

describe('subscription-rules reconcile --workers, built', () => {
  it('REC-3: the October file with its planted findings: byte-identical findings with 1, 2 and 4 workers', () => {
    const args = october();
    const [one, two, four] = ['1', '2', '4'].map((n) => reconcile([...args, '--workers', n]));
    expect(one?.code).toBe(1);
    expect(one?.summary.different).toBeGreaterThan(0);
    expect(two?.summary).toEqual(one?.summary);
    expect(two?.findings).toBe(one?.findings);
    expect(four?.findings).toBe(one?.findings);
    expect(two?.err).toBe(one?.err);
  });

  it('REC-3, MSG-1: in Korean, the October file: byte-identical findings with 1 and 2 workers', () => {
    const args = [...october(), '--locale', 'ko'];
    const [one, two] = ['1', '2'].map((n) => reconcile([...args, '--workers', n]));
    expect(one?.code).toBe(1);
    expect(one?.findings).toMatch(/[가-힣]/);
    expect(two?.findings).toBe(one?.findings);
    expect(two?.summary).toEqual(one?.summary);
  });

  it('REC-3: a generated file with planted errors: the planted findings, byte-identical with 1, 2 and 4 workers', () => {
    plantedWithEveryWorkers(december());
  });

  it(
    'REC-3: a generated file of many batches (20 000 lines, about 14 MB of rows and 9 MB of resources), each batch filling a buffer a worker handed back: the planted findings, byte-identical with 1, 2 and 4 workers',
    SLOW,
    () => {
      plantedWithEveryWorkers(generate('batches', 20_000));
    },
  );

  it('REC-3: the plainly billed subscriptions computed directly find what the exact replay finds, byte for byte, on the October and the generated December files, with 1 and 2 workers', () => {
    for (const args of [october(), december().args])
      for (const workers of ['1', '2']) {
        const plain = reconcile([...args, '--workers', workers]);
        const exact = reconcile([...args, '--workers', workers], { SUBSCRIPTION_RULES_EXACT: '1' });
        expect(plain.code).toBe(1);
        expect(plain.findings).toBe(exact.findings);
        expect(plain.summary).toEqual(exact.summary);
        expect(plain.err).toBe(exact.err);
      }
  });

  it(
    'REC-3: past the memory budget, the October and the generated December files with their planted errors: findings and summary byte-identical to the run held in memory, with 1, 2 and 4 workers, in JSON and CSV, and no temporary file left',
    SLOW,
    () => {
      const temporary = tempFolder('cli-reconcile-order-');
      for (const args of [october(), december().args]) {
        const held = reconcile([...args, '--workers', '1']);
        const heldCsv = reconcile([...args, '--workers', '1'], {}, 'csv');
        expect(held.code).toBe(1);
        expect(held.findings.split('\n').length).toBeGreaterThan(3);
        for (const workers of ['1', '2', '4']) {
          const way = `--workers ${workers} --memory 16K`;
          const spilled = reconcile([...args, '--workers', workers, '--memory', '16K'], {
            TMPDIR: temporary,
          });
          expect(spilled.spilled, way).toBe(true);
          expect(spilled.findings, way).toBe(held.findings);
          expect(spilled.summary, way).toEqual(held.summary);
          const csv = reconcile(
            [...args, '--workers', workers, '--memory', '16K'],
            { TMPDIR: temporary },
            'csv',
          );
          expect(csv.findings, way).toBe(heldCsv.findings);
          expect(readdirSync(temporary), way).toEqual([]);
        }
      }
    },
  );

  it('REC-3: the process that does the work starts with glibc’s allocator giving back what it frees (blocks of 512 KiB or more mapped on their own, at most two arenas), a setting the caller gives kept', () => {
    const args = october();
    // a preload that writes, from the process doing the work only, the settings it started with
    const probe = file(
      [
        "const { isMainThread } = require('node:worker_threads');",
        'if (isMainThread && process.env.SUBSCRIPTION_RULES_HEAP !== undefined)',
        "  require('node:fs').appendFileSync(process.env.PROBE_OUT, JSON.stringify([process.env.MALLOC_MMAP_THRESHOLD_ ?? null, process.env.MALLOC_ARENA_MAX ?? null]) + '\\n');",
      ].join('\n'),
      'allocator-probe.cjs',
    );
    const started = (own: Record<string, string>): unknown[] => {
      const said = file('', 'allocator.txt');
      // the caller's own settings, and a bound already given (no second process), left out
      const env = Object.fromEntries(
        Object.entries(process.env).filter(
          ([key]) =>
            !key.startsWith('MALLOC_') &&
            key !== 'GLIBC_TUNABLES' &&
            key !== 'SUBSCRIPTION_RULES_HEAP',
        ),
      );
      const run = reconcile(
        [...args, '--workers', '2'],
        { ...own, NODE_OPTIONS: `--require "${probe}"`, PROBE_OUT: said },
        'json',
        env,
      );
      expect(run.code, run.err).toBe(1);
      // the run ran to its end: its summary written
      expect(run.workers).toBe(2);
      return readFileSync(said, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line));
    };
    expect(started({})).toEqual([['524288', '2']]);
    expect(started({ MALLOC_ARENA_MAX: '4' })).toEqual([['524288', '4']]);
    expect(started({ MALLOC_MMAP_THRESHOLD_: '65536', MALLOC_ARENA_MAX: '1' })).toEqual([
      ['65536', '1'],
    ]);
    expect(started({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=3' })).toEqual([['524288', null]]);
  });

  it('REC-3: the run works in a process whose JavaScript heap is three quarters of --memory on one thread (384 MiB by default, 1,536 MiB for 2G) and half over the workers with two (128 MiB, 512 MiB), with the same findings, and leaves no temporary folder', () => {
    const args = october();
    // a temporary folder of the test's own: other runs on the machine leave theirs elsewhere
    const temporary = tempFolder('tmp-', dir);
    const env = { TMPDIR: temporary, TEMP: temporary, TMP: temporary };
    const held = reconcile([...args, '--workers', '1'], env);
    const larger = reconcile([...args, '--workers', '1', '--memory', '2G'], env);
    const shared = reconcile([...args, '--workers', '2'], env);
    const sharedLarger = reconcile([...args, '--workers', '2', '--memory', '2G'], env);
    expect(held.code).toBe(1);
    for (const other of [larger, shared, sharedLarger]) {
      expect(other.findings).toBe(held.findings);
      expect(other.summary).toEqual(held.summary);
    }
    // the bound of the old generation, and the young generation beside it (at most three semi-spaces of 32 MiB)
    const within = (run: { heapLimitMiB: unknown }, mib: number) => {
      expect(run.heapLimitMiB).toBeGreaterThanOrEqual(mib);
      expect(run.heapLimitMiB).toBeLessThan(mib + 100);
    };
    within(held, 384);
    within(larger, 1536);
    within(shared, 128);
    within(sharedLarger, 512);
    expect(readdirSync(temporary)).toEqual([]);
  });

  it(
    'REC-2, REC-3: unreadable rows, lines without SubscriptionId, a quote that does not close to the end, a subscription listed twice and an item that is no resource: findings and summary byte-identical to one worker with 2 and 4 workers, held and past the memory budget; one resource alone takes the lines without SubscriptionId whichever worker its id hashes to',
    SLOW,
    () => {
      const header =
        'SubscriptionId,CustomerName,SkuName,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency';
      const lines = [
        'S1,Contoso,Microsoft 365 E3,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD',
        'S2,Contoso,Microsoft 365 E3,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD',
        'S2,Contoso,Microsoft 365 E3,removeQuantity,2026-11-25,2026-12-19,12.50,12.50,8,2,20.83,USD',
        // unreadable rows: a day that does not exist, a number that is none, an end before the start
        'S3,Adatum,Microsoft 365 E5,new,2026-02-30,2026-03-29,30.00,30.00,5,5,150.00,USD',
        'S3,Adatum,Microsoft 365 E5,new,2026-11-20,2026-12-19,30.00,30.00,5,five,150.00,USD',
        'S7,Fabrikam,Microsoft 365 E3,new,2026-11-20,2026-11-19,12.50,12.50,10,10,125.00,USD',
        // lines without SubscriptionId, one of them unreadable
        ',Loose,Microsoft 365 E3,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD',
        '  ,Loose,Microsoft 365 E3,new,2026-11-21,2026-12-19,12.50,12.50,10,10,125.00,USD',
        ',Loose,Microsoft 365 E3,new,2026-11-22,2026-12-19,12.50,12.50,10,ten,125.00,USD',
        'S7,Fabrikam,Microsoft 365 E3,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD',
        'S10,Fabrikam,Microsoft 365 E3,cycleCharge,2026-12-01,2026-12-31,12.50,12.50,10,10,125.00,USD',
        // a quote that does not close before the end of the file
        'S2,Contoso,"Microsoft 365 E3,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD',
      ];
      const recon = file(`${[header, ...lines].join('\n')}\n`, 'kinds.csv');
      const resource = (id: string): Record<string, unknown> => licence({ id });
      const many = file(
        [resource('S1'), resource('S2'), {}, resource('S3'), resource('S2')],
        'kinds-resources.json',
      );
      // S1 hashes to the second of 2 workers and of 4: the lines without one are read by all
      const one = file([resource('S1')], 'kinds-one.json');
      for (const resources of [many, one]) {
        const args = ['--file', recon, '--subscriptions', resources];
        const held = reconcile([...args, '--workers', '1']);
        expect(held.code).toBe(1);
        expect(held.summary).toMatchObject({ lines: lines.length, rowIssues: 5, rowsUnread: 5 });
        expect(held.findings).toContain('a quoted cell does not close');
        if (resources === many) expect(held.findings).toContain('lists it more than once');
        // S1 alone hashes to the second worker of 2 and of 4: two ways are enough for it
        const ways =
          resources === many
            ? [
                ['--workers', '2'],
                ['--workers', '4'],
                ['--workers', '2', '--memory', '16K'],
                ['--workers', '4', '--memory', '16K'],
              ]
            : [
                ['--workers', '2'],
                ['--workers', '2', '--memory', '16K'],
              ];
        for (const way of ways) {
          const run = reconcile([...args, ...way]);
          expect(run.findings, way.join(' ')).toBe(held.findings);
          expect(run.summary, way.join(' ')).toEqual(held.summary);
        }
      }
    },
  );

  it(
    'REC-2, REC-3: the split reads only the id cell: CRLF, quoted cells before and after it (commas, line feeds, doubled quotes, a quote inside a plain cell), a quoted id with spaces, an id past ASCII, an empty line and no last line break give the findings and summary of one worker with 2 and 4 workers',
    SLOW,
    () => {
      const header =
        'CustomerName,SkuName,SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency,ReferenceId';
      const lines = [
        '"Contoso, Ltd.","Microsoft 365\nE3",S1,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD,"{""v"":2}"',
        'Adatum 5" screen,Microsoft 365 E3," S2 ",new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD,"a\r\nb"',
        'Fabrikam,Microsoft 365 E3,Sé,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD,',
        '',
        'Contoso,Microsoft 365 E3,S1,removeQuantity,2026-11-25,2026-12-19,12.50,12.50,8,2,20.83,USD,"x, ""y"""',
        'Contoso,Microsoft 365 E3,S2,new,2026-11-20,2026-12-19,12.50,12.50,10,ten,125.00,USD,z',
      ];
      // CRLF, and no line break after the last row
      const recon = file([header, ...lines].join('\r\n'), 'split.csv');
      const resources = file(
        [licence({ id: 'S1' }), licence({ id: 'S2' }), licence({ id: 'Sé' })],
        'split-resources.json',
      );
      const args = ['--file', recon, '--subscriptions', resources];
      const held = reconcile([...args, '--workers', '1']);
      // the empty line is no row; the row with seats "ten" cannot be read
      expect(held.summary).toMatchObject({ lines: lines.length - 1, rowIssues: 1 });
      for (const workers of ['2', '4']) {
        const run = reconcile([...args, '--workers', workers]);
        expect(run.findings, workers).toBe(held.findings);
        expect(run.summary, workers).toEqual(held.summary);
      }
    },
  );

  it(
    'REC-3: resources handed to the workers as their texts — items that are no object, without an id or with an empty one, a subscription listed twice (once with escapes), ids nested in other fields, ids with escapes or past ASCII, an id written twice — as an array, gzip JSON lines and a folder of pages: findings and summary byte-identical to one worker with 2 and 4 workers, held and past the memory budget',
    SLOW,
    () => {
      const header =
        'SubscriptionId,CustomerName,SkuName,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency';
      const line = (id: string, subtotal = '125.00'): string =>
        `${id},Contoso,Microsoft 365 E3,new,2026-11-20,2026-12-19,12.50,12.50,10,10,${subtotal},USD`;
      const recon = file(
        `${[header, line('S1'), line('S2', '120.00'), line('S3'), line('S4'), line('Sé'), line('S6'), line('S9'), line('S7')].join('\n')}\n`,
        'texts.csv',
      );
      const fields = (id: string): Record<string, unknown> => ({
        ...licence(),
        links: { product: { id: `${id}-product` }, self: { uri: `/subscriptions/${id}` } },
      });
      const body = (id: string): string => JSON.stringify(fields(id)).slice(1, -1);
      // each item as written; the objects alone can be JSON lines
      const objects = [
        `{"id":"S1",${body('S1')}}`,
        '{}',
        `{"id":"S2",${body('S2')}}`,
        '{"id":""}',
        '{"id":7}',
        // an id nested in other fields only: no resource
        '{"productType":{"id":"S9"},"links":[{"id":"S9"}]}',
        // the id after nested ids
        `{${body('S3')},"id":"S3"}`,
        // an id with escapes: read by parsing, on the reader
        `{"id":"S\\u0034",${body('S4')}}`,
        // listed again, plainly and with escapes
        `{"id":"S2",${body('S2')}}`,
        `{"id":"\\u00531",${body('S1')}}`,
        `{"id":"Sé",${body('Sé')}}`,
        // an id written twice: the last is the one
        `{"id":"S5",${body('S6')},"id":"S6"}`,
        `{"id":"S7",${body('S7')}}`,
      ];
      for (const text of objects) JSON.parse(text);
      const others = ['5', 'null', '[]', '"S8"'];
      const array = file(
        `[\n  ${[...objects.slice(0, 4), ...others, ...objects.slice(4)].join(',\n  ')}\n]\n`,
        'texts-array.json',
      );
      const lines = file(gzipSync(`${objects.join('\n')}\n`), 'texts-lines.jsonl.gz');
      const folder = tempFolder('texts-pages-', dir);
      writeFileSync(
        join(folder, 'page1.json'),
        `{"value":[${[...objects.slice(0, 5), ...others].join(',')}],"totalCount":9}`,
      );
      writeFileSync(join(folder, 'page2.jsonl'), objects.slice(5, 9).join('\r\n'));
      writeFileSync(
        join(folder, 'page3.json.gz'),
        gzipSync(
          JSON.stringify({ totalCount: 4, items: objects.slice(9).map((o) => JSON.parse(o)) }),
        ),
      );
      for (const resources of [array, lines, folder]) {
        const args = ['--file', recon, '--subscriptions', resources];
        const held = reconcile([...args, '--workers', '1']);
        expect(held.code, resources).toBe(1);
        expect(held.findings).toContain('lists it more than once');
        expect(held.findings).toContain('expected a Subscription resource with its id');
        // S1, S3, S4 (its id escaped), Sé, S6 (the id written last) and S7; S2 billed 120.00; S9 none
        expect(held.summary).toMatchObject({ matched: 6, different: 1, unexpected: 1 });
        const ways = [
          ['--workers', '2'],
          ['--workers', '4'],
          ...(resources === array ? [['--workers', '2', '--memory', '16K']] : []),
        ];
        for (const way of ways) {
          const run = reconcile([...args, ...way]);
          expect(run.code, `${resources} ${way.join(' ')}`).toBe(1);
          expect(run.findings, `${resources} ${way.join(' ')}`).toBe(held.findings);
          expect(run.summary, `${resources} ${way.join(' ')}`).toEqual(held.summary);
        }
      }
    },
  );

  it(
    'REC-3: an item that is not JSON, parsed by a worker or by the reader, is said as one worker says it, with what else is wrong: the first in the list by the pieces read, exit 2',
    SLOW,
    () => {
      const recon = file(
        'SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,BillableQuantity,Subtotal,Currency\nS1,new,2026-11-20,2026-12-19,12.50,10,125.00,USD\n',
        'texts-bad.csv',
      );
      // more than the megabyte the file is read in at a time
      const many = Array.from(
        { length: 6000 },
        (_, k) => `{"id":"S${k}","offerName":"${'Microsoft 365 Business Standard '.repeat(8)}"}`,
      );
      const write = (name: string, text: string): string => file(text, name);
      const broken = [...many];
      broken[3] = '{"id":"S3",}';
      const cases = [
        // a worker's item not JSON, and text after the list far past it, in a later piece
        write('bad-far.json', `[${broken.join(',\n')}] x`),
        // the text after the list in the same piece as the item: said first, as read
        write('bad-near.json', '[{"id":"S1"},{"id":"S2",},{"id":"S3"}] x'),
        // a worker's item not JSON before one the reader parses (its id has an escape)
        write(
          'bad-both.json',
          `[${[...broken.slice(0, 200), '{"id":"S\\u0031",}', ...many.slice(200)].join(',')}]`,
        ),
        // the reader's alone, in JSON lines
        write('bad-reader.jsonl', `${many.slice(0, 50).join('\n')}\n{"id":"S\\u0031" "x"}\n`),
      ];
      const folder = tempFolder('texts-bad-pages-', dir);
      writeFileSync(join(folder, 'a.json'), `[${many.slice(0, 10).join(',')}]`);
      writeFileSync(join(folder, 'b.json'), `[${broken.slice(0, 10).join(',')}]`);
      for (const resources of [...cases, folder]) {
        const args = ['--file', recon, '--subscriptions', resources];
        const one = reconcile([...args, '--workers', '1']);
        expect(one.code, resources).toBe(2);
        expect(one.err, resources).toMatch(/^error: --subscriptions/);
        for (const workers of ['2', '4']) {
          // within a budget that holds four workers: no warning before the error
          const run = reconcile([...args, '--workers', workers, '--memory', '1G']);
          expect([run.code, run.err], `${resources} --workers ${workers}`).toEqual([
            one.code,
            one.err,
          ]);
        }
      }
      expect(reconcile(['--file', recon, '--subscriptions', cases[0] ?? '']).err).toMatch(
        /item 4 is not valid JSON/,
      );
      expect(reconcile(['--file', recon, '--subscriptions', cases[1] ?? '']).err).toMatch(
        /more than one JSON value/,
      );
      expect(reconcile(['--file', recon, '--subscriptions', folder]).err).toMatch(
        /b\.json: item 4 is not valid JSON/,
      );
    },
  );

  it('REC-3: a worker killed mid-run is an internal failure: exit 3 and one line naming it', () => {
    const { args } = december();
    const killed = reconcile([...args, '--workers', '2'], { SUBSCRIPTION_RULES_WORKER_EXIT: '9' });
    expect(killed.code).toBe(3);
    expect(killed.err.trim().split('\n')).toHaveLength(1);
    expect(killed.err).toMatch(
      /^error: internal failure: reconcile worker [12] of 2 stopped \(exit code 9\) before it had finished its share/,
    );
  });

  it('REC-3: a worker killed mid-run while the groups are spilled to disk: exit 3, and the spill folder is gone', () => {
    const { args } = december();
    const temporary = tempFolder('cli-reconcile-tmp-');
    const killed = reconcile([...args, '--workers', '2', '--memory', '64K'], {
      SUBSCRIPTION_RULES_WORKER_EXIT: '9',
      TMPDIR: temporary,
    });
    expect(killed.code).toBe(3);
    // two workers within 64K: the budget's warning, then the failure
    expect(killed.err).toMatch(
      /^warning: --workers 2 within --memory 64K: [^\n]+\nerror: internal failure: reconcile worker/,
    );
    expect(readdirSync(temporary)).toEqual([]);
    // the same run without the fault spills and writes what one worker writes in memory
    const spilled = reconcile([...args, '--workers', '2', '--memory', '64K'], {
      TMPDIR: temporary,
    });
    const held = reconcile([...args, '--workers', '1']);
    expect(spilled.findings).toBe(held.findings);
    expect(spilled.summary).toEqual(held.summary);
    expect(readdirSync(temporary)).toEqual([]);
  });

  it('REC-3: without --workers a run takes the machine’s cores, at most one for each 256M of --memory, with the same findings', () => {
    const args = october();
    const runs = ['255M', '512M', '1G'].map((memory) => reconcile([...args, '--memory', memory]));
    for (const run of runs) {
      expect(run.code, run.err).toBe(1);
      expect(run.findings).toBe(runs[0]?.findings);
    }
    const [least, standard, larger] = runs.map((run) => run.workers);
    const cores = Math.max(1, availableParallelism());
    expect(least).toBe(1);
    expect(standard).toBe(Math.min(cores, 2));
    expect(larger).toBe(Math.min(cores, 4));
    for (const run of runs) expect(run.err).not.toContain('warning: --workers');
  });

  it('REC-3: a count of workers given past one for each 256M of --memory is taken as given, with one line on standard error saying the budget it needs; within the budget, none', () => {
    const args = october();
    const one = reconcile([...args, '--workers', '1']);
    const past = reconcile([...args, '--workers', '3', '--memory', '512M']);
    const within = reconcile([...args, '--workers', '3', '--memory', '768M']);
    expect(past.code, past.err).toBe(1);
    expect(past.workers).toBe(3);
    expect(past.err).toBe(
      'warning: --workers 3 within --memory 512M: each worker needs about 256M of it, so the run may take more memory than --memory; give --memory 768M, or --workers 2\n',
    );
    expect(past.findings).toBe(one.findings);
    expect(within.workers).toBe(3);
    expect(within.err).toBe('');
    expect(within.findings).toBe(one.findings);
    // --explain replays its one subscription in the run's own thread, whatever --workers says
    const { items } = JSON.parse(readFileSync(args[3] ?? '', 'utf8')) as {
      items: { id: string }[];
    };
    const [first] = items;
    const explained = runCli([
      'reconcile',
      ...args,
      '--workers',
      '3',
      '--explain',
      first?.id ?? '',
    ]);
    expect(explained.out).toContain(first?.id);
    expect(explained.err).toBe('');
  });

  it('REC-3: --workers takes 1 to 256 threads; anything else is a usage error naming it (exit 2)', () => {
    const { args } = december();
    for (const bad of ['0', 'two', '257', '-1']) {
      const result = reconcile([...args, `--workers=${bad}`]);
      expect(result.code).toBe(2);
      expect(result.err).toContain('--workers: expected how many threads');
    }
  });
});

describe('the built command line: a resource in its Extended Service Term, across worker threads (EST-6, EST-7)', () => {
  const resource = {
    id: 'EST1',
    offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
    offerName: 'Microsoft 365 Business Basic Extended Service Term',
    quantity: 50,
    productType: { id: 'OnlineServicesNCE' },
    effectiveStartDate: '2027-11-20T00:00:00Z',
    commitmentEndDate: '2027-12-19T00:00:00Z',
    status: 'active',
    autoRenewEnabled: false,
    billingType: 'license',
    billingCycle: 'monthly',
    termDuration: 'P1M',
    isMicrosoftProduct: true,
  };
  /** The month at 5.00 (60.00 a year ÷ 12) + 23 % = 6.15 × 50 = 307.50 USD, a SKU without a monthly plan. */
  const estFile = (): string[] => {
    const recon = file(
      'SubscriptionId,SkuName,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,BillableQuantity,Subtotal,Currency,PriceAdjustmentDescription\n' +
        'EST1,Microsoft 365 Business Basic Extended Service Term,renew,2027-11-20,2027-12-19,5.00,6.15,50,307.50,USD,Extended Service Terms 23% Fee Applied\n',
    );
    const resources = file([resource], 'est-resources.json');
    return ['--file', recon, '--subscriptions', resources];
  };

  it('EST-3, EST-7: --est-base 60.00USD/P1Y matches the month in workers as in one thread; without a base one issue, in Korean too', () => {
    for (const workers of ['1', '2']) {
      const priced = reconcile([...estFile(), '--est-base', '60.00USD/P1Y', '--workers', workers]);
      expect([priced.code, priced.err, priced.findings]).toEqual([0, '', '{"findings":[\n']);
      expect(priced.summary).toMatchObject({ matched: 1, unverified: 0, atStake: [] });
      const unpriced = reconcile([...estFile(), '--workers', workers, '--locale', 'ko']);
      expect(unpriced.code).toBe(1);
      expect(unpriced.summary).toMatchObject({
        matched: 0,
        unverified: 1,
        subscriptionIssues: 1,
        atStake: [],
      });
      expect(unpriced.findings).toContain('연장 서비스 기간에 있으며');
      expect(unpriced.findings).toContain('--est-base');
    }
  });
});
