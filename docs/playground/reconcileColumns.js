// The columns of the Reconciliation tab's tables, as `subscription-rules reconcile` writes a
// finding: where it is (the sheet's rows, the header being row 1), whose it is (the customer, from
// the file's line, else the resource's `links.self.uri`), what differs and why, and what can still
// be done about it (REC-6): when (now, at renewal, never), until when, and the sentence naming who
// acts. Each column is `[label key, cell]`, a cell a node or text (fileTab.js's `table`).

const RULES = 'https://github.com/subscription-rules/subscription-rules/blob/main/docs/rules.md';

/** An instant as the remedies' deadlines are read: in the page's language, in UTC as the CLI writes it. */
const UNTIL = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
};

/** The label key of a remedy's `when`. */
const WHEN = { now: 'whenNow', 'at-renewal': 'whenAtRenewal', never: 'whenNever' };

/** A sentence with each rule ID as a link to its explanation. */
function withRuleLinks(text, rules = []) {
  const span = document.createElement('span');
  span.append(text);
  for (const rule of rules) {
    const link = document.createElement('a');
    link.href = `${RULES}#${rule.toLowerCase()}`;
    link.textContent = rule;
    span.append(' ', link);
  }
  return span;
}

/** A `<time>` of a remedy's deadline: localised text, the exact instant as its `datetime`. */
function untilElement(iso, tag) {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const time = document.createElement('time');
  time.dateTime = new Date(ms).toISOString();
  time.title = time.dateTime;
  time.textContent = new Intl.DateTimeFormat(tag, UNTIL).format(new Date(ms));
  return time;
}

/**
 * The columns of every table, in the page's language.
 *
 * @param say - A label in the page's language, its placeholders filled.
 * @param tag - The page's language tag.
 * @returns The columns of each finding kind (`different`, `missing`, `unexpected`, `refused`,
 *   `issue`) and of the terms panel (`terms`).
 */
export function tableColumns(say, tag) {
  const days = (entry) => `${entry.chargeStartDate} – ${entry.chargeEndDate}`;
  const subscription = (entry) => entry.subscriptionId ?? '';
  /** A group's amount and the seats it bills: "31.20 USD for 5 seats". */
  const amounts = (side) => (entry) =>
    entry[side] === undefined
      ? ''
      : say(entry[side].BillableQuantity === '1' ? 'amountForOne' : 'amountFor', {
          amount: `${entry[side].Subtotal} ${entry[side].Currency ?? entry.currency ?? ''}`.trim(),
          quantity: entry[side].BillableQuantity,
        });
  /** Whose it is: the customer's name, else its id (the file's, else the resource's address). */
  const customer = (entry) => entry.customerName ?? entry.customerId ?? '';
  /** The sheet's rows of a group or of a row's issue: the header is row 1. */
  const rows = (entry) =>
    entry.rows !== undefined
      ? entry.rows.map((row) => row + 1).join(', ')
      : entry.row === undefined
        ? ''
        : `${entry.row + 1}${entry.column ? ` (${entry.column})` : ''}`;
  const remedy = [
    ['colWhen', (entry) => (entry.remedy === undefined ? '' : say(WHEN[entry.remedy.when]))],
    [
      'colUntil',
      (entry) => (entry.remedy?.until === undefined ? '' : untilElement(entry.remedy.until, tag)),
    ],
    ['colRemedy', (entry) => entry.remedy?.message ?? ''],
  ];
  const whose = [
    ['colCustomer', customer],
    ['colRows', rows],
  ];
  const charge = (term) =>
    term.charges
      .map((group) =>
        say('termCharge', {
          chargeType: group.chargeType,
          first: group.chargeStartDate,
          last: group.chargeEndDate,
          amount: amounts('amounts')(group),
        }),
      )
      .join('; ');
  const READ = { 'as-read': 'termAsRead', rebuilt: 'termRebuilt', advanced: 'termAdvanced' };
  return {
    different: [
      ['colSubscription', subscription],
      ['colChargeType', (d) => d.chargeType],
      ['colDays', days],
      ['colExpected', amounts('expected')],
      ['colBilled', amounts('actual')],
      ['colWhy', (d) => withRuleLinks(d.message, d.rules)],
      ...whose,
      ...remedy,
    ],
    missing: [
      ['colSubscription', subscription],
      ['colChargeType', (m) => m.chargeType],
      ['colDays', days],
      ['colExpected', amounts('expected')],
      ['colWhy', (m) => withRuleLinks(m.message, m.rules)],
      ['colCustomer', customer],
      ...remedy,
    ],
    unexpected: [
      ['colSubscription', subscription],
      ['colChargeType', (u) => u.chargeType],
      ['colDays', days],
      ['colBilled', amounts('actual')],
      ['colWhy', (u) => u.message],
      ...whose,
      ...remedy,
    ],
    refused: [
      ['colSubscription', subscription],
      ['colChargeType', (r) => r.chargeType],
      ['colAt', (r) => r.at],
      ['colWhy', (r) => r.message],
      ['colCustomer', customer],
      ...remedy,
    ],
    issue: [
      ['colSubscription', subscription],
      ['colRow', rows],
      ['colCustomer', customer],
      ['colMessage', (i) => i.message],
    ],
    terms: [
      ['colSubscription', subscription],
      ['colTermRead', (t) => say(READ[t.read])],
      ['colTermStart', (t) => t.start],
      [
        'colTermKind',
        (t) => (t.renewal === undefined ? '' : say(t.renewal ? 'termRenewal' : 'termPurchase')),
      ],
      ['colTermCharge', charge],
      ['colPriceFrom', (t) => say(t.priceFrom === 'list' ? 'priceFromList' : 'priceFromFile')],
    ],
  };
}
