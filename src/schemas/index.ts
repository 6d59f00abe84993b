/**
 * subscription-rules/schemas: zod/mini schemas and `parseX` functions for JSON from outside
 * (SPEC ERR-2). Import from here at the edges of a service; the root entry stays free of zod.
 *
 * @packageDocumentation
 */

export type { ParseResult } from './ParseResult.ts';
export { parsePolicy } from './parsePolicy.ts';
export { parseSupportRequest } from './parseSupportRequest.ts';
export type {
  SupportRequest,
  SupportRequestContact,
  SupportRequestDomain,
  SupportRequestProblemType,
  SupportRequestTenant,
} from './SupportRequest.ts';
