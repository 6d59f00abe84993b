// A New Commerce invoice reconciliation file as Partner Center exports it, with the subscriptions
// it bills as the API returns them and the price list they were sold at: the input of
// `npm run bench:reconcile`. The amounts follow the documented proration (sources: R3, CHG-2,
// NCE-5), computed here on their own, so a run of the CLI over the file also checks the library
// against an independent reading of the formula.
//
// The file is December 2026's, written the way real exports are (R10): the 48 columns in the
// exported order and one the library does not know, a byte-order mark, CRLF, Excel's apostrophe
// on numbers, 18 decimals, taxes as '0E-20, charge types in any case, ISO, instant and US dates,
// credits printed positive half of the time, changes printed as two lines half of the time,
// quoted cells with commas and quotes. A few subscriptions are billed one cent too much, one line
// has a charge type the rules do not know, and a few subscriptions' cycles are missing from the file:
// what the reconciliation must find.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The 48 columns of a real export, in its order (R10), and one the library does not know. */
export const COLUMNS = [
  'PartnerId',
  'PartnerName',
  'CustomerId',
  'CustomerName',
  'CustomerDomainName',
  'CustomerCountry',
  'InvoiceNumber',
  'MpnId',
  'Tier2MpnId',
  'OrderId',
  'OrderDate',
  'ProductId',
  'SkuId',
  'AvailabilityId',
  'SkuName',
  'ProductName',
  'PublisherName',
  'PublisherId',
  'SubscriptionDescription',
  'SubscriptionId',
  'ChargeStartDate',
  'ChargeEndDate',
  'TermAndBillingCycle',
  'EffectiveUnitPrice',
  'UnitType',
  'Quantity',
  'Subtotal',
  'TaxTotal',
  'Total',
  'Currency',
  'PriceAdjustmentDescription',
  'PublisherDiscount',
  'DiscountDetails',
  'ChargeType',
  'UnitPrice',
  'BillableQuantity',
  'PricingCurrency',
  'PCToBCExchangeRate',
  'PCToBCExchangeRateDate',
  'MeterDescription',
  'ReservationOrderId',
  'CreditReasonCode',
  'SubscriptionStartDate',
  'SubscriptionEndDate',
  'ReferenceId',
  'ProductQualifiers',
  'PromotionId',
  'ProductCategory',
  'BillingMarketplace',
];
if (COLUMNS.length !== 49) throw new Error('48 columns and one unknown');
const at = Object.fromEntries(COLUMNS.map((name, i) => [name, i]));

const DAY = 86_400_000;
/** Days since 1970-01-01 of a UTC date. */
const dayOf = (y, m, d) => Date.UTC(y, m - 1, d) / DAY;
/** The file's month: December 2026. */
const FIRST = dayOf(2026, 12, 1);
const LAST = dayOf(2026, 12, 31);

/** The products sold, each at a monthly price per seat (minor units) for P1Y and P1M. */
const PRODUCTS = [
  {
    productId: 'CFQ7TTC0LH18',
    skuId: '0001',
    name: 'Microsoft 365 Business Basic',
    p1y: 600,
    p1m: 720,
  },
  {
    productId: 'CFQ7TTC0LDPB',
    skuId: '0001',
    name: 'Microsoft 365 Business Standard',
    p1y: 1250,
    p1m: 1500,
  },
  { productId: 'CFQ7TTC0LCHC', skuId: '0002', name: 'Microsoft 365 E3', p1y: 3600, p1m: 4320 },
  {
    productId: 'CFQ7TTC0LH16',
    skuId: '0019',
    name: 'Exchange Online (Plan 1)',
    p1y: 400,
    p1m: 480,
  },
  {
    productId: 'CFQ7TTC0LF8Q',
    skuId: '0001',
    name: 'Microsoft Teams Essentials',
    p1y: 400,
    p1m: 480,
  },
  { productId: 'CFQ7TTC0LH05', skuId: '0002', name: 'Microsoft 365 F3', p1y: 800, p1m: 960 },
];
/** EUR prices are the USD ones × 0.92, rounded to cents. */
const CURRENCIES = ['USD', 'EUR'];
const priceIn = (cents, currency) => (currency === 'USD' ? cents : Math.round(cents * 0.92));

