// Packs the package as npm would publish it, unpacks the tarball into a scratch project, and
// imports it from a plain ESM file and a plain CommonJS file, type-checks a TypeScript ESM file and
// a CommonJS one against it, and runs its bin: what a user gets, not what the source tree has.
// zod, fast-check and TypeScript come from this project's node_modules. Fails first when the
// unpacked package is larger than its budget, naming its ten largest files.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/**
 * The most the unpacked package may weigh, in bytes (what `npm pack` reports as unpackedSize):
 * the measured 2,332,830 (charges and their docs added 52 kB over four builds) and a little room.
 * 1,461,845 before the program split; the two program
 * entries and their eight locales add their own JavaScript (built apart from the root's, so
 * importing the root still loads 7 files: ~2 ms less cold start than sharing chunks with it), and
 * the arbitraries keep their ESM declarations, which a fast-check user's ES module needs. The
 * target is 1,000,000; docs/PERFORMANCE.md says what is left and what meeting it would take.
 * The reconciliation adds 311 kB (2,643,369 measured): its entry, built on its own like the
 * programs, 78 kB of JavaScript in each of ESM and CommonJS and its declarations; its parts in
 * the schemas and arbitraries (each built twice, the arbitraries' declarations too), three JSON
 * Schema files and its guide. Azure reservations add 150 kB (2,793,542 measured): their JavaScript
 * in both builds ~67 kB, declarations with their TSDoc ~49 kB, the guide and rules ~22 kB, three
 * JSON Schema files 11 kB, the CLI command 7 kB. The reconcile command adds 154 kB (2,947,147
 * measured): dist/cli.js grows by 130 kB (papaparse's minified build, the reconciliation pieces it
 * streams through and their texts, its own modules), its half of the guide, its section of
 * PERFORMANCE.md and the command line's page 24 kB. The changes made mid-term add
 * 320 kB (3,267,116 measured): two events, upgrade and customTermEndDates with their machinery in every entry that
 * carries the New Commerce lifecycle (root, new-commerce, schemas, arbitraries, each built twice),
 * their declarations and TSDoc, two JSON Schema files, the coterm command and the guides' sections.
 * The people who act on a subscription add 110 kB (3,377,066 measured): reconcileSubscriptions,
 * the replay the command and the playground share, now in the reconciliation entry (about 24 kB in
 * each of ESM and CommonJS, and its declarations), the command line's guidance and inspect --price
 * (dist/cli.js +17 kB), the one currency rule and its messages in every locale, and the guides'
 * new sections. The third review adds 25 kB (3,402,104 measured): the texts of its new errors (an
 * unsold plan, a rate past its limit, a trial's PATCH) in every locale of every entry built apart,
 * in both builds, the kernel's builder of thrown errors in each, and the rules page's decisions.
 * A reconciliation a finance team can hand over adds 44 kB (3,421,365 measured on its own):
 * the command's remedies, --explain, the CSV for a spreadsheet, the resources' shapes and folders,
 * per-customer totals (dist/cli.js), the replay's unread rows and same-day changes in the
 * reconciliation entry, and the guides' sections.
 * Prices over time add 234 kB (3,611,299 measured on their own): the price-list reader, the row
 * for an instant, the renewals priced by the list and their forecast in every entry that carries
 * the New Commerce lifecycle (each built twice), the promotion schema and its JSON Schema file,
 * their declarations and TSDoc, the prices guide and the rules' new sections. The end of a term
 * since May 2026 (the Extended Service Term) brings the three together to 3,900,114 measured: its
 * events, time events, prices and policy section in every entry that carries the New Commerce
 * lifecycle (each built twice), its texts in four languages, the reader's and writer's scheduled
 * actions, its invoice lines, declarations and TSDoc, and the guides' sections. The reconcile
 * command's worker thread (`--workers`), built whole beside the CLI (the replay, comparison and
 * remedies it runs, about 90 kB), the spill to disk past `--memory`; the price list on the command
 * line (`renewals`, `forecast`, `--market` and `--segment`) in dist/cli.js and the inspector page;
 * promotions and the list's pricing of changes, upgrades, conversions and Extended Service Term
 * months in every entry carrying the lifecycle (each built twice); the returned-state comparison of
 * the transition's hot path; the Extended Service Term's details (the reader's base option, the
 * eligibility reasons); and the findings, remedies, per-customer totals and findings CSV moving
 * into the reconciliation entry (each entry built twice), with the guides' and the rules' sections
 * on all of these, bring it to 4,238,314 measured. The promotion resources of the arbitraries entry,
 * and the words of `timeline` and of `reconcile`'s summary in four languages (in dist/cli.js and the
 * worker) with the price sentences of the reconciliation entry, bring it to 4,263,201 measured.
 * `inspect`'s end-of-term line in four languages (dist/cli.js), the Extended Service Term's names,
 * unexpected month and remedy in four languages (the reconciliation entry, the command line and the
 * worker, each built twice) and their rules and changelog, bring it to 4,284,713 measured.
 * The `PromotionId` comparison and the price messages (a price assumed, no price, a promotion not
 * applied) in four languages, in every entry carrying the lifecycle or its locales (each built
 * twice), with their rules and the prices guide, bring it to 4,343,208 measured.
 * `reconcile`'s plain way (a subscription billed plainly matched from its resource and price, with
 * the billing-period and price-row pieces it reads) in dist/cli.js and the worker, +33,240 B,
 * brings it to 4,376,448 measured.
 * Merged with the rest of that round it is 4,518,196 measured, each measured on its own branch
 * first: the Extended Service Term's reconciliation (a month on a renewal's key, a resource read as
 * in one, `--est-base …/P1Y`) in four languages, +29,130 B; `reconcile --engine duckdb` (the SQL
 * that reads the file's dialect and groups its lines, the loader of the optional package, the
 * guide's section), +30,323 B; the price list reader that cuts cells in place, +13,672 B; the
 * transition's returned-state comparison and its date slots, +12,603 B; the reader's promotionId,
 * `--promotions` and the price rows in four languages (every entry carrying the reader or the
 * locales, each built twice), +52,314 B. `reconcileSubscriptions`' `promotions`, an accepted
 * result's warnings in the locale given and their changelog lines bring it to 4,521,156 measured.
 * A month of Extended Service Term priced from a list's annual row (the reconciliation entry, the
 * command line and the worker, each built twice), the quiet machine's figures in the performance
 * guide and their rules bring it to 4,530,522 measured.
 * The New Commerce returned state remembered and recognised at a fixed place per field (its
 * comparisons written out apart from its writes, in every entry carrying the lifecycle, each built
 * twice), the policy and event-instant memos and the performance guide's section bring it to
 * 4,541,720 measured.
 * The byte scanner, the flat spill, the bounded heap's relaunch, the output's one order (the
 * findings' runs merged), DuckDB's scalar grouping, the exact replay's remembered instants and the
 * performance guide's 1 M and 5 M figures bring it to 4,547,566 measured.
 * The resources' byte scanner with its parse of a piece's items at once (the CLI, 3.9 kB) and its
 * section of the performance guide bring it to 4,554,456 measured.
 * Workers that read their own rows (the worker bundle now groups rows and reads the price list,
 * 99.5 → 226 kB), rows read from their bytes, the replay's number comparisons, the leaner chained
 * transition and their sections of the performance guide bring it to 4,742,258 measured.
 * The line groups held as typed columns (the reconciliation entry, the command line and the
 * worker, each built twice), the seats read from a row's bytes and the performance guide's
 * paragraph on them bring it to 4,801,737 measured.
 * The plain way of a change of seats (the machine's charge and credit functions now in the CLI
 * and its worker, 11.9 kB each) and its section of the performance guide, with the resources'
 * texts handed to the workers, bring it to 4,844,372 measured.
 * The performance guide's section on memory with workers and its 5 M line figures bring it to
 * 4,846,758 measured.
 * The New Commerce transition's private copy of a returned state, the reader of the written
 * instant form and the performance guide's fifth pass on that hot path bring it to 4,856,074
 * measured.
 * Together with those, the plain way's stated cancellation window, the reader's split of each
 * row's SubscriptionId alone, the held subscriptions' shared number and texts, and the
 * performance guide's paragraphs on the three bring it to 4,894,899 measured.
 * DuckDB's reader holding labels and prices once, and the guide's figures of today's full bench,
 * bring it to 4,896,968 measured.
 * The New Commerce transition's sixth pass (its statuses, event types and memos written out), the
 * workers handing their batches' buffers back, a subscription's labels found by their cells'
 * bytes, the groups' columns held as narrow as their values on the subscriptions' shared numbers,
 * one thread's half of the budget, the guide's paragraphs on each and today's full bench bring it
 * to 4,940,025 measured. The hash of a cell's bytes shared by the workers' split and the labels,
 * its reader now with the reconciliation's, and DuckDB's reader naming its label columns once,
 * bring it to 4,940,342. One thread's young generation sized from the budget, today's full
 * bench with its section on what was measured and left out, and the guide's word on when one
 * thread is quicker than workers, bring it to 4,948,107.
 * One thread's old generation started at a third of its heap, the files read 256 KiB at a time,
 * and the guide's section on both with their instruction counts, bring it to 4,952,707. The
 * resources' ids told new by one lookup in their set, not two, brings it to 4,953,111. The
 * command's table of subscription ids held as their bits (IdTable, in the command and its
 * worker's bundles, unminified with its comments) and the guide's section on it bring it to
 * 4,977,389; the table's words moved one by one and the review's mends, to 4,977,429; its
 * other ids held in the library's own map of texts (TextNumbers) instead of a second one, to
 * 4,977,509. The guide's section on what the speed targets still missed would take, measured,
 * brings it to 4,981,755. Two workers holding half the budget with the allocator set to give memory
 * back (the command's and its worker's bundles, the guide and the bench's section on it) bring it
 * to 4,986,491. The default count of workers bounded by the budget, and the guide's words on it,
 * bring it to 4,987,321; the review's mends (an id's place moved by one helper, the allocator's
 * settings as one table), to 4,987,276. The missed targets' section measured thread by thread
 * (two workers' CPU time by thread; why a frozen state would not help the transition) and the
 * changelog's words on it, to 4,989,126. A count of workers given past the budget's share warned
 * of (the command's bundle, its help, the guide and the changelog), to 4,990,382; the review's
 * words on it (the help and the changelog naming the default engine, the guide's allocator
 * section naming the warning), to 4,990,438; a budget's text written by the flag's own units
 * (memoryText, beside memoryOf) instead of a second table, to 4,990,472.
 * The usage entry (Azure plan consumption and the invoice tie-out: its JavaScript in both builds,
 * its declarations, parseInvoice in the schemas, the tie-out command, the inspector's Invoice tab,
 * the two guides and their rules), resources read at the billing month, renewals and forecasts from
 * any day, and the support desk's page and commands bring it to 5,437,473 measured, the
 * performance guide's history left to the commit messages (1,600 lines down to under 300)
 * included. Remedies that name who acts in four languages, the terms read back or forward and
 * their guide, --explain's labels in four languages and the usage note's wording, to 5,511,941.
 * The usage command and its worker thread (each of the three workers carries the file engine and
 * its command's library code whole, as the CLI does: 113 kB for usage, 137 kB for the tie-out, now
 * with the usage check), the tie-out on the engine, the inspector page's Usage tab and its guide,
 * the usage bench's section of the performance guide, markets from CustomerCountry, sheet rows and
 * the terms of the month in the reconciliation result, to 5,996,873. tie-out --usage (its column,
 * CSV columns, labels in four languages and guide), DuckDB's out-of-core grouping and its
 * stopped-stream line, and three error templates in Korean and both Chinese, to 6,011,759.
 * DuckDB for tie-out and usage (their SQL, the usage amount's macros, the groups into each
 * state), usage --at, the Usage tab's money and price list, to 6,075,292; the usage line's
 * kept numbers and DuckDB's memory settings, to 6,085,247. The engine's chunks of rows for
 * workers, its results streamed in order and in sorted runs past the budget, the usage state of
 * one group per key and price, DuckDB's one form test and count queries, the usage guide's
 * figures of them, to 6,131,536. The workers cutting the rows, the engine's items beside the rows,
 * loose rows, groups made elsewhere and spill by weight (each in the CLI and its three workers),
 * DuckDB's limit from --memory and its groups in parts, the usage reader's read-once values, to
 * 6,183,186; `readUsageLine`'s declaration documented again (its TSDoc had slipped onto a private
 * interface), to 6,185,292. The performance guide's usage section down to its figures and what
 * they mean (its measuring history left to the commits), DuckDB's usage groups in one join, the
 * scanner's quote search kept between rows, to 6,159,558. reconcile on the one file engine (its
 * worker now the engine's worker with the reconcile job, +15 kB; dist/cli.js 7 kB smaller without
 * its own reader and pool), the usage line's cheaper reading in the usage entry and the workers,
 * and the performance guide's figures of both (DuckDB at 10,000,000 lines too), to 6,189,296;
 * placedRow written through placeRow (the workers now carry placeRow for their spill), 6,190,940.
 * usage --engine duckdb's groups a range of lines a pass, a run out of --memory said as such
 * (BudgetError), reconcile --engine duckdb's heap and groups within the budget, one builder of a
 * replay's inputs, and the guides' figures of them, 6,196,366; the replay's inputs made without
 * a closure a subscription unless a price list prices its terms (a branch for each source of its
 * price, in the CLI and each worker), 6,198,017. The usage bench fed a row at a time and its
 * figures again, the usage guide's advice to feed `observe` so, DuckDB's workers past 512M each
 * warned of, and one writer of the out-of-memory line, 6,201,941; a DuckDB session's narrowing to
 * one thread (its limits then say so) and one rule for the part of --memory a worker needs,
 * 6,202,167. purchase(), subscription() and partnerCenterSubscription() drawing both programs by
 * default, with a signature and its TSDoc for each program (in both declaration files of the
 * arbitraries), and the property guide's example meeting both, 6,216,401. The allowed actions of
 * both programs as unions by type (a declared and documented type for each action), a legacy
 * cancel's credit, and the rules' and New Commerce guide's examples of them, ~9 kB. Source maps
 * (PCR details): a map beside every JavaScript file of the library, its sources the TypeScript
 * shipped once in src/ (the CLI's left out) rather than inside each map — 2.6 MB of maps and
 * 2.3 MB of sources; with the sources inside the maps instead, 13.8 MB — and the program entries
 * sharing the root's chunks (no second copy of the core), 10,734,237; with both programs drawn by
 * the arbitraries and the actions' unions beside them, 10,818,765. Extended Service Term months
 * listed and priced by the list in renewals and reconcile's replay, and usage's offsets, credit
 * notes, benefit PEC, exchange-rate and no-PEC-column checks with their four languages, 10,892,304;
 * their changelog entries, 10,893,733; usage's one line on standard error beside --json or --csv
 * (four languages), the command line's page on tie-out --engine duckdb, 10,895,503. One
 * spreadsheet cell writer that keeps a formula's text from running, its words in the command
 * line's page and the changelog, 10,898,107. Usage and tie-out finished per group as a warehouse
 * finishes them in the command line too, with the guides' words and the scale benchmarks' table,
 * 12,590,415; the row read by place, the scale table again and their changelog, 12,594,062;
 * one ordering of part rows (kernel) and one column-by-name lookup for invoice rows, 12,595,218;
 * usage's repeated cells read once, its bounded heap under --memory and the 10 M-line run, 12,602,218;
 * the scale page's table of where the one-core usage run's time goes, 12,607,451;
 * usage's workers sharing the bounded heap (the engine's resourceLimits), 12,609,109;
 * a row's cells read from the scan's record, and the scale page measured again, 12,611,070;
 * the review's cellText, fillHeap and a spilled row's record, 12,612,802;
 * usage's line-before memos, packed list items, handed-back blocks and one thread's plans held
 * under --memory (dist/cli.js +4.4 kB, the warehouse bundle +1.0 kB), 12,632,633;
 * the command's lists through the usage module's own usageLists, 12,633,270;
 * reconcile's terms of the month read once (the library's sources +1.5 kB, its bundles +0.3 kB,
 * the CLI's +0.4 kB), 12,636,304;
 * reconcile's taken ids (TakenIds, in the CLI and its reconcile worker, +3.0 kB each), 12,642,641;
 * the workers' blocks cut where they lie and the keyed batches' buffers handed back again
 * (blockRows' seam and handBack, in the CLI and its three workers, +3.2 kB), their changelog and
 * performance notes (+1.8 kB), 12,647,625; every parse in the library's own words whatever
 * zod's global messages (the schemas' bundles and sources, and its changelog entry), 12,649,520;
 * usage --json's items written as the bytes they were kept as (listedItem, writeUsageJson and
 * the byte writer of --out in the CLI, +1.6 kB; the changelog, +0.5 kB), 12,651,956; the scale
 * page measured again, 12,652,077; the invoice rows' columns matched once across calls (the
 * usage entry +9 B brotli, its sources and changelog), 12,652,219; finishUsage's steps as
 * functions of their own (the usage entry +121 B brotli) with their changelog and performance
 * note, 12,663,860; the plans finished sixteen at a time (finishPlans, in the CLI), its
 * changelog and the scale page measured again, 12,665,305; a cell with doubled quotes
 * remembered by the CLI's cell reader, its changelog, and the scale page's note on workers that
 * finish their own plans, 12,667,379; a price matched at the decimals the file printed, the
 * usage command's reader of a row like the row before (its code in the CLI, its worker and their
 * maps, the price memos in every bundle of the usage check), their changelog and the scale page,
 * 12,702,254; usage past --memory handing its plans, invoice rows and lists' items to disk (its
 * pieces job and runner, the texts on disk, the plans' finisher apart, the customers summed as
 * they come, the report line by line), its changelog and guides, 12,732,294; the workers of
 * usage finishing the plans only they hold (the finishing steps in the usage worker, +55 kB),
 * their changelog, guides and the scale page measured again, 12,797,996; the collector without
 * helper threads where a run's threads fill the cores (its rule, the second process of usage's
 * workers, their guides and the scale page's measurements), 12,804,114; reconcile's groups of one
 * line let go without a map's look-up, the scan's row view and a worker's rows read back as classes
 * (in every bundle and source map holding them), their changelog and measurements, 12,817,426;
 * a run with workers compiling on each thread (its rule, guides and changelog), 12,819,175;
 * tie-out's workers compiling on each thread too, and a relaunched run the runtime stops told
 * apart from one out of memory (the report's kinds, the one line, a test's failure hook),
 * 12,824,289; a CSV file read into pieces used again and the scan's rows cut by a piece finished
 * from the next (the reader, its tests' changelog and measurements), 12,831,939; the same measured
 * again in a quiet quarter hour, 12,832,435; where two workers' time goes (the scale page),
 * 12,834,901; the reading thread as the first of usage's workers (the worker's code in the CLI's
 * bundle, +11.7 kB) and plain files' blocks read by their workers, 12,852,545; usage's blocks of up
 * to 8 MiB, the reading thread's worker on a channel of its own, standard output written in pieces
 * and the command line's starter built apart from its commands (cli.js 15 kB, with the flag
 * readers it shares with cliRun.js), their changelog, guides and measurements, 12,863,723; the
 * scale run of this build, 12,864,302; a canonical id read through a table of each character's
 * digit, and the performance page's speed targets still missed with what would reach them,
 * 12,870,856; the scale run of this build with reconcile's stages, 12,872,073; a design measured
 * and left (each worker reading the whole input), 12,872,379.
 */
