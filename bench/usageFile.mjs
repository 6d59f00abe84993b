// An Azure plan daily rated usage file as Partner Center exports it: the input of
// `npm run bench:usage`. November 2026's usage of a partner's Azure plan subscriptions, one line
// per resource, meter and day, written three ways from the same lines: the portal's CSV (the 55
// columns of a real export in their order, a byte-order mark, CRLF, M/D/YYYY days, quoted JSON
// tags), the same CSV gzipped, and the Graph export — a folder of gzip JSON-lines blobs (PascalCase
// keys, numbers as JSON numbers printed with all their digits, ISO instants) with its
// manifest.json (`blobCount`, `blobs`).
//
// The values have real shapes: GUIDs, meter names and categories of Azure's price list, resource
// locations and URIs, quantities with 15 decimals, FX rates with 8, PEC 15 % on eligible meters,
// Spot and marketplace meters without it, some days without PEC (admin access lost for a day or
// two, or the whole month), a few customers on an Azure credit (100 %, billed 0), five billing
// currencies. Every BillingPreTaxTotal is USG-2's arithmetic computed exactly here, apart from the
// library: one truncation of EffectiveUnitPrice × Quantity × PCToBCExchangeRate to the billing
// currency's unit.
//
// Deterministic from a seed: each line's values come from a hash of (seed, resource, day), so no
// table of lines is held: the file is written as it is generated, never whole in memory. The
// subscriptions are a fixed population (500 unless told), so a larger file is more resources on the
// same subscriptions: more lines, the same invoice groups.
import { once } from 'node:events';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';

/** The 55 columns of a real export (U3 and U4), in its order. */
export const USAGE_FILE_COLUMNS = [
  'PartnerId',
  'PartnerName',
  'CustomerId',
  'CustomerName',
  'CustomerDomainName',
  'CustomerCountry',
  'MpnId',
  'Tier2MpnId',
  'InvoiceNumber',
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
  'UsageDate',
  'MeterType',
  'MeterCategory',
  'MeterId',
  'MeterSubCategory',
  'MeterName',
  'MeterRegion',
  'Unit',
  'ResourceLocation',
  'ConsumedService',
  'ResourceGroup',
  'ResourceURI',
  'ChargeType',
  'UnitPrice',
  'Quantity',
  'UnitType',
  'BillingPreTaxTotal',
  'BillingCurrency',
  'PricingPreTaxTotal',
  'PricingCurrency',
  'ServiceInfo1',
  'ServiceInfo2',
  'Tags',
  'AdditionalInfo',
  'EffectiveUnitPrice',
  'PCToBCExchangeRate',
  'PCToBCExchangeRateDate',
  'EntitlementId',
  'EntitlementDescription',
  'PartnerEarnedCreditPercentage',
  'CreditPercentage',
  'CreditType',
  'BenefitOrderId',
  'BenefitId',
  'BenefitType',
];
if (USAGE_FILE_COLUMNS.length !== 55) throw new Error('a real export has 55 columns');
/** The columns a JSON blob writes as numbers. */
const NUMERIC = new Set([
  'UnitPrice',
  'Quantity',
  'BillingPreTaxTotal',
  'PricingPreTaxTotal',
  'EffectiveUnitPrice',
  'PCToBCExchangeRate',
  'PartnerEarnedCreditPercentage',
  'CreditPercentage',
]);

/** November 2026: the days used, the billing cycle. */
const YEAR = 2026;
const MONTH = 11;
const DAYS = 30;

/**
 * Meters of Azure's price list: category, sub-category, name, unit, service, resource type,
 * the product and SKU that bill them, the USD list price, and how a day's quantity goes.
 * Spot meters (named so) and marketplace ones (another publisher) earn no PEC (U19).
 */
