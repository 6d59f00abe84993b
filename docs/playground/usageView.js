// The Usage tab's answer, drawn (USG-3 … USG-5): each Azure subscription's meters as strips of
// days, each day telling its own money, with the money at stake beside them and its PEC findings under them, who acts named first;
// the money per currency, never one figure across currencies; the days against the invoice's usage
// lines with their rounding; and the rows not read, each by its file, row and column.
import { formatMoney } from '../../dist/index.js';
import { table } from './fileTab.js';
import { stripsOf } from './usageDays.js';
import { usageLabel } from './usageLabels.js';
import { legend, monthText, strip } from './usageStrip.js';

/** The language of the view being drawn. */
let tag = 'en';
const say = (key, params) => usageLabel(tag, key, params);
const money = (amount) => formatMoney(amount, tag);

/** A heading and a list of `items`, each an element or text; nothing when there are none. */
function section(key, id, items) {
  if (items.length === 0) return [];
  const h = document.createElement('h3');
  h.textContent = say(key);
  const list = document.createElement('ul');
  list.id = id;
  for (const item of items) {
    if (item instanceof HTMLLIElement) list.append(item);
    else {
      const li = document.createElement('li');
      li.append(item);
      list.append(li);
    }
  }
  return [h, list];
}

/** Sums of Money by currency, each formatted; `noneAtStake` when there are none. */
function sums(amounts) {
  const by = new Map();
  for (const m of amounts) by.set(m.currency, (by.get(m.currency) ?? 0) + m.amount);
  if (by.size === 0) return say('noneAtStake');
  return [...by].map(([currency, amount]) => money({ amount, currency })).join(', ');
}

/**
 * A finding: its sentence, then its remedy. The remedy's sentence names who acts (REC-6:
 * "Microsoft’s to answer: …", "Microsoft may reverse it; …"), so only one the partner acts on now
 * is led by a label ("Do now"): a label of its own for the others would say who a second time.
 */
function finding(f) {
  const li = document.createElement('li');
  li.append(f.message, document.createElement('br'));
  if (f.remedy.when === 'now') {
    const now = document.createElement('strong');
    now.textContent = say('remedyNow');
    li.append(now, say('remedy', { remedy: f.remedy.message }));
  } else li.append(f.remedy.message);
  return li;
}

/** Per-currency sums (minor units by currency code) formatted, each its own; `''` for none. */
function sumsText(sums) {
  return [...sums]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, amount]) => money({ amount, currency }))
    .join(', ');
}

/**
 * What a day's cell tells of its money, as sentences: its cost, then by its state the PEC it
 * earned, lost (what PEC would have saved) or was given on a meter that earns none, or the Azure
 * credit it used; an amount the day has none of is left out.
 */
function amountsOf(cell) {
  const m = cell.money;
  if (m === undefined || cell.state === 'none') return [];
  const told = [['moneyCost', m.cost]];
  if (cell.state === 'earned') told.push(['moneyEarned', m.pecValue]);
  if (cell.state === 'lost') told.push(['moneyLost', m.lost()]);
  if (cell.state === 'excluded') told.push(['moneyGiven', m.pecValue]);
  if (cell.state === 'credit') told.push(['moneyCredit', m.creditUsed]);
  return told
    .filter(([, sums]) => sums.size > 0)
    .map(([what, sums]) => say('amount', { what: say(what), money: sumsText(sums) }));
}

/** A month of meters: each row the meter, its days lost and money at stake, then its strip. */
function month(meters, month) {
  const heading = (key) =>
    key === 'colDays' ? say(key, { month: monthText(month, tag) }) : say(key);
  const element = table(
    meters,
    [
      ['colMeter', (m) => m.label],
      [
        'colDays',
        (m) =>
          strip(
            m.cells.map((c) => ({ ...c, amounts: amountsOf(c) })),
            `${m.label}, ${monthText(m.month, tag)}`,
            tag,
            say,
          ),
      ],
    ],
    heading,
  );
  element.className = 'strips';
  [...element.tBodies[0].rows].forEach((row, i) => {
    const meter = meters[i];
    row.dataset.meter = meter.meter;
    const lost = meter.cells.filter((c) => c.state === 'lost').length;
    const stake = document.createElement('p');
    stake.append(`${say('colAtStake')}: `);
    const amount = document.createElement('span');
    amount.className = 'at-stake';
    amount.textContent = sums(meter.atStake);
    stake.append(amount);
    row.cells[0].append(stake);
    if (lost > 0) {
      const p = document.createElement('p');
      p.className = 'lost-days';
      p.textContent = say('daysLost', { count: lost });
      row.cells[0].append(p);
    }
  });
  return element;
}

