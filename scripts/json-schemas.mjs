// Writes dist/json-schema/<name>.json from the same zod/mini schemas the schemas entry exports, so
// services in other languages validate the same shapes (published as subscription-rules/json-schema/*).
// The input side of each schema is written: what a caller sends. Checks that JSON Schema cannot say
// (a day that exists, a market name that resolves, cross-field rules of a stored state) stay zod's.
// A subschema used in several places (the market codes, a product's rules, a cancellation rule) is
// written once under $defs and referenced with $ref; expanding every $ref gives back exactly the
// schema written inline, which this script checks before it writes a file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod/mini';
import * as schemas from '../dist/schemas.js';

export const jsonSchemaNames = {
  customer: schemas.customerSchema,
  'custom-term-end-dates-input': schemas.customTermEndDatesInputSchema,
  'download-link': schemas.downloadLinkSchema,
  event: schemas.eventSchema,
  holdings: schemas.holdingsSchema,
  invoice: schemas.invoiceSchema,
  'invoice-line': schemas.invoiceLineSchema,
  money: schemas.moneySchema,
  'new-commerce-charge-effect': schemas.newCommerceChargeEffectSchema,
  'new-commerce-credit-effect': schemas.newCommerceCreditEffectSchema,
  offer: schemas.offerSchema,
  order: schemas.orderSchema,
  'partner-center-subscription': schemas.partnerCenterSubscriptionSchema,
  policy: schemas.policySchema,
  promotion: schemas.promotionSchema,
  purchase: schemas.purchaseSchema,
  'quote-input': schemas.quoteInputSchema,
  'refund-history': schemas.refundHistorySchema,
  reservation: schemas.reservationSchema,
  'savings-plan': schemas.savingsPlanSchema,
  subscription: schemas.subscriptionSchema,
  'subscription-input': schemas.subscriptionInputSchema,
  'support-request': schemas.supportRequestSchema,
  'upgrade-request': schemas.upgradeRequestSchema,
};

const DEFS = '#/$defs/';
/** Below this many bytes of JSON a shared subschema is written inline: a $ref would save little. */
const SMALLEST_DEF = 200;

/** How many times each $ref occurs in a node, $defs included. */
function refCounts(node, counts = new Map()) {
  if (node !== null && typeof node === 'object') {
    if (typeof node.$ref === 'string') counts.set(node.$ref, (counts.get(node.$ref) ?? 0) + 1);
    for (const value of Object.values(node)) refCounts(value, counts);
  }
  return counts;
}

/** The node with every `{ $ref }` that `replace` answers replaced by its answer. */
function replaceRefs(node, replace) {
  if (Array.isArray(node)) return node.map((value) => replaceRefs(value, replace));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string' && Object.keys(node).length === 1) {
    const replacement = replace(node.$ref);
    if (replacement !== undefined) return replacement;
  }
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, replaceRefs(value, replace)]),
  );
}

/** The schema with every $ref into its $defs expanded, and no $defs. */
function expanded({ $defs = {}, ...root }) {
  const expand = (node) => replaceRefs(node, (ref) => expand($defs[ref.slice(DEFS.length)]));
  return expand(root);
}

/**
 * The JSON Schema of a zod schema, each subschema that zod finds in several places written once
 * under $defs (`reused: 'ref'`), except those used once or too small to be worth a $ref, which are
 * put back inline.
 */
function jsonSchemaOf(schema) {
  const options = { io: 'input', unrepresentable: 'any' };
  const inline = z.toJSONSchema(schema, options);
  let json = z.toJSONSchema(schema, { ...options, reused: 'ref' });
  for (;;) {
    const counts = refCounts(json);
    const [id, def] =
      Object.entries(json.$defs ?? {}).find(
        ([key, value]) =>
          (counts.get(DEFS + key) ?? 0) <= 1 || JSON.stringify(value).length < SMALLEST_DEF,
      ) ?? [];
    if (id === undefined) break;
    const { [id]: _, ...$defs } = replaceRefs(json.$defs, (ref) =>
      ref === DEFS + id ? def : undefined,
    );
    json = replaceRefs({ ...json, $defs }, (ref) => (ref === DEFS + id ? def : undefined));
    if (Object.keys($defs).length === 0) delete json.$defs;
  }
  if (!isDeepStrictEqual(expanded(json), expanded(inline))) {
    throw new Error('a JSON Schema with $defs does not expand to the schema written inline');
  }
  return json;
}

const folder = new URL('../dist/json-schema/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemaNames)) {
  const json = jsonSchemaOf(schema());
  json.$id = `urn:subscription-rules:json-schema:${name}`;
  json.title = name;
  writeFileSync(new URL(`${name}.json`, folder), `${JSON.stringify(json, null, 2)}\n`);
}
