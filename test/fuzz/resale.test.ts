import { fuzzEntry } from './_suite.ts';

// Hostile input to every export of `subscription-rules/resale` (see _suite.ts).
fuzzEntry('subscription-rules/resale');
