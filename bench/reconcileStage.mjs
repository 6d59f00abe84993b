// One stage of `reconcile`, run alone over a benchmark file (bench/reconcileStages.mjs bundles
// this file from the sources and runs each stage in its own process): every stage does the work
// of the ones before it and its own, so the difference between two stages' times is what the
// later one adds. Prints one JSON line: the stage, its count and its milliseconds.

import { csvScan } from '../src/cli/engine/scan/csvScan.ts';
import { fileText } from '../src/cli/engine/scan/fileText.ts';
import { jsonItems } from '../src/cli/engine/scan/jsonItems.ts';
import { progressBar } from '../src/cli/engine/scan/progressBar.ts';
import { readPriceList } from '../src/cli/reconcile/priceList.ts';
import { readReconFile } from '../src/cli/reconcile/readReconFile.ts';
import {
  advance,
  cancellationDecision,
  chargesBetween,
  fromPartnerCenterSubscription,
  purchaseCharges,
  transition,
} from '../src/index.ts';
import { byteCells } from '../src/reconciliation/_internal/byteCells.ts';
import { fileChanges } from '../src/reconciliation/_internal/fileChanges.ts';
import { lineReader } from '../src/reconciliation/_internal/lineReader.ts';
import { plainMatch } from '../src/reconciliation/_internal/plainMatch.ts';
import { reconcileSubscription } from '../src/reconciliation/_internal/reconcileSubscription.ts';
import { replay } from '../src/reconciliation/_internal/replay.ts';
import { resourceAtStart } from '../src/reconciliation/_internal/resourceAtStart.ts';

/** The rules the replay runs on, as the command passes them. */
const RULES = {
  fromPartnerCenterSubscription,
  purchaseCharges,
  transition,
  advance,
  chargesBetween,
};

const [stage, file, resources, prices] = process.argv.slice(2);
const exact = process.env.SUBSCRIPTION_RULES_EXACT === '1';
const DAY = 86_400_000;
const start = performance.now();
let count = 0;
const text = fileText(file, '--file');
const none = () => {};
if (stage === 'read') {
  for await (const piece of text.bytes) count += piece.length;
} else if (stage === 'parse') {
  await csvScan(text.bytes, { row: () => count++, unclosed: none, piece: none });
} else if (stage === 'lines') {
  // the cells the line reader reads, read from the row's bytes as the command reads them
  let reader;
  const cells = byteCells();
  const issues = [];
  await csvScan(text.bytes, {
    row(row) {
      if (reader === undefined) {
        const header = Array.from({ length: row.length }, (_, i) => row.cell(i) ?? '');
        reader = lineReader(header);
        return;
      }
      reader.readCells(cells.of(row, 0), ++count, issues);
      issues.length = 0;
    },
    unclosed: none,
    piece: none,
  });
} else {
  const read = await readReconFile(text, progressBar(undefined, 1), false);
  count = read.lines;
  if (stage !== 'groups') {
    const list = await readPriceList(prices);
    for await (const batch of jsonItems(
      fileText(resources, '--subscriptions').bytes,
      '--subscriptions',
    ))
      for (const resource of batch) {
        const groups = read.groups.take(resource.id);
        const currency = groups.find((group) => group.currency !== undefined)?.currency;
        const price = list.priceOf(resource.id, resource, currency);
        // a subscription billed plainly is matched straight from its resource and price, as the
        // command does (SUBSCRIPTION_RULES_EXACT=1: every one replayed, as before the plain way)
        const plain = { id: resource.id, resource, groups, price, unreadRows: undefined };
        const fileSeats = read.seats.of(resource.id);
        if (!exact && plainMatch({ ...plain, fileSeats }, read.window, cancellationDecision))
          continue;
        if (stage === 'compare') {
          reconcileSubscription(
            RULES,
            { id: resource.id, resource, groups, price },
            read.window,
            {},
          );
          continue;
        }
        // the replay alone: the resource read at the file's first day and the rules' effects
        if ('missing' in price) continue;
        const { changes } = fileChanges(groups);
        const asOfMs = Math.max(
          Date.parse(resource.effectiveStartDate),
          read.window.firstDay * DAY - 1,
        );
        const at = resourceAtStart(resource, changes, asOfMs);
        if ('problem' in at) continue;
        try {
          const { subscription } = fromPartnerCenterSubscription(at.resource, {
            asOf: new Date(asOfMs).toISOString(),
            price: price.price,
          });
          replay(RULES, subscription, changes, read.window, {});
        } catch {
          // what the command reports as an issue costs the same here
        }
      }
  }
}
console.log(JSON.stringify({ stage, count, ms: performance.now() - start }));
