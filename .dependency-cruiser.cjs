// The import rule of docs/ARCHITECTURE.md, checked by `npm run lint:imports` in the gate.
// Layers, bottom to top; a folder may import its own files and the layers below it, never a layer
// above it or a sibling on its own layer. An area's `_internal/` folder is private to that area.
const layers = [
  ['errors'],
  ['kernel'],
  ['time'],
  ['markets'],
  ['policy'],
  ['pricing'],
  ['messages'],
  // prices over time (PL): the price list, the row for an instant; the lifecycle and
  // reconciliation price renewals and files by it
  ['prices'],
  // what a partner may buy or change (ORD): judged before the lifecycle, which calls it
  ['refunds', 'suspension', 'software', 'access', 'offers', 'reservations', 'orders'],
  ['lifecycle'],
  ['partnerCenter'],
  // below the schemas: the schemas of effects and invoice lines run reconciliation's own checks;
  // the invoice tie-out beside it; both share the file's dialect (exact decimals, days, column
  // names) through the kernel and time, never each other
  ['reconciliation', 'invoices'],
  // Azure plan usage (USG), whose entry (subscription-rules/usage) also carries the invoice tie-out
  ['usage'],
  // resale (RSL): the partner's own invoices against the reconciliation file's cost; it reads the
  // file's dialect through the kernel and time, never the reconciliation area
  ['resale'],
  ['schemas', 'arbitraries', 'locales', 'legacy', 'newCommerce'],
  // the warehouse bundle (WH): the usage check and the tie-out as an engine's aggregate functions
  ['warehouse'],
  ['cli'],
];

/** The reconciliation area's private pieces the reconcile command streams through. */
const RECONCILIATION_PIECES =
  '(lineReader|byteCells|idCellHash|LineGroups|compareGroups|readReconcileOptions|FileLine|chargeTypes|FileChange|fileDays|priceList|resourceItems|SourceNames|reconcileSubscription|tally|unreadRows|invoiceLineKeys|outcomeFindings|customerTotals|stakeOf|billingMonth|FindingLabels|labelsWithCustomer|findingCsv|fileSeats|SubscriptionSlots|IdTable|plainMatch|termPrices|replayInputs|sheetRow|customerCountries|rowIssueText)\\.ts';

// the usage command's shares cross threads and spill partitions as their reconcilers' plain
// state, merged and finished once (USG-7): the state's merge and the reconciler's state; and
// `tie-out --usage` sets that finished check beside its merged results as the library's tieOut
// does (INV-3): its usageBeside, not a second copy; DuckDB's groups go into that state through
// observeGroup, and the command reads only the cells the library reads (readsColumn); past
// --memory a plan's state waits on disk as the warehouse's plain state (usageStateJson)
const USAGE_PIECES =
  '(UsageState|reconcilerStates|usageBeside|observeGroup|readsColumn|shapeIssues|readUsageOptions|observeInput|ownText|cellByName|planOf|readsReconColumn|linesLikeLast|usageCells|givenInvoices|usagePartOrder|usageParts|usageSummary|usageWhole|usageStateJson)\\.ts';

// `tie-out --engine duckdb` sums each invoice's lines in SQL and hands the groups to the tie-out's
// own state, which reads the rows the SQL does not and finishes as one pass does (INV-3): the
// state, its group and its finish, not a second copy
const INVOICE_PIECES = '(TieOutState|TieOutGroup|finishTieOut|tieOutParts|texts/tieOutTextsFor)\\.ts';

