import { fuzzEntry } from './_suite.ts';

// Hostile input to every export of `subscription-rules/schemas` (see _suite.ts; FUZZ_RUNS cases per export).
fuzzEntry('subscription-rules/schemas');