/** A small, seeded generator (mulberry32), so every run writes the same file. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** a / b rounded half up, for a ≥ 0, b > 0 (integers). */
const half = (a, b) => Math.floor((2 * a + b) / (2 * b));
/** Partner Center's proration (CHG-2, NCE-5): Q seats for N of a D-day period at P a seat. */
const prorated = (price, seats, days, period) =>
  half(half(price * seats, period) * days, seats) * seats;

function ymd(day) {
  const d = new Date(day * DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
const pad = (n) => String(n).padStart(2, '0');
/** A day written as the files write it: `YYYY-MM-DD`, a Graph instant, or Excel's M/D/YYYY. */
function dateText(day, style) {
  const [y, m, d] = ymd(day);
  if (style === 0) return `${y}-${pad(m)}-${pad(d)}`;
  if (style === 1) return `${y}-${pad(m)}-${pad(d)}T00:00:00Z`;
  return `${m}/${d}/${y}`;
}
/** The day `months` calendar months after `day` (the anchors here are ≤ the 28th: no clamping). */
function addMonths(day, months) {
  const [y, m, d] = ymd(day);
  return Date.UTC(y, m - 1 + months, d) / DAY;
}

/** Minor units as decimal text with `decimals` places (2: `31.20`; 18 for the unit prices). */
function money(units, decimals = 2) {
  const sign = units < 0 ? '-' : '';
  const text = String(Math.abs(units)).padStart(3, '0');
  const whole = text.slice(0, -2);
  return `${sign}${whole}.${text.slice(-2).padEnd(decimals, '0')}`;
}
/** amount / seats (minor units) as decimal text with 18 decimals, exactly cut (R3, R10). */
function perSeat(amount, seats) {
  const negative = amount < 0 !== seats < 0;
  let a = BigInt(Math.abs(amount));
  const b = BigInt(Math.abs(seats)) * 100n;
  const whole = a / b;
  a %= b;
  let fraction = '';
  for (let i = 0; i < 18; i++) {
    a *= 10n;
    fraction += String(a / b);
    a %= b;
  }
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** A cell quoted when it holds a comma, a quote or a line break. */
function cell(text) {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const TERMS = {
  P1Y: 'Annual term, Monthly billing',
  P1M: 'Monthly term, Monthly billing',
};
const CYCLE_SPELLINGS = ['cycleCharge', 'cyclecharge', 'CycleCharge'];

/**
 * Writes `lines` lines of December 2026's file into `dir` (`recon.csv`), the subscriptions it
 * bills (`resources.json`, as the API pages them: `{ value: [...] }`, fetched on 2027-01-08) and
 * the price list (`prices.csv`). With `subscriptions`, the file bills exactly that many and adds
 * further same-day seat changes, each printed as two lines, until it has `lines` lines: a larger
 * file over the same subscriptions and groups.
 *
 * @returns {{ file: string, resources: string, prices: string, lines: number, subscriptions: number, planted: { different: number, unexpected: number, missing: number } }}
 */
export function writeReconcileFile(dir, { lines, subscriptions, seed = 20261201 } = {}) {
  mkdirSync(dir, { recursive: true });
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const file = join(dir, 'recon.csv');
  const out = openSync(file, 'w');
  let buffer = `\uFEFF${COLUMNS.join(',')}\r\n`;
  let written = 0;
  const flush = (force) => {
    if (force || buffer.length > 1 << 20) {
      writeSync(out, buffer);
      buffer = '';
    }
  };
  const resources = [];
  const planted = { different: 0, unexpected: 0, missing: 0 };
  const partnerId = '0e195b37-4574-4539-bc42-0e539b9684c0';

  /** One row: the subscription's fixed cells and the line's own. */
  function row(sub, line) {
    const cells = new Array(COLUMNS.length).fill('');
    cells[at.PartnerId] = partnerId;
    cells[at.PartnerName] = 'Contoso Cloud Partner, Ltd.';
    cells[at.CustomerId] = sub.customerId;
    cells[at.CustomerName] = sub.customerName;
    cells[at.CustomerDomainName] =
      `${sub.customerName.toLowerCase().replace(/\W+/g, '')}.onmicrosoft.com`;
    cells[at.CustomerCountry] = sub.currency === 'USD' ? 'US' : 'DE';
    cells[at.InvoiceNumber] = 'G0123456789';
    cells[at.MpnId] = '6034453';
    cells[at.Tier2MpnId] = '6048879';
    cells[at.OrderId] = sub.orderId;
    cells[at.OrderDate] = dateText(line.eventDay, sub.dateStyle);
    cells[at.ProductId] = sub.product.productId;
    cells[at.SkuId] = sub.product.skuId;
    cells[at.AvailabilityId] = 'CFQ7TTC0K5RF';
    cells[at.SkuName] = sub.product.name;
    cells[at.ProductName] = sub.product.name;
    cells[at.PublisherName] = 'Microsoft';
    cells[at.PublisherId] = '';
    cells[at.SubscriptionDescription] = sub.product.name;
    cells[at.SubscriptionId] = sub.id;
    cells[at.ChargeStartDate] = dateText(line.start, sub.dateStyle);
    cells[at.ChargeEndDate] = dateText(line.end, sub.dateStyle);
    cells[at.TermAndBillingCycle] = TERMS[sub.term];
    cells[at.EffectiveUnitPrice] = `'${perSeat(line.subtotal, line.billable)}`;
    cells[at.UnitType] = 'Licenses';
    cells[at.Quantity] = String(line.quantity);
    const sign = line.printPositive ? -1 : 1;
    cells[at.Subtotal] = `'${money(sign * line.subtotal, 18)}`;
    cells[at.TaxTotal] = "'0E-20";
    cells[at.Total] = money(sign * line.subtotal);
    cells[at.Currency] = sub.currency;
    cells[at.PriceAdjustmentDescription] = sub.pec
      ? '["15.0% Partner earned credit for services managed"]'
      : '';
    cells[at.ChargeType] = line.chargeType;
    cells[at.UnitPrice] = `'${money(sub.price, 18)}`;
    cells[at.BillableQuantity] = `'${sign * line.billable}.0000`;
    cells[at.PricingCurrency] = sub.currency;
    cells[at.PCToBCExchangeRate] = '1';
    cells[at.PCToBCExchangeRateDate] = dateText(FIRST, sub.dateStyle);
    cells[at.SubscriptionStartDate] = dateText(sub.startDay, sub.dateStyle);
    cells[at.SubscriptionEndDate] = dateText(sub.termEndDay - 1, sub.dateStyle);
    cells[at.ReferenceId] = sub.referenceJson
      ? `{"osId":"${sub.orderId}","id":"${sub.id}","v":2}`
      : sub.orderId;
    cells[at.ProductCategory] = 'OnlineServicesNCE';
    cells[at.BillingMarketplace] = sub.currency === 'USD' ? 'US' : 'DE';
    buffer += `${cells.map(cell).join(',')}\r\n`;
    written++;
    flush(false);
  }

  /** A charge line (positive); a credit line (negative, printed positive half of the time). */
  const charge = (chargeType, start, end, billable, subtotal, quantity, eventDay = start) => ({
    chargeType,
    start,
    end,
    billable,
    subtotal,
    quantity,
    eventDay,
    printPositive: false,
  });

  let made = 0;
  const changing = [];
  while (subscriptions === undefined ? written < lines : made < subscriptions) {
    made++;
    const n = made;
    const product = pick(PRODUCTS);
    const currency = rand() < 0.85 ? CURRENCIES[0] : CURRENCIES[1];
    const roll = rand();
    // what December holds for this subscription
    const kind =
      roll < 0.7
        ? 'cycle'
        : roll < 0.78
          ? 'monthly-term'
          : roll < 0.86
            ? 'purchase'
            : roll < 0.93
              ? 'add'
              : roll < 0.97
                ? 'reduce'
                : 'cancel';
    const term = kind === 'monthly-term' ? 'P1M' : 'P1Y';
    const price = priceIn(term === 'P1M' ? product.p1m : product.p1y, currency);
    const bought = kind === 'purchase' || kind === 'reduce' || kind === 'cancel';
    const anchorDay = int(1, 28);
    const startDay = bought ? dayOf(2026, 12, int(1, 24)) : dayOf(2026, int(1, 11), anchorDay);
    const seats = int(1, 300);
    const sub = {
      id: `${(0x10000000 + n).toString(16)}-d9d2-f09c-ea1f-${String(n).padStart(12, '0')}`,
      customerId: `196e2273-9651-43a3-ba7e-${String(n % 5000).padStart(12, '0')}`,
      customerName: `Customer ${n % 5000}, Inc.`,
      orderId: `0ET2qaZvJGfF9wgSKnWzR5JLm${String(n).padStart(8, '0')}`,
      product,
      currency,
      price,
      term,
      startDay,
      termEndDay: addMonths(startDay, term === 'P1M' ? 1 : 12),
      dateStyle: n % 3,
      pec: n % 4 === 0,
      referenceJson: n % 2 === 0,
    };
    const minutes = int(0, 23 * 60 + 59);
    const orderedAt = new Date(startDay * DAY + minutes * 60_000).toISOString();
    let quantity = seats;
    let status = 'active';
    const cycleType = CYCLE_SPELLINGS[n % 3];
    const subLines = [];
    // the billing period of `day`: [start, end) in days, from the anchor's day of the month
    const periodOf = (day) => {
      let k = 0;
      while (addMonths(sub.startDay, k + 1) <= day) k++;
      return [addMonths(sub.startDay, k), addMonths(sub.startDay, k + 1)];
    };
    if (kind === 'cycle' || kind === 'add' || kind === 'monthly-term') {
      // December's period of a subscription bought earlier in 2026
      const [ps, pe] = periodOf(dayOf(2026, 12, anchorDay));
      const type = term === 'P1M' ? (n % 2 === 0 ? 'renew' : 'Renew') : cycleType;
      const added = kind === 'add' ? int(1, 20) : 0;
      const day = dayOf(2026, 12, int(1, 31));
      // seats added before December's cycle are in it
      const billed = day < ps ? seats + added : seats;
      subLines.push(charge(type, ps, pe - 1, billed, price * billed, billed));
      if (kind === 'add') {
        const [s, e] = periodOf(day);
        const days = e - day;
        const period = e - s;
        quantity = seats + added;
        if (n % 2 === 0) {
          subLines.push(
            charge(
              'addQuantity',
              day,
              e - 1,
              added,
              prorated(price, added, days, period),
              quantity,
            ),
          );
        } else {
          // a change printed as two lines: the old seats back, the new total charged (R2, R4)
          subLines.push(
            charge(
              'addQuantity',
              day,
              e - 1,
              -seats,
              -prorated(price, seats, days, period),
              quantity,
            ),
            charge(
              'AddQuantity',
              day,
              e - 1,
              quantity,
              prorated(price, quantity, days, period),
              quantity,
            ),
          );
        }
        // only a change after December's cycle takes more changes without changing the cycle
        if (day >= ps) changing.push({ sub, day, e, period, resource: resources.length });
      }
    } else {
      const [ps, pe] = periodOf(startDay);
      subLines.push(charge(n % 2 === 0 ? 'new' : 'New', ps, pe - 1, seats, price * seats, seats));
      if (kind === 'reduce' && seats > 1) {
        // seats removed inside the 7 days after the purchase: credited from the day after (NCE-5)
        const removed = int(1, seats - 1);
        const day = startDay + int(1, 6);
        const used = day - ps + 1;
        const credit = price * removed - prorated(price, removed, used, pe - ps);
        quantity = seats - removed;
        const line = charge('removeQuantity', day + 1, pe - 1, -removed, -credit, quantity, day);
        line.printPositive = n % 2 === 0;
        subLines.push(line);
      } else if (kind === 'cancel') {
        const day = startDay + int(1, 6);
        const used = day - ps + 1;
        const credit = price * seats - prorated(price, seats, used, pe - ps);
        status = 'deleted';
        const line = charge('cancelImmediate', day + 1, pe - 1, -seats, -credit, 0, day);
        line.printPositive = n % 2 === 1;
        subLines.push(line);
      }
    }
    // what the reconciliation must find: a cycle the file does not bill, of a subscription it bills
    // otherwise (so its currency is known); a cent too much; a type the rules do not know
    if (kind === 'add' && n % 41 === 0) {
      subLines.splice(0, 1);
      planted.missing++;
    }
    if (n % 997 === 0) {
      const line = subLines[0];
      subLines[0] = { ...line, subtotal: line.subtotal + 1 };
      planted.different++;
    }
    if (n % 1999 === 0) {
      subLines.push(charge('tierTransitionFee', FIRST, LAST, 1, 100, quantity));
      planted.unexpected++;
    }
    for (const line of subLines) row(sub, line);
    // the resource as fetched on 2027-01-08: seats after December, a monthly term renewed
    const fetchedDay = dayOf(2027, 1, 8);
    let termEnd = sub.termEndDay;
    while (termEnd <= fetchedDay) termEnd = addMonths(termEnd, term === 'P1M' ? 1 : 12);
    resources.push({
      id: sub.id,
      offerId: `${product.productId}:${product.skuId}:CFQ7TTC0K5RF`,
      offerName: product.name,
      quantity,
      unitType: 'Licenses',
      productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
      creationDate: orderedAt,
      effectiveStartDate: orderedAt,
      commitmentEndDate: new Date((termEnd - 1) * DAY).toISOString(),
      status,
      autoRenewEnabled: true,
      isTrial: false,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: term,
      isMicrosoftProduct: true,
    });
  }
  // a larger file over the same subscriptions: more seat changes on the days they already change
  for (let i = 0; written < (lines ?? 0) && changing.length > 0; i++) {
    const { sub, day, e, period, resource: index } = changing[i % changing.length];
    const resource = resources[index];
    const before = resource.quantity;
    const after = before + 1;
    resource.quantity = after;
    const days = e - day;
    row(
      sub,
      charge('addQuantity', day, e - 1, -before, -prorated(sub.price, before, days, period), after),
    );
    row(
      sub,
      charge('addQuantity', day, e - 1, after, prorated(sub.price, after, days, period), after),
    );
  }
  flush(true);
  closeSync(out);

  const resourcesFile = join(dir, 'resources.json');
  const json = openSync(resourcesFile, 'w');
  writeSync(json, '{"value":[\n');
  resources.forEach((resource, i) => {
    writeSync(json, `${i === 0 ? '' : ',\n'}${JSON.stringify(resource)}`);
  });
  writeSync(json, `\n],"totalCount":${resources.length}}\n`);
  closeSync(json);

  // the price list as Partner Center's has it, reduced to the rows sold here and to its columns
  // that price them: an annual term billed monthly is listed at the term's price, twelve months
  // (PL-2). One file for both currencies, so without a Market column: a list of several markets
  // needs --market, and this file's subscriptions are billed in two (PL-7)
  const pricesFile = join(dir, 'prices.csv');
  const rows = ['ProductTitle,ProductId,SkuId,TermDuration,BillingPlan,Currency,UnitPrice'];
  for (const product of PRODUCTS) {
    for (const currency of CURRENCIES) {
      for (const term of ['P1Y', 'P1M']) {
        const cents = priceIn(term === 'P1M' ? product.p1m : product.p1y, currency);
        rows.push(
          [
            cell(product.name),
            product.productId,
            product.skuId,
            term,
            'Monthly',
            currency,
            money(term === 'P1Y' ? cents * 12 : cents, 4),
          ].join(','),
        );
      }
    }
  }
  const prices = openSync(pricesFile, 'w');
  writeSync(prices, `${rows.join('\r\n')}\r\n`);
  closeSync(prices);
  return {
    file,
    resources: resourcesFile,
    prices: pricesFile,
    lines: written,
    subscriptions: made,
    planted,
  };
}