const layerRules = layers.flatMap((layer, level) =>
  layer.flatMap((area) => {
    // The root entry is above every area but the CLI, which imports the library through it and
    // the other entries (see cli-through-entries).
    const forbidden = layers
      .slice(level)
      .flat()
      .filter((other) => other !== area)
      .concat(area === 'cli' ? [] : ['index\\.ts']);
    if (forbidden.length === 0) return [];
    return {
      name: `layer-${area}`,
      comment: `${area} may import only the layers below it (${layers.slice(0, level).flat().join(', ') || 'none'}); see docs/ARCHITECTURE.md`,
      severity: 'error',
      from: { path: `^src/${area}/` },
      to: { path: `^src/(${forbidden.join('|')})` },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'one-file-engine',
      comment:
        "The command line's file engine is one (STYLE 14): only src/cli/engine/ scans bytes (the byte scanner, csvScan) and starts or answers worker threads (node:worker_threads); a command drives them through the engine's steps (scanFiles, wholeRows, workerThreads, runEngine, its worker entry), never a copy of its own.",
      severity: 'error',
      from: { path: '^src/cli/', pathNot: '^src/cli/engine/' },
      to: { path: '(^src/cli/engine/scan/csvScan\\.ts$|^(node:)?worker_threads$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'Modules form no cycle, at any length.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'private-to-its-area',
      comment: "An area's _internal/ folder is used only by that area.",
      severity: 'error',
      from: { path: '^src/([^/]+)/', pathNot: '^src/cli/' },
      to: { path: '^src/[^/]+/_internal/', pathNot: '^src/$1/_internal/' },
    },
    {
      name: 'cli-reuses-the-reconciliation-pieces',
      comment:
        "The CLI uses no area's _internal/ folder but the pieces the reconcile command streams through, so it has no second line reader, comparer or replay: reconciliation's line reader, its reader of a scanned row's bytes and the hash of a cell from them, line groups, group comparison, options, charge type names, the file's days and changes, the price list, the resources' reader, one subscription's replay and the tally, the billing month, a subscription's findings with their remedies, customer labels and totals, the seats the file's lines leave and the subscriptions' numbers they are held by, the prices of the terms a resource is read back or forward to (REC-5), a subscription's replay inputs beside its groups (one builder for the library and the command), the findings CSV's rows (so the command and reconcileSubscriptions write the same findings), a data row's sheet row (REC-6), the countries each customer's rows name (PL-7: one way to note, merge and read them for the library and the command); and the usage reconciler's state, its options, observe and merge, its reader of a file's rows one after another (a row like the row before takes that line's fields), and a group's part, the file's summary and the whole put together (WH-4, WH-5), and a state as plain data (the warehouse's, on disk past --memory), so the usage command observes each Azure plan into a state of its own and finishes it as a warehouse finishes a group (one pass's result, whatever the workers, spill and engine); and the invoice tie-out's state, its group, its finish and a group's part with the file's summary (WH-4), so tie-out's shares and its DuckDB engine finish as a warehouse finishes a group and are put together one way.",
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/[^/]+/_internal/', pathNot: `^src/(reconciliation/_internal/${RECONCILIATION_PIECES}|usage/_internal/${USAGE_PIECES}|invoices/_internal/${INVOICE_PIECES})$` },
    },
    {
      name: 'zod-only-in-schemas',
      comment: 'zod is loaded only by the subscription-rules/schemas entry, never by the root.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/schemas/' },
      to: { path: '(^|/)node_modules/zod/' },
    },
    {
      name: 'fast-check-only-in-arbitraries',
      comment: 'fast-check is an optional peer dependency, used only by subscription-rules/arbitraries.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/arbitraries/' },
      to: { path: '(^|/)node_modules/fast-check/' },
    },
    {
      name: 'no-runtime-dependency-but-zod',
      comment: 'The library needs nothing at run time but zod (schemas) and fast-check (arbitraries).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer'], pathNot: '(^|/)node_modules/(zod|fast-check)/' },
    },
    {
      name: 'tests-import-the-package',
      comment: 'Tests import the package by name (or test/_private.ts for the private units they check), so a move inside src/ touches no test.',
      severity: 'error',
      from: { path: '^test/', pathNot: '^test/_private\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(index|schemas/index|arbitraries/index|legacy/index|newCommerce/index|reconciliation/index|usage/index|resale/index|locales/((newCommerce|legacy)/)?(en|ko|zh-Hans|zh-Hant))\\.ts$' },
    },
    {
      name: 'legacy-never-imports-new-commerce',
      comment: "A program's folder never imports the other program's: a bundle that uses one carries nothing of the other (docs/ARCHITECTURE.md).",
      severity: 'error',
      from: { path: '(^|/)legacy/' },
      to: { path: '(^|/)newCommerce/' },
    },
    {
      name: 'new-commerce-never-imports-legacy',
      comment: "A program's folder never imports the other program's: a bundle that uses one carries nothing of the other (docs/ARCHITECTURE.md).",
      severity: 'error',
      from: { path: '(^|/)newCommerce/' },
      to: { path: '(^|/)legacy/' },
    },
    {
      name: 'cli-through-entries',
      comment:
        "The CLI imports the library through its public entries, which its build leaves as imports of the built files (tsup.config.ts), so dist/cli.js carries no second copy of the library (an entry the CLI starts to import is added here too); the private modules it may still carry a copy of are named here: closed vocabularies, the currency table and its one rule (readCurrencyCode), the strict instant reader, the file dialect's readers of exact decimals, days, column names and the Graph export's JSON lines, the words of a file's shapes and its spreadsheet cell writer (kernel, time), the New Commerce term calendar and its month arithmetic (the reconcile command finds the term a renewed subscription was in, timeline a reading's year) and the reconciliation pieces it streams through.",
      severity: 'error',
      from: { path: '^src/cli/' },
      to: {
        path: '^src/',
        pathNot:
          `^src/(cli/|index\\.ts$|schemas/index\\.ts$|reconciliation/index\\.ts$|usage/index\\.ts$|resale/index\\.ts$|reconciliation/_internal/${RECONCILIATION_PIECES}$|usage/_internal/${USAGE_PIECES}$|invoices/_internal/${INVOICE_PIECES}$|locales/(en|ko|zh-Hans|zh-Hant)\\.ts$|policy/vocabulary/[^/]+\\.ts$|pricing/(data/currencyExponents|readCurrencyCode|upliftPercent)\\.ts$|kernel/(fail|scanDecimal|fileDecimal|columnIndex|spreadsheetCell|jsonLineCells|jsonLineRow|shapeTexts)\\.ts$|time/(parseInstant|formatInstant|newCommerceTermEndAt|addMonthsClamped|fileDate)\\.ts$)`,
      },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|docs|reports|coverage)/' },
  },
};
