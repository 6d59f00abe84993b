import { fuzzEntry } from './_suite.ts';

// The locale entries export one constant each (see _suite.ts): checked like every other export.
fuzzEntry('subscription-rules/locales/en');
fuzzEntry('subscription-rules/locales/ko');
fuzzEntry('subscription-rules/locales/zh-Hans');
fuzzEntry('subscription-rules/locales/zh-Hant');