/** One Azure subscription: a table of its meters' strips per month, then its PEC findings. */
function subscription(entry) {
  const element = document.createElement('section');
  element.className = 'azure';
  element.dataset.entitlement = entry.entitlementId;
  const h = document.createElement('h3');
  const customer = entry.customerName ?? entry.customerId;
  h.textContent = [
    say('subscription', { entitlement: entry.entitlementId }),
    customer === null ? '' : say('customer', { customer }),
  ]
    .filter((t) => t !== '')
    .join(' · ');
  element.append(h);
  const months = [...new Set(entry.meters.map((m) => m.month))].sort();
  for (const m of months)
    element.append(
      month(
        entry.meters.filter((x) => x.month === m),
        m,
      ),
    );
  if (entry.findings.length > 0) {
    const list = document.createElement('ul');
    list.className = 'findings';
    list.append(...entry.findings.map(finding));
    element.append(list);
  }
  return element;
}

/** The days against the invoice (USG-4): each match with its rounding and band. */
function matches(found) {
  if (found.matched.length === 0) return [];
  const h = document.createElement('h3');
  h.textContent = say('invoiceTitle');
  const signed = (m) => (m.amount > 0 ? `+${money(m)}` : money(m));
  const element = table(
    found.matched,
    [
      ['colInvoice', (m) => m.invoiceNumber ?? ''],
      ['colProduct', (m) => `${m.productId} / ${m.skuId}`],
      ['colPrice', (m) => m.effectiveUnitPrice ?? ''],
      ['colDaily', (m) => money(m.daily)],
      ['colBilled', (m) => money(m.billed)],
      ['colRounding', (m) => signed(m.rounding)],
      ['colWhy', (m) => m.message],
    ],
    say,
  );
  element.id = 'usage-matches';
  return [h, element];
}

/** The file and row of a usage row numbered across the files, as the command line numbers them. */
function whereOf(issue, sources, invoiceName) {
  if (issue.file === 'invoice') return { file: invoiceName, row: issue.row };
  const source = sources.findLast((s) => s.first <= issue.row) ?? sources[0];
  return { file: source.name, row: issue.row - source.first + 1 };
}

/**
 * What a usage reconciliation found, drawn in the language `language`: the counts, the legend, a
 * section per Azure subscription with its strips and PEC findings, the money per currency, the
 * days against the invoice, the other findings, the notes, what was not checked and the rows not
 * read (`sources`: each usage file's name and first row; `invoiceName`: the invoice file's).
 */
export function usageView(found, days, sources, invoiceName, language) {
  tag = language;
  const done = document.createElement('div');
  done.dataset.done = 'true';
  const { summary } = found;
  const counts = document.createElement('p');
  counts.textContent = say('counts', {
    lines: summary.lines,
    days: summary.days,
    entitlements: summary.entitlements,
    lost: summary.pecDaysLost,
  });
  done.append(counts, legend(say));
  for (const entry of stripsOf(days, found)) done.append(subscription(entry));
  const currencies = new Set(
    [...found.atStake.map((a) => a.amount), ...summary.pecLost, ...summary.creditUsed].map(
      (m) => m.currency,
    ),
  );
  const of = (list, currency) =>
    money(list.find((m) => m.currency === currency) ?? { amount: 0, currency });
  done.append(
    ...section(
      'totals',
      'usage-totals',
      [...currencies].sort().map((currency) =>
        say('totalLine', {
          currency,
          atStake: of(
            found.atStake.map((a) => a.amount),
            currency,
          ),
          pecLost: of(summary.pecLost, currency),
          credit: of(summary.creditUsed, currency),
        }),
      ),
    ),
    ...matches(found),
    ...section(
      'findings',
      'usage-findings',
      [...found.different, ...found.missing, ...found.unexpected].map(finding),
    ),
    ...section(
      'notes',
      'usage-notes',
      found.notes.map((n) => n.message),
    ),
    ...section('notChecked', 'usage-not-checked', summary.notChecked),
    ...section(
      'issues',
      'usage-issues',
      found.issues.map((issue) =>
        say('issue', {
          ...whereOf(issue, sources, invoiceName),
          column: issue.column,
          message: issue.message,
        }),
      ),
    ),
  );
  if (summary.otherColumns.length > 0) {
    const p = document.createElement('p');
    p.id = 'usage-other-columns';
    p.textContent = say('otherColumns', { columns: summary.otherColumns.join(', ') });
    done.append(p);
  }
  return done;
}