const METERS = [
  [
    'Virtual Machines',
    'Dsv5 Series',
    'D2s v5',
    '1 Hour',
    'Microsoft.Compute',
    'virtualMachines',
    'DZH318Z0BQ3Q',
    '00QZ',
    '0.096',
    'hours',
  ],
  [
    'Virtual Machines',
    'Dsv5 Series',
    'D4s v5',
    '1 Hour',
    'Microsoft.Compute',
    'virtualMachines',
    'DZH318Z0BQ3Q',
    '00R0',
    '0.192',
    'hours',
  ],
  [
    'Virtual Machines',
    'Dsv5 Series Windows',
    'D8s v5',
    '1 Hour',
    'Microsoft.Compute',
    'virtualMachines',
    'DZH318Z0BQ3Q',
    '00R4',
    '0.752',
    'hours',
  ],
  [
    'Virtual Machines',
    'Dsv5 Series',
    'D2s v5 Spot',
    '1 Hour',
    'Microsoft.Compute',
    'virtualMachines',
    'DZH318Z0BQ3Q',
    '00S1',
    '0.0192',
    'hours',
  ],
  [
    'Virtual Machines',
    'BS Series',
    'B2ms',
    '1 Hour',
    'Microsoft.Compute',
    'virtualMachines',
    'DZH318Z0BQ4X',
    '0016',
    '0.0832',
    'hours',
  ],
  [
    'Storage',
    'Premium SSD Managed Disks',
    'P10 LRS Disk',
    '1/Month',
    'Microsoft.Compute',
    'disks',
    'DZH317F1HKN0',
    '0009',
    '0.6528',
    'disk',
  ],
  [
    'Storage',
    'Standard SSD Managed Disks',
    'E10 LRS Disk',
    '1/Month',
    'Microsoft.Compute',
    'disks',
    'DZH318Z0BP04',
    '0033',
    '0.2566',
    'disk',
  ],
  [
    'Storage',
    'Tiered Block Blob',
    'Hot LRS Data Stored',
    '1 GB/Month',
    'Microsoft.Storage',
    'storageAccounts',
    'DZH318Z0BPVW',
    '00D4',
    '0.0208',
    'gb',
  ],
  [
    'Storage',
    'Tiered Block Blob',
    'Hot Read Operations',
    '10K',
    'Microsoft.Storage',
    'storageAccounts',
    'DZH318Z0BPVW',
    '00D5',
    '0.0044',
    'count',
  ],
  [
    'Storage',
    'Tables',
    'LRS Data Stored',
    '1 GB/Month',
    'Microsoft.Storage',
    'storageAccounts',
    'DZH318Z0BNXF',
    '002P',
    '0.045',
    'gb',
  ],
  [
    'Bandwidth',
    'Rtn Preference: MGN',
    'Standard Data Transfer Out',
    '1 GB',
    'Microsoft.Network',
    'publicIPAddresses',
    'DZH318Z0BNVX',
    '003C',
    '0.087',
    'gb',
  ],
  [
    'Bandwidth',
    'Inter-Region',
    'Intra Continent Data Transfer Out',
    '1 GB',
    'Microsoft.Network',
    'virtualNetworks',
    'DZH318Z0BNVX',
    '004B',
    '0.02',
    'gb',
  ],
  [
    'Virtual Network',
    'IP Addresses',
    'Standard IPv4 Static Public IP',
    '1 Hour',
    'Microsoft.Network',
    'publicIPAddresses',
    'DZH318Z0BNZH',
    '0007',
    '0.005',
    'hours',
  ],
  [
    'Load Balancer',
    'Standard',
    'Standard Included LB Rules and Outbound Rules',
    '1 Hour',
    'Microsoft.Network',
    'loadBalancers',
    'DZH318Z0BNZJ',
    '0001',
    '0.025',
    'hours',
  ],
  [
    'SQL Database',
    'General Purpose - Compute Gen5',
    'vCore',
    '1 Hour',
    'Microsoft.Sql',
    'servers',
    'DZH318Z0BQPS',
    '00GK',
    '0.5044',
    'hours',
  ],
  [
    'Azure App Service',
    'Premium v3 Plan',
    'P1 v3 App',
    '1 Hour',
    'Microsoft.Web',
    'serverFarms',
    'DZH318Z0BQ1K',
    '0039',
    '0.169',
    'hours',
  ],
  [
    'Log Analytics',
    'Analytics Logs',
    'Pay-as-you-go Data Ingestion',
    '1 GB',
    'Microsoft.OperationalInsights',
    'workspaces',
    'DZH318Z0BP5C',
    '000H',
    '2.76',
    'gb',
  ],
  [
    'Key Vault',
    'Standard',
    'Operations',
    '10K',
    'Microsoft.KeyVault',
    'vaults',
    'DZH318Z0BPH7',
    '0003',
    '0.03',
    'count',
  ],
  [
    'Azure Monitor',
    'Alerts',
    'Metric Monitored',
    '1',
    'Microsoft.Insights',
    'metricAlerts',
    'DZH318Z0BP6F',
    '0011',
    '0.1',
    'count',
  ],
  [
    'Virtual Machines Licenses',
    'Red Hat Enterprise Linux',
    '1 vCPU VM License',
    '1 Hour',
    'Microsoft.Compute',
    'virtualMachines',
    'DZH318Z0BWJB',
    '0002',
    '0.06',
    'hours',
    'Red Hat',
  ],
  [
    'SaaS',
    'Barracuda CloudGen Firewall',
    'Barracuda CloudGen Firewall BYOL',
    '1 Hour',
    'Microsoft.Compute',
    'virtualMachines',
    'DZH318Z0BXQ9',
    '0005',
    '0.011',
    'hours',
    'Barracuda Networks',
  ],
].map(
  ([
    category,
    subCategory,
    name,
    unit,
    service,
    type,
    productId,
    skuId,
    unitPrice,
    per,
    publisher,
  ]) => ({
    category,
    subCategory,
    name,
    unit,
    service,
    type,
    productId,
    skuId,
    availabilityId: `${productId.slice(0, 8)}${skuId}`,
    unitPrice,
    per,
    publisher: publisher ?? 'Microsoft',
    /** U19: Spot by name, marketplace by publisher. */
    eligible: publisher === undefined && !/\bSpot\b/.test(name),
  }),
);
/** How often each meter is used, in the same order: virtual machines and storage the most. */
const METER_WEIGHTS = [14, 10, 4, 3, 8, 9, 6, 9, 7, 3, 8, 4, 7, 3, 4, 3, 3, 2, 2, 1, 1];

