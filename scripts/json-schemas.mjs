// Writes dist/json-schema/<name>.json from the same zod/mini schemas the schemas entry exports, so
// services in other languages validate the same shapes (published as subscription-rules/json-schema/*).
// The input side of each schema is written: what a caller sends. Checks that JSON Schema cannot say
// (a day that exists, a market name that resolves, cross-field rules of a stored state) stay zod's.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import * as schemas from '../dist/schemas.js';

export const jsonSchemaNames = {
  customer: schemas.customerSchema,
  'download-link': schemas.downloadLinkSchema,
  event: schemas.eventSchema,
  money: schemas.moneySchema,
  offer: schemas.offerSchema,
  'partner-center-subscription': schemas.partnerCenterSubscriptionSchema,
  policy: schemas.policySchema,
  purchase: schemas.purchaseSchema,
  'quote-input': schemas.quoteInputSchema,
  subscription: schemas.subscriptionSchema,
  'subscription-input': schemas.subscriptionInputSchema,
  'support-request': schemas.supportRequestSchema,
};

const folder = new URL('../dist/json-schema/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemaNames)) {
  const json = z.toJSONSchema(schema(), { io: 'input', unrepresentable: 'any' });
  json.$id = `urn:subscription-rules:json-schema:${name}`;
  json.title = name;
  writeFileSync(new URL(`${name}.json`, folder), `${JSON.stringify(json, null, 2)}\n`);
}
