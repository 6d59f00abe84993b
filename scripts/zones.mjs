// The time zones the unit tests run under (the library answers the same in each), and the report
// each zone's run writes: scripts/test-zones.mjs runs them, scripts/totals.mjs checks every one
// left its report.
export const ZONES = ['UTC', 'Australia/Sydney', 'America/Los_Angeles'];

/**
 * The JSON report of a zone's run.
 *
 * @param {string} zone - The zone, as TZ takes it.
 * @returns {string} Its path from the project's root: reports/vitest-Australia-Sydney.json.
 */
export const reportOf = (zone) => `reports/vitest-${zone.replaceAll('/', '-')}.json`;
