import { loose } from '../../kernel/columnIndex.ts';
import { columnsTwice } from '../../kernel/columnsTwice.ts';
import { SHAPE_TWICE, SHAPE_WIDTH, shapeWords } from '../../kernel/shapeTexts.ts';
import type { UsageIssue } from '../types.ts';
import type { UsageIssueText } from './texts/UsageTexts.ts';
import { USAGE_ALIASES, USAGE_COLUMNS } from './usageColumns.ts';

/** The usage columns, compared loosely. */
const KNOWN: ReadonlySet<string> = new Set(USAGE_COLUMNS.map(loose));

/** The column a loose name is read as: its own, or the one it is a v1 alias of; none if unknown. */
function usageColumnOf(name: string): string | undefined {
  if (Object.hasOwn(USAGE_ALIASES, name))
    return loose((USAGE_ALIASES[name] as (typeof USAGE_ALIASES)[string]).column);
  return KNOWN.has(name) ? name : undefined;
}

/** The English template of a column named twice. */
const TWICE: UsageIssueText = SHAPE_TWICE;
/** The English template of a row shorter or longer than its header. */
const WIDTH: UsageIssueText = SHAPE_WIDTH;

/**
 * The issues of a row's shape (USG-1) and their words: a column named twice and a row's width,
 * made in English with their names or counts, and said again in a locale's words.
 */
export const shapeIssues = {
  /**
   * The usage columns a header names twice: in another case, written the same twice, or by its
   * own name and a v1 alias (`PartnerEarnedCreditPercentage` beside `rateOfPartnerEarnedCredit`);
   * each pair `[the name read (the first), the other]`, in the header's order. Names of no known
   * column are not said.
   */
  columnsTwice(names: readonly string[]): [string, string][] {
    return columnsTwice(names, usageColumnOf);
  },
  /** A column named twice at `row`: the first name read, the other named. */
  twice(row: number, column: string, other: string): UsageIssue {
    return {
      row,
      column,
      code: 'INVALID_ARGUMENT',
      message: shapeIssues.words(TWICE, { column, other }),
      other,
    };
  },
  /** A CSV row of `cells` cells under a header of `header` names. */
  width(row: number, cells: number, header: number): UsageIssue {
    return {
      row,
      column: '',
      code: 'INVALID_ARGUMENT',
      message: shapeIssues.words(WIDTH, { cells, header }),
      cells,
      header,
    };
  },
  /**
   * A shape issue's template, when it is one (`undefined` otherwise): the key of its words in a
   * locale's issues.
   */
  templateOf(issue: UsageIssue): UsageIssueText | undefined {
    if (issue.other !== undefined) return TWICE;
    return issue.cells !== undefined && issue.header !== undefined ? WIDTH : undefined;
  },
  /** A template with its `{name}`s filled from `values` (a name without a value kept). */
  words(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
    return shapeWords(template, values);
  },
};