const UNPACKED_BUDGET = 12_874_000;
const scratch = mkdtempSync(join(tmpdir(), 'smoke-pack-'));
try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const { unpackedSize, files } = packed[0];
  if (unpackedSize > UNPACKED_BUDGET) {
    const largest = [...files]
      .sort((a, b) => b.size - a.size)
      .slice(0, 10)
      .map((file) => `  ${String(file.size).padStart(9)}  ${file.path}`);
    throw new Error(
      `the unpacked package is ${unpackedSize} bytes, over its budget of ${UNPACKED_BUDGET}; the ten largest files:\n${largest.join('\n')}`,
    );
  }
  console.log(`size ok ${unpackedSize} bytes unpacked, ${files.length} files`);
  const tarball = join(scratch, packed[0].filename);
  const modules = join(scratch, 'project', 'node_modules');
  const unpacked = join(modules, 'subscription-rules');
  mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
  symlinkSync(join(root, 'node_modules', 'zod'), join(modules, 'zod'), 'dir');
  symlinkSync(join(root, 'node_modules', 'fast-check'), join(modules, 'fast-check'), 'dir');
  const project = join(scratch, 'project');
  // a package of its own: the package's name is then found in its node_modules, never taken for
  // a package.json that lies above the scratch folder (another tool's in the temporary folder)
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'smoke-pack-project', private: true })}\n`,
  );
  writeFileSync(
    join(project, 'esm.mjs'),
    [
      "import { cancellationDecision, policyAt } from 'subscription-rules';",
      "import { parsePolicy } from 'subscription-rules/schemas';",
      "const decision = cancellationDecision({ product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' }, '2026-11-21T09:00:00Z');",
      "if (decision.outcome !== 'full-credit' || !parsePolicy(policyAt('2026-01-01T00:00:00Z')).ok) process.exit(1);",
      "import fc from 'fast-check';",
      "import { purchase } from 'subscription-rules/arbitraries';",
      'if (fc.sample(purchase(), { seed: 1, numRuns: 5 }).length !== 5) process.exit(1);',
      "import { ko } from 'subscription-rules/locales/ko';",
      "if (!cancellationDecision({ product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' }, '2026-11-21T09:00:00Z', { locale: ko }).message.includes('크레딧')) process.exit(1);",
      "import * as nce from 'subscription-rules/new-commerce';",
      "import * as legacy from 'subscription-rules/legacy';",
      "const seats = nce.createSubscription({ program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly', quantity: 10, orderedAt: '2026-11-20T10:00:00Z' });",
      "import { RuleError as RootRuleError } from 'subscription-rules';",
      "try { legacy.nextDeadline(seats); process.exit(1); } catch (error) { if (!nce.isRuleError(error) || !(error instanceof RootRuleError) || error.path !== 'subscription.program') process.exit(1); }",
      "import { invoiceLines, reconcile } from 'subscription-rules/reconciliation';",
      "const lines = invoiceLines(nce.purchaseCharges(nce.createSubscription({ program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly', quantity: 10, orderedAt: '2026-11-20T10:00:00Z', price: { amount: 1250, currency: 'USD' } })));",
      "if (lines[0]?.Subtotal !== '125.00' || reconcile(lines, lines).matched.length !== 1) process.exit(1);",
      "import { usageTolerance } from 'subscription-rules/usage';",
      "if (usageTolerance({ lines: 1, exchangeRate: '150.25', pricingCurrency: 'USD', billingCurrency: 'JPY' }).low.amount !== -2) process.exit(1);",
      "console.log('esm ok', decision.windowEndsAt);",
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'cjs.cjs'),
    [
      "const { resolveMarket, RuleError } = require('subscription-rules');",
      "const { parsePolicy } = require('subscription-rules/schemas');",
      "if (resolveMarket('Swaziland') !== 'SZ' || typeof parsePolicy !== 'function') process.exit(1);",
      "try { resolveMarket('Atlantis'); process.exit(1); } catch (error) { if (!(error instanceof RuleError)) process.exit(1); }",
      "const { subscription } = require('subscription-rules/arbitraries');",
      "if (require('fast-check').sample(subscription(), { seed: 1, numRuns: 3 }).length !== 3) process.exit(1);",
      "const { zhHant } = require('subscription-rules/locales/zh-Hant');",
      "if (zhHant.tag !== 'zh-Hant' || !zhHant.messages['refund.full-credit'].includes('信用額度')) process.exit(1);",
      "const nce = require('subscription-rules/new-commerce');",
      "if (nce.nextDeadline(nce.createSubscription({ program: 'new-commerce', product: 'license-based', term: 'P1M', billingFrequency: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z' })).type !== 'renewed') process.exit(1);",
      "if (require('subscription-rules/legacy').createSubscription({ product: 'marketplace-usage', quantity: 1, orderedAt: '2026-11-20T10:00:00Z' }).program !== 'legacy') process.exit(1);",
      "const { reconcile } = require('subscription-rules/reconciliation');",
      "if (reconcile([], [{ ChargeType: 'new' }]).issues.length !== 4) process.exit(1);",
      "if (require('subscription-rules/usage').expectedEffectiveUnitPrice({ unitPrice: '0.10', pecPercentage: '15' }) !== '0.085') process.exit(1);",
      "console.log('cjs ok');",
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'esm.mts'),
    [
      "import { type CancellationDecision, cancellationDecision, type Policy, policyAt, RuleError, type RuleErrorCode } from 'subscription-rules';",
      "import { type ParseResult, parsePolicy } from 'subscription-rules/schemas';",
      "import { purchase } from 'subscription-rules/arbitraries';",
      "import { ko } from 'subscription-rules/locales/ko';",
      "import { type NewCommerceSubscription, createSubscription as createSeats } from 'subscription-rules/new-commerce';",
      "import { type InvoiceLine, type ReconcileResult, invoiceLines, reconcile } from 'subscription-rules/reconciliation';",
      'const billed: InvoiceLine[] = invoiceLines([]);',
      'const reconciled: ReconcileResult = reconcile(billed, []);',
      "const seats: NewCommerceSubscription = createSeats({ program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly', quantity: 10, orderedAt: '2026-11-20T10:00:00Z' });",
      "const policy: Policy = policyAt('2026-01-01T00:00:00Z');",
      "const decision: CancellationDecision = cancellationDecision({ product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' }, '2026-11-21T09:00:00Z', { locale: ko });",
      'const parsed: ParseResult<Policy> = parsePolicy(policy);',
      "try { policyAt('x'); } catch (error) { if (error instanceof RuleError) { const code: RuleErrorCode = error.code; void code; } }",
      '// @ts-expect-error a policy is not a number: the declarations are typed, not any',
      "const wrong: number = policyAt('2026-01-01T00:00:00Z');",
      'export const all = [decision, parsed, purchase, wrong, seats, reconciled];',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'cjs.cts'),
    [
      "import { type MarketCode, RuleError, resolveMarket } from 'subscription-rules';",
      "import { parsePolicy } from 'subscription-rules/schemas';",
      "import { subscription } from 'subscription-rules/arbitraries';",
      "import { zhHant } from 'subscription-rules/locales/zh-Hant';",
      "import { type Subscription, createSubscription } from 'subscription-rules/legacy';",
      "const usage: Subscription = createSubscription({ product: 'marketplace-usage', quantity: 1, orderedAt: '2026-11-20T10:00:00Z' });",
      "const market: MarketCode = resolveMarket('Swaziland');",
      "try { resolveMarket('Atlantis'); } catch (error) { if (error instanceof RuleError) void error.path; }",
      "// @ts-expect-error a locale's tag is not a number",
      'const wrong: number = zhHant.tag;',
      'export const all = [market, parsePolicy, subscription, wrong, usage];',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'node16',
        moduleResolution: 'node16',
        target: 'es2022',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['esm.mts', 'cjs.cts'],
    }),
  );
  execFileSync('node', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], {
    cwd: project,
    stdio: 'inherit',
  });
  console.log('types ok');
  process.stdout.write(execFileSync('node', ['esm.mjs'], { cwd: project, encoding: 'utf8' }));
  process.stdout.write(execFileSync('node', ['cjs.cjs'], { cwd: project, encoding: 'utf8' }));
  const bin = execFileSync('node', [join(unpacked, 'dist', 'cli.js'), 'policies', '--json'], {
    cwd: project,
    encoding: 'utf8',
  });
  if (JSON.parse(bin).length !== 7)
    throw new Error('the packed CLI did not list the seven policies');
  console.log('bin ok');
  // the command line's starter decides whether a run needs a process of its own before the
  // commands are loaded: it carries none of them (a static import of runHere would make it the
  // commands' megabyte again, read and compiled twice in a run started again)
  const starter = statSync(join(unpacked, 'dist', 'cli.js')).size;
  if (starter > 32_000)
    throw new Error(`dist/cli.js is ${starter} bytes: the starter carries the commands' code`);
  console.log(`starter ok (${starter} B)`);
  // source maps: every JavaScript file of the library has its map, whose sources the package
  // ships (src/), and a RuleError's stack under --enable-source-maps names the TypeScript line;
  // the warehouse bundle is left out: it is one expression a warehouse's function body holds as
  // text (WH-2), which a map's comment would end
  const shipped = new Set(files.map((file) => file.path));
  for (const file of files) {
    if (
      !/^dist\/.*\.c?js$/.test(file.path) ||
      /^dist\/(cli|cliRun|\w+Worker)\.js$/.test(file.path) ||
      file.path.startsWith('dist/warehouse/')
    )
      continue;
    if (!shipped.has(`${file.path}.map`)) throw new Error(`${file.path} ships without its map`);
    const map = JSON.parse(readFileSync(join(unpacked, `${file.path}.map`), 'utf8'));
    for (const source of map.sources) {
      const path = join(dirname(file.path), source);
      if (!shipped.has(path))
        throw new Error(`${file.path}.map names ${source}, not in the package`);
    }
  }
  const traced = spawnSync(
    'node',
    [
      '--enable-source-maps',
      '--input-type=module',
      '-e',
      "import { policyAt } from 'subscription-rules'; try { policyAt('x'); } catch (error) { console.log(error.stack); }",
    ],
    { cwd: project, encoding: 'utf8' },
  );
  if (!/node_modules\/subscription-rules\/src\/\w+\/\w+\.ts:\d+/.test(traced.stdout))
    throw new Error(
      `a RuleError's stack names no TypeScript line:\n${traced.stdout}${traced.stderr}`,
    );
  console.log('source maps ok');
  // reconcile without the optional DuckDB package: the default engine runs, and --engine duckdb
  // says in one line what to install, a usage error (exit 2)
  writeFileSync(
    join(project, 'recon.csv'),
    'SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency\nS1,new,2026-11-20,2026-12-19,12.50,12.50,10,10,125.00,USD\n',
  );
  writeFileSync(join(project, 'resources.json'), '[]');
  const reconcile = (engine) =>
    spawnSync(
      'node',
      [
        join(unpacked, 'dist', 'cli.js'),
        'reconcile',
        '--file',
        'recon.csv',
        '--subscriptions',
        'resources.json',
        '--workers',
        '1',
        ...engine,
      ],
      { cwd: project, encoding: 'utf8' },
    );
  const plain = reconcile([]);
  if (plain.status !== 1 || !/unexpected +1 group/.test(plain.stdout))
    throw new Error(`the packed CLI did not reconcile without DuckDB: ${plain.stderr}`);
  const duckdb = reconcile(['--engine', 'duckdb']);
  if (duckdb.status !== 2 || !duckdb.stderr.includes('npm install @duckdb/node-api'))
    throw new Error(`the packed CLI did not say DuckDB is missing: ${duckdb.stderr}`);
  console.log('reconcile without DuckDB ok');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
