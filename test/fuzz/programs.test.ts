import { fuzzEntry } from './_suite.ts';

// Hostile input to every export of the program entries and their locales (see _suite.ts).
fuzzEntry('subscription-rules/new-commerce');
fuzzEntry('subscription-rules/legacy');
for (const program of ['new-commerce', 'legacy'])
  for (const tag of ['en', 'ko', 'zh-Hans', 'zh-Hant'])
    fuzzEntry(`subscription-rules/${program}/locales/${tag}`);
