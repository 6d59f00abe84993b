/**
 * The private units our tests check directly, named once: the calendar arithmetic, the tables, the
 * CLI's entry and its small parsers. Everything public is imported by the package's name
 * (`subscription-rules`, `subscription-rules/schemas`, `subscription-rules/arbitraries`), so moving a
 * file inside `src/` changes this file at most, never a test.
 */

export { EXPORT_COLUMNS } from '../src/arbitraries/_internal/reconciliationDialect.ts';
export { BudgetError } from '../src/cli/BudgetError.ts';
export { closesIn } from '../src/cli/closesIn.ts';
export { reconcileCommand } from '../src/cli/commands/reconcile.ts';
export { tieOutCommand } from '../src/cli/commands/tieOut.ts';
export { usageCommand } from '../src/cli/commands/usage.ts';
export { currentNotes, STALE_WINDOW_MS } from '../src/cli/currentNotes.ts';
export { csvHeader } from '../src/cli/engine/duckdb/csvHeader.ts';
export { dialectMacros } from '../src/cli/engine/duckdb/dialectMacros.ts';
export { duckdbMemory } from '../src/cli/engine/duckdb/duckdbMemory.ts';
export { duckdbSession } from '../src/cli/engine/duckdb/duckdbSession.ts';
export { duckdbSettings } from '../src/cli/engine/duckdb/duckdbSettings.ts';
export { loadDuckdb } from '../src/cli/engine/duckdb/loadDuckdb.ts';
export type { EngineJob, KeyCell, RowReader } from '../src/cli/engine/EngineJob.ts';
export { shareState } from '../src/cli/engine/group/shareState.ts';
export { stateResults } from '../src/cli/engine/group/stateResults.ts';
export { runEngine } from '../src/cli/engine/runEngine.ts';
export { batchBuffers } from '../src/cli/engine/scan/batchBuffers.ts';
export { blockRows } from '../src/cli/engine/scan/blockRows.ts';
export { cellTexts } from '../src/cli/engine/scan/cellTexts.ts';
export { quoteSeek } from '../src/cli/engine/scan/csvPasses.ts';
export { csvRows } from '../src/cli/engine/scan/csvRows.ts';
export { type CsvRow, csvScan } from '../src/cli/engine/scan/csvScan.ts';
export { formOf } from '../src/cli/engine/scan/fileForm.ts';
export { fileRanges, RANGE, rangesAhead } from '../src/cli/engine/scan/fileRanges.ts';
export { fileText } from '../src/cli/engine/scan/fileText.ts';
export { itemId } from '../src/cli/engine/scan/itemId.ts';
export { jsonCell } from '../src/cli/engine/scan/jsonCell.ts';
export { jsonItems } from '../src/cli/engine/scan/jsonItems.ts';
export { jsonItemTexts } from '../src/cli/engine/scan/jsonItemTexts.ts';
export {
  PLACE_BYTES,
  placedRow,
  placeRow,
  readPlacedRows,
} from '../src/cli/engine/scan/placedRows.ts';
export { progressBar } from '../src/cli/engine/scan/progressBar.ts';
export { rangeBytes } from '../src/cli/engine/scan/rangeBytes.ts';
export { BLOCK, cutRows } from '../src/cli/engine/scan/rowCut.ts';
export { rowEnd } from '../src/cli/engine/scan/rowEnd.ts';
export { type ScanSink, scanFiles } from '../src/cli/engine/scan/scanFiles.ts';
export { startsJsonLines } from '../src/cli/engine/scan/startsJsonLines.ts';
export { resourcesOf, subscriptionFiles } from '../src/cli/engine/scan/subscriptionFiles.ts';
export { wholeRows } from '../src/cli/engine/scan/wholeRows.ts';
export { handBack } from '../src/cli/engine/shard/engineWorker.ts';
export { idHash } from '../src/cli/engine/shard/idHash.ts';
export { itemCells } from '../src/cli/engine/shard/itemCells.ts';
export {
  type EnginePort,
  localChannel,
} from '../src/cli/engine/shard/localChannel.ts';
export { shardOf } from '../src/cli/engine/shard/shardOf.ts';
export { waiting } from '../src/cli/engine/shard/waiting.ts';
export { IN_FLIGHT, workerThreads } from '../src/cli/engine/shard/workerThreads.ts';
export { partitionFiles } from '../src/cli/engine/spill/partitionFiles.ts';
export { resultRuns } from '../src/cli/engine/spill/resultRuns.ts';
export { runDir } from '../src/cli/engine/spill/runDir.ts';
export { partitionOf, spillPartitions } from '../src/cli/engine/spill/spillPartitions.ts';
export { fileLines } from '../src/cli/engine/write/fileLines.ts';
export { pushAll } from '../src/cli/engine/write/pushAll.ts';
export { ENGINE_OPTIONS } from '../src/cli/engineFlag.ts';
export { flagValues } from '../src/cli/flagValues.ts';
export { heapTraceFilter, type RuntimeReport } from '../src/cli/heapTrace.ts';
export { inspectValue } from '../src/cli/inspectValues.ts';
export { main } from '../src/cli/main.ts';
export { memoryOf, memoryText } from '../src/cli/memoryFlag.ts';
export { moneyText } from '../src/cli/moneyText.ts';
export { moreMemory } from '../src/cli/moreMemory.ts';
export { type LineStream, outputLines } from '../src/cli/outputLines.ts';
export { parsePriceFlag } from '../src/cli/parsePriceFlag.ts';
export {
  allocatorEnv,
  COMPILE_ON_THREAD,
  compilesOnThread,
  duckdbGroupsBudget,
  fillsCores,
  heapFlags,
  heldLimit,
  initialOldSpace,
  type ProcessBounds,
  processBounds,
  SINGLE_THREADED_GC,
  semiSpace,
  threadHeap,
  usageDuckdbReserve,
  usageWorkerHeap,
} from '../src/cli/processBounds.ts';
export { readDuckdbFile } from '../src/cli/reconcile/duckdb/readDuckdbFile.ts';
export { readPriceList } from '../src/cli/reconcile/priceList.ts';
export type { ReconcileSetup } from '../src/cli/reconcile/ReconcileSetup.ts';
export { reconcileFileJob } from '../src/cli/reconcile/reconcileFileJob.ts';
export {
  type JobContext,
  type ReconcileJob,
  reconcileJob,
} from '../src/cli/reconcile/reconcileJob.ts';
export { reconPlains } from '../src/cli/reconcile/reconPlains.ts';
export type { ReconRow } from '../src/cli/reconcile/reconShare.ts';
export { reconState } from '../src/cli/reconcile/reconState.ts';
export { subscriptionHold } from '../src/cli/reconcile/subscriptionHold.ts';
export { TakenIds } from '../src/cli/reconcile/TakenIds.ts';
export { taxRateFlag } from '../src/cli/taxRateFlag.ts';
export { tieOutDuckdb } from '../src/cli/tieOut/duckdb/tieOutDuckdb.ts';
export { tieOutPlaces } from '../src/cli/tieOut/duckdb/tieOutPlaces.ts';
export { mergeTieOuts } from '../src/cli/tieOut/mergeTieOuts.ts';
export { tieOutCells } from '../src/cli/tieOut/tieOutCells.ts';
export { tieOutJob, tieOutOptions } from '../src/cli/tieOut/tieOutJob.ts';
export { UsageError } from '../src/cli/UsageError.ts';
export { DiskTexts } from '../src/cli/usage/diskTexts.ts';
export { linesPerPass } from '../src/cli/usage/duckdb/linesPerPass.ts';
export { usageAmountSql } from '../src/cli/usage/duckdb/usageAmountSql.ts';
export { usageGroupsSql, usageLinesSql } from '../src/cli/usage/duckdb/usageLinesSql.ts';
export { finishPlans } from '../src/cli/usage/finishPlans.ts';
export { listedItem } from '../src/cli/usage/listedItem.ts';
export { PackedTexts } from '../src/cli/usage/packedTexts.ts';
export { usageJob } from '../src/cli/usage/usageJob.ts';
export { handOnFor, usagePieces } from '../src/cli/usage/usagePieces.ts';
export {
  usageJson,
  usageJsonLines,
  usageJsonPieces,
  writeUsageJson,
} from '../src/cli/usage/usageReport.ts';
export { assignPlans, finishWhole, type PlanResult } from '../src/cli/usage/wholePlans.ts';
export { snowflakeBody } from '../src/cli/warehouse/snowflakeBody.ts';
export { warehouseSql } from '../src/cli/warehouse/warehouseSql.ts';
export { workerBudget } from '../src/cli/workerBudget.ts';
export {
  DUCKDB_BUDGET_A_WORKER,
  workersOf,
  workersPastBudget,
  workersWithin,
} from '../src/cli/workersFlag.ts';
export { wrapText } from '../src/cli/wrapText.ts';
export { finishTieOut } from '../src/invoices/_internal/finishTieOut.ts';
export { TieOutState } from '../src/invoices/_internal/TieOutState.ts';
export { tieOutWhole } from '../src/invoices/_internal/tieOutParts.ts';
export { warehouseTieOut } from '../src/invoices/_internal/warehouseTieOut.ts';
export { describeValue } from '../src/kernel/describeValue.ts';
export { fail } from '../src/kernel/fail.ts';
export {
  addDecimals,
  decimalText,
  type FileDecimal,
  minorUnitsDecimal,
  readFileDecimal,
  sameDecimal,
  sum,
} from '../src/kernel/fileDecimal.ts';
export { hexKey } from '../src/kernel/hexKey.ts';
export { scanned } from '../src/kernel/scanDecimal.ts';
export { spreadsheetCell } from '../src/kernel/spreadsheetCell.ts';
export { madeAsOf } from '../src/lifecycle/newCommerce/machine/lastMade.ts';
export { defineLocale } from '../src/locales/_internal/defineLocale.ts';
export { normaliseMarketText } from '../src/markets/_internal/normaliseMarketText.ts';
export { marketAliases } from '../src/markets/data/marketAliases.ts';
export { marketNames } from '../src/markets/data/marketNames.ts';
export { requireMarket } from '../src/markets/requireMarket.ts';
export { fill } from '../src/messages/fill.ts';
export { legacyEditions } from '../src/policy/data/legacy/editions.ts';
export { requireNewCommerceBilling } from '../src/policy/requireNewCommerceBilling.ts';
export { windowEndAt } from '../src/policy/windowEndAt.ts';
export { multiplyDivide } from '../src/pricing/_internal/multiplyDivide.ts';
export { billingPeriodCredit } from '../src/pricing/billingPeriodCredit.ts';
export { currencyExponents } from '../src/pricing/data/currencyExponents.ts';
export { partnerCenterCharge } from '../src/pricing/partnerCenterCharge.ts';
export { partnerCenterCredit } from '../src/pricing/partnerCenterCredit.ts';
export { readCurrencyCode } from '../src/pricing/readCurrencyCode.ts';
export { readTaxRate } from '../src/pricing/readTaxRate.ts';
export { roundingRules } from '../src/pricing/rounding/roundingRules.ts';
export { byteCells } from '../src/reconciliation/_internal/byteCells.ts';
export { compareGroups } from '../src/reconciliation/_internal/compareGroups.ts';
export { effectLines, expectedLines } from '../src/reconciliation/_internal/expectedLines.ts';
export type { FileLine } from '../src/reconciliation/_internal/FileLine.ts';
export { fileDays } from '../src/reconciliation/_internal/fileDays.ts';
export { fileSeats } from '../src/reconciliation/_internal/fileSeats.ts';
export { IdTable } from '../src/reconciliation/_internal/IdTable.ts';
export { idCellHash } from '../src/reconciliation/_internal/idCellHash.ts';
export { instantMs } from '../src/reconciliation/_internal/instantMs.ts';
export { dayOfText, isoText } from '../src/reconciliation/_internal/isoInstants.ts';
export { type FileGroup, LineGroups } from '../src/reconciliation/_internal/LineGroups.ts';
export { libraryDay } from '../src/reconciliation/_internal/libraryDay.ts';
export { lineReader } from '../src/reconciliation/_internal/lineReader.ts';
export { plainMatch } from '../src/reconciliation/_internal/plainMatch.ts';
export { readFileRows } from '../src/reconciliation/_internal/readFileRows.ts';
export { readReconcileOptions } from '../src/reconciliation/_internal/readReconcileOptions.ts';
export { remedyOf } from '../src/reconciliation/_internal/remedyOf.ts';
export { replay } from '../src/reconciliation/_internal/replay.ts';
export { resourceAtStart } from '../src/reconciliation/_internal/resourceAtStart.ts';
export {
  SlotMap,
  SubscriptionSlots,
  TextNumbers,
} from '../src/reconciliation/_internal/SubscriptionSlots.ts';
export { seatsOf } from '../src/reconciliation/_internal/seatsOf.ts';
export { termsOfMonth } from '../src/reconciliation/_internal/termsOfMonth.ts';
export { reconciliationTexts } from '../src/reconciliation/_internal/texts/textsFor.ts';
export { addDays } from '../src/time/addDays.ts';
export { addHours } from '../src/time/addHours.ts';
export { addMonthsClamped } from '../src/time/addMonthsClamped.ts';
export { assertNotBefore } from '../src/time/assertNotBefore.ts';
export { billingPeriodAt } from '../src/time/billingPeriodAt.ts';
export { calendarDaysEndAt } from '../src/time/calendarDaysEndAt.ts';
export { daysBetween } from '../src/time/daysBetween.ts';
export { readFileDate } from '../src/time/fileDate.ts';
export { formatCalendarDate } from '../src/time/formatCalendarDate.ts';
export { formatInstant } from '../src/time/formatInstant.ts';
export { newCommerceTermEndAt } from '../src/time/newCommerceTermEndAt.ts';
export { parseCalendarDate } from '../src/time/parseCalendarDate.ts';
export { parseInstant } from '../src/time/parseInstant.ts';
export { readCanonicalInstant } from '../src/time/readCanonicalInstant.ts';
export { startOfUtcDay } from '../src/time/startOfUtcDay.ts';
export { termEndAt } from '../src/time/termEndAt.ts';
export { utcMonthOfDay } from '../src/time/utcMonthOfDay.ts';
export { windowContains } from '../src/time/windowContains.ts';
export { linesLikeLast } from '../src/usage/_internal/linesLikeLast.ts';
export { observeGroup } from '../src/usage/_internal/observeGroup.ts';
export { planOf } from '../src/usage/_internal/planOf.ts';
export { readsReconColumn } from '../src/usage/_internal/readsReconColumn.ts';
export { readUsageOptions } from '../src/usage/_internal/readUsageOptions.ts';
export { reconUsageRows } from '../src/usage/_internal/reconUsageRows.ts';
export { usageRowsKept } from '../src/usage/_internal/tieOutParts.ts';
export { usageCells } from '../src/usage/_internal/usageCells.ts';
export type { PartRow } from '../src/usage/_internal/usageParts.ts';
export { usageWhole } from '../src/usage/_internal/usageWhole.ts';
export { partRows, warehouseUsage } from '../src/usage/_internal/warehouseUsage.ts';
