import { FINDINGS_HEADER, findingCsvRow } from '../../reconciliation/_internal/findingCsv.ts';
import type { Finding } from './Finding.ts';

/** Where `--json` or `--csv` goes, a line at a time. */
export interface FindingsWriter {
  /** Writes one finding. */
  write(finding: Finding): void;
  /** Ends the output: `--json` closes with the summary. */
  end(summary: unknown): void;
}

/**
 * Writes the findings as they come (REC-3), so the output never waits for the whole file:
 * `--csv` one finding a row under a header, UTF-8 with a byte-order mark so a spreadsheet reads
 * it as written; `--json` one object `{ "findings": [...], "summary": {...} }` with one finding a
 * line.
 *
 * @param format - `json` or `csv`.
 * @param line - Writes one line (without its line break).
 * @returns The writer.
 */
export function findingsWriter(
  format: 'json' | 'csv',
  line: (text: string) => void,
): FindingsWriter {
  let first = true;
  if (format === 'csv') line(FINDINGS_HEADER);
  else line('{"findings":[');
  return {
    write(finding) {
      if (format === 'csv') line(findingCsvRow(finding));
      else {
        line(`${first ? '' : ','}${JSON.stringify(finding)}`);
        first = false;
      }
    },
    end(summary) {
      if (format === 'json') line(`],"summary":${JSON.stringify(summary, null, 2)}}`);
    },
  };
}