/** Billing currencies by customer country, with the month's rate from USD (U9) and decimals. */
const MARKETS = [
  { country: 'US', currency: 'USD', rate: '1', exponent: 2n, location: ['eastus', 'US East'] },
  { country: 'US', currency: 'USD', rate: '1', exponent: 2n, location: ['westus2', 'US West 2'] },
  {
    country: 'DE',
    currency: 'EUR',
    rate: '0.92345678',
    exponent: 2n,
    location: ['westeurope', 'EU West'],
  },
  {
    country: 'FR',
    currency: 'EUR',
    rate: '0.92345678',
    exponent: 2n,
    location: ['francecentral', 'FR Central'],
  },
  {
    country: 'GB',
    currency: 'GBP',
    rate: '0.79123456',
    exponent: 2n,
    location: ['uksouth', 'UK South'],
  },
  {
    country: 'AU',
    currency: 'AUD',
    rate: '1.52345678',
    exponent: 2n,
    location: ['australiaeast', 'AU East'],
  },
  {
    country: 'JP',
    currency: 'JPY',
    rate: '150.25',
    exponent: 0n,
    location: ['japaneast', 'JA East'],
  },
];

/** A 32-bit hash of integers (FNV-1a over their bytes, then a finaliser). */
function hash(...keys) {
  let h = 0x811c9dc5;
  for (const key of keys) {
    for (let k = key >>> 0, i = 0; i < 4; i++, k >>>= 8) {
      h ^= k & 0xff;
      h = Math.imul(h, 0x01000193);
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A seeded generator (mulberry32) from a hash of `keys`: the values of one thing, every run the same. */
function random(...keys) {
  let a = hash(...keys);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A GUID from a hash of `keys`. */
function guid(...keys) {
  const hex = [0, 1, 2, 3]
    .map((i) =>
      hash(...keys, i)
        .toString(16)
        .padStart(8, '0'),
    )
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A decimal's text as exact integer units and a scale. */
function exact(text) {
  const [whole, fraction = ''] = text.split('.');
  return { units: BigInt(whole + fraction), scale: fraction.length };
}
/** The product of exact decimals. */
function product(...values) {
  return values.reduce((a, b) => ({ units: a.units * b.units, scale: a.scale + b.scale }));
}
/** An exact decimal's text, without trailing zeros. */
function decimalText({ units, scale }) {
  if (scale === 0) return units.toString();
  const digits = units.toString().padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
  return text;
}
/** Truncated toward zero to `exponent` decimals, as text with exactly that many. */
function truncatedText({ units, scale }, exponent) {
  const minor =
    scale >= exponent
      ? units / 10n ** BigInt(scale - exponent)
      : units * 10n ** BigInt(exponent - scale);
  if (exponent === 0) return minor.toString();
  const digits = minor.toString().padStart(exponent + 1, '0');
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const PEC = exact('0.85');
const pad = (n) => String(n).padStart(2, '0');

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function cell(text) {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes the usage file of `lines` lines into `dir`: `dru.csv`, `dru.csv.gz` and the folder
 * `blobs/` (gzip JSON lines, `linesPerBlob` a blob, with manifest.json), in one pass.
 *
 * @param {string} dir - The folder to write into (made when missing).
 * @param {{ lines: number, seed?: number, subscriptions?: number, linesPerBlob?: number }} options
 * @returns {Promise<object>} The files written, their line count, and what the generator put in
 *   that the rules see: lines without PEC on an eligible meter, on excluded meters, on credit.
 */
export async function writeUsageFile(
  dir,
  { lines, seed = 20261130, subscriptions = 500, linesPerBlob = 250_000 },
) {
  if (!Number.isSafeInteger(lines) || lines < 1)
    throw new Error(`lines: expected a count, not ${lines}`);
  mkdirSync(join(dir, 'blobs'), { recursive: true });
  const csv = createWriteStream(join(dir, 'dru.csv'));
  const gzipFile = createWriteStream(join(dir, 'dru.csv.gz'));
  const gzip = createGzip({ level: 1 });
  gzip.pipe(gzipFile);
  const blobNames = [];
  let blob;
  let blobFile;

  /** Writes `text` to a stream, waiting while it is full: the file never held in memory. */
  async function put(stream, text) {
    if (!stream.write(text)) await once(stream, 'drain');
  }
  async function closeBlob() {
    if (blob === undefined) return;
    blob.end();
    await once(blobFile, 'close');
    blob = undefined;
  }
  async function openBlob() {
    await closeBlob();
    const name = `part-${String(blobNames.length).padStart(5, '0')}.json.gz`;
    blobNames.push(name);
    blob = createGzip({ level: 1 });
    blobFile = createWriteStream(join(dir, 'blobs', name));
    blob.pipe(blobFile);
  }

  const partnerId = guid(seed, 1);
  const header = `\uFEFF${USAGE_FILE_COLUMNS.join(',')}\r\n`;
  await put(csv, header);
  await put(gzip, header);

  const resources = Math.ceil(lines / DAYS);
  const weightSum = METER_WEIGHTS.reduce((a, b) => a + b, 0);
  const planted = { pecNotEarned: 0, excludedMeter: 0, credit: 0 };
  let csvText = '';
  let jsonText = '';
  let written = 0;
  for (let day = 1; day <= DAYS && written < lines; day++) {
    for (let r = 0; r < resources && written < lines; r++) {
      if (written % linesPerBlob === 0) {
        if (jsonText !== '') await put(blob, jsonText);
        jsonText = '';
        await openBlob();
      }
      const values = lineValues(seed, partnerId, subscriptions, r, day, weightSum, planted);
      csvText += `${values.map(cell).join(',')}\r\n`;
      jsonText += `${jsonLine(values, day)}\n`;
      written++;
      if (csvText.length > 1 << 18) {
        await put(csv, csvText);
        await put(gzip, csvText);
        await put(blob, jsonText);
        csvText = '';
        jsonText = '';
      }
    }
  }
  await put(csv, csvText);
  await put(gzip, csvText);
  await put(blob, jsonText);
  csv.end();
  gzip.end();
  await Promise.all([once(csv, 'close'), once(gzipFile, 'close'), closeBlob()]);
  const manifest = {
    id: guid(seed, 2),
    schemaVersion: '2',
    dataFormat: 'compressedJSONLines',
    createdDateTime: '2026-12-02T06:00:00Z',
    partitionType: 'default',
    blobCount: blobNames.length,
    blobs: blobNames.map((name) => ({ name, partitionValue: 'default' })),
  };
  writeFileSync(join(dir, 'blobs', 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const counted = { lines: written, seed, subscriptions, blobCount: blobNames.length, planted };
  // written last: a folder with it holds the whole file (usageFileIn reads it back)
  writeFileSync(join(dir, 'file.json'), `${JSON.stringify(counted)}\n`);
  return usageFileIn(dir, counted);
}

/**
 * The usage file written earlier into `dir` with `lines` lines and this seed, if its writing
 * ended there (its file.json says so), so a bench can measure it again without writing it again.
 *
 * @param {string} dir
 * @param {{ lines: number, seed?: number }} options
 */
export function readUsageFile(dir, { lines, seed = 20261130 }) {
  try {
    const written = JSON.parse(readFileSync(join(dir, 'file.json'), 'utf8'));
    return written.lines === lines && written.seed === seed ? usageFileIn(dir, written) : undefined;
  } catch {
    return undefined;
  }
}

/** The paths of a usage file's three forms in `dir`, with what its writing counted. */
function usageFileIn(dir, { lines, subscriptions, blobCount, planted }) {
  return {
    dir,
    lines,
    subscriptions,
    csv: join(dir, 'dru.csv'),
    gzip: join(dir, 'dru.csv.gz'),
    blobs: join(dir, 'blobs'),
    blobCount,
    planted,
  };
}

/** What stays the same for a subscription across its lines, computed once (a small table). */
const customers = new Map();
function customerOf(seed, s) {
  const key = `${seed}:${s}`;
  let found = customers.get(key);
  if (found !== undefined) return found;
  const next = random(seed, 20, s);
  const market = MARKETS[Math.floor(next() * MARKETS.length)];
  const count = 1 + Math.floor(next() * 3);
  const group = `rg-${['prod', 'dev', 'test', 'shared'][s % 4]}`;
  const entitlements = Array.from({ length: count }, (_, e) => {
    // admin access: 1 in 25 Azure subscriptions lose it for one to three days, 1 in 200 all month
    const access = random(seed, 30, s, e);
    const lostFrom = access() < 0.04 ? 1 + Math.floor(access() * DAYS) : Number.POSITIVE_INFINITY;
    const lostTo = access() < 0.125 ? DAYS : lostFrom + Math.floor(access() * 3);
    return { id: guid(seed, 23, s, e), lostFrom, lostTo, group: `${group}-${(s * 7 + e) % 97}` };
  });
  found = {
    market,
    entitlements,
    onCredit: next() < 0.02,
    id: guid(seed, 21, s),
    subscriptionId: guid(seed, 22, s),
    name: s % 11 === 0 ? `Fabrikam ${s}, Inc.` : `Customer ${s} Pty Ltd`,
    tier2: s % 5 === 0 ? '' : String(5_000_000 + (s % 900)),
    invoice: `G0${String(10_000_000 + MARKETS.indexOf(market)).slice(1)}`,
    tags: (env, e) =>
      s % 3 === 0 ? `{"env":"${env}","costCenter":"${1000 + ((s + e) % 50)}"}` : '',
    rate: exact(market.rate),
  };
  customers.set(key, found);
  return found;
}
const meterIds = new Map();
function meterIdOf(seed, m) {
  const key = `${seed}:${m}`;
  if (!meterIds.has(key)) meterIds.set(key, [guid(seed, 60, m), guid(seed, 50, m)]);
  return meterIds.get(key);
}

/** One line's 55 cells, in the columns' order: resource `r` on `day`. */
function lineValues(seed, partnerId, subscriptions, r, day, weightSum, planted) {
  const resource = random(seed, 10, r);
  const s = Math.floor(resource() * subscriptions);
  const customer = customerOf(seed, s);
  const { market, onCredit } = customer;
  const e = Math.floor(resource() * customer.entitlements.length);
  const entitlement = customer.entitlements[e];
  let pick = resource() * weightSum;
  let m = 0;
  while (pick >= METER_WEIGHTS[m]) pick -= METER_WEIGHTS[m++];
  const meter = METERS[m];
  const [meterId, publisherId] = meterIdOf(seed, m);
  const noAccess = day >= entitlement.lostFrom && day <= entitlement.lostTo;
  const pec = meter.eligible && !noAccess ? '15' : '0';
  if (meter.eligible && noAccess) planted.pecNotEarned++;
  if (!meter.eligible) planted.excludedMeter++;
  if (onCredit) planted.credit++;

  const today = random(seed, 40, r, day);
  const quantity = quantityOf(meter.per, today);
  const unitPrice = exact(meter.unitPrice);
  const eupExact = onCredit
    ? { units: 0n, scale: 0 }
    : pec === '15'
      ? product(unitPrice, PEC)
      : unitPrice;
  const billed = truncatedText(product(eupExact, quantity, customer.rate), Number(market.exponent));
  const group = entitlement.group;
  const resourceName = `${meter.type.slice(0, 4).toLowerCase()}-${(r % 100_000).toString(36)}`;
  const info =
    meter.service === 'Microsoft.Compute' && meter.type === 'virtualMachines'
      ? `{"ServiceType":"Standard_${meter.name.replace(' Spot', '').replaceAll(' ', '_')}","VMName":"${resourceName}","UsageType":"ComputeHR"}`
      : '';
  return [
    partnerId,
    'Contoso Cloud Distribution Ltd',
    customer.id,
    customer.name,
    `customer${s}.onmicrosoft.com`,
    market.country,
    '4123456',
    customer.tier2,
    customer.invoice,
    meter.productId,
    meter.skuId,
    meter.availabilityId,
    meter.name,
    `${meter.category} ${meter.subCategory}`,
    meter.publisher,
    meter.publisher === 'Microsoft' ? '' : publisherId,
    'Azure plan',
    customer.subscriptionId,
    `${MONTH}/1/${YEAR}`,
    `${MONTH}/${DAYS}/${YEAR}`,
    `${MONTH}/${day}/${YEAR}`,
    meter.unit,
    meter.category,
    meterId,
    meter.subCategory,
    meter.name,
    market.location[1],
    meter.unit,
    market.location[0],
    meter.service,
    group,
    `/subscriptions/${entitlement.id}/resourceGroups/${group}/providers/${meter.service}/${meter.type}/${resourceName}`,
    'new',
    meter.unitPrice,
    decimalText(quantity),
    meter.unit,
    billed,
    market.currency,
    decimalText(product(eupExact, quantity)),
    'USD',
    '',
    '',
    customer.tags(group.split('-')[1], e),
    info,
    decimalText(eupExact),
    market.rate,
    `${MONTH}/1/${YEAR}`,
    entitlement.id,
    `Azure subscription ${e + 1}`,
    pec,
    onCredit ? '100' : '0',
    onCredit
      ? 'Azure Credit Applied'
      : pec === '15'
        ? 'Partner Earned Credit Applied'
        : 'Credit Not Applied',
    '',
    '',
    '',
  ];
}

/** A day's quantity of a meter, with up to 15 decimals. */
function quantityOf(per, next) {
  const fraction = BigInt(Math.floor(next() * 1e15));
  switch (per) {
    case 'hours':
      // most run all day; some start or stop within it
      return next() < 0.7
        ? { units: 24n, scale: 0 }
        : { units: BigInt(Math.floor(next() * 23)) * 10n ** 15n + fraction, scale: 15 };
    case 'disk':
      return { units: 10n ** 15n / 30n, scale: 15 };
    case 'gb':
      return { units: BigInt(Math.floor(next() * 500)) * 10n ** 15n + fraction, scale: 15 };
    default:
      return { units: BigInt(Math.floor(next() * 90)) * 10n ** 15n + fraction, scale: 15 };
  }
}

/** The line as the Graph export writes it: one JSON object, numbers with all their digits. */
function jsonLine(values, day) {
  const fields = [];
  for (let i = 0; i < 55; i++) {
    const name = USAGE_FILE_COLUMNS[i];
    let value = values[i];
    if (value === '') continue;
    if (name === 'UsageDate') value = `${YEAR}-${MONTH}-${pad(day)}T00:00:00Z`;
    else if (name === 'ChargeStartDate' || name === 'PCToBCExchangeRateDate')
      value = `${YEAR}-${MONTH}-01T00:00:00Z`;
    else if (name === 'ChargeEndDate') value = `${YEAR}-${MONTH}-${DAYS}T23:59:59Z`;
    fields.push(`"${name}":${NUMERIC.has(name) ? value : JSON.stringify(value)}`);
  }
  return `{${fields.join(',')}}`;
}
