import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const dist = (file: string): string =>
  fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

/** The minified bundle a user's bundler makes of `code`, which imports from the built package. */
function bundle(code: string): string {
  const out = buildSync({
    stdin: { contents: code, resolveDir: dist(''), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    charset: 'utf8', // text as written, so a language is found by its script
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

const hangul = /\p{Script=Hangul}/u;
const han = /\p{Script=Han}/u;

describe('the locales as package entries', () => {
  it('MSG-1: a bundle of the whole root entry, English only, carries no other language and no date formatting', () => {
    const english = bundle(`export * from '${dist('index.js')}';`);
    expect(english).toContain('Cancelled within {count} {unit:s} of the order');
    expect(english).not.toMatch(hangul);
    expect(english).not.toMatch(han);
    expect(english).not.toContain('DateTimeFormat');
  });

  it('MSG-1: cancellationDecision alone carries the refund texts, not the lifecycle or offer texts', () => {
    const refunds = bundle(`export { cancellationDecision } from '${dist('index.js')}';`);
    expect(refunds).toContain('refund.full-credit');
    expect(refunds).not.toContain('lifecycle.refused');
    expect(refunds).not.toContain('offer.not-transactable');
  });

  it('MSG-1: each locale entry carries its own language only', () => {
    const ko = bundle(`export { ko } from '${dist('locales/ko.js')}';`);
    expect(ko).toMatch(hangul);
    expect(ko).not.toContain('信用');
    const zhHans = bundle(`export { zhHans } from '${dist('locales/zh-Hans.js')}';`);
    expect(zhHans).toContain('信用额度');
    expect(zhHans).not.toMatch(hangul);
    expect(zhHans).not.toContain('信用額度');
    const zhHant = bundle(`export { zhHant } from '${dist('locales/zh-Hant.js')}';`);
    expect(zhHant).toContain('信用額度');
    expect(zhHant).not.toContain('信用额度');
    expect(zhHant).not.toContain('點數');
  });

  it('NCE-1: a bundle of subscription-rules/new-commerce holds no legacy rule, policy, product or sentence', () => {
    const nce = bundle(`export * from '${dist('new-commerce.js')}';`);
    expect(nce).toContain('refund.term.prorated-credit');
    expect(nce).toContain('partner-center-nce-2023-01');
    for (const legacy of [
      'partner-center-2020-01',
      'partner-center-2021-03',
      'windows-7-esu',
      'software-plan',
      'REF-1',
      'REF-2',
      'REF-5',
      'of the order',
      'refund.full-credit',
      'refund.stated.',
    ])
      expect([legacy, nce.includes(legacy)]).toEqual([legacy, false]);
  });

  it('NCE-1: a bundle of subscription-rules/legacy holds no New Commerce rule, policy or sentence', () => {
    const legacy = bundle(`export * from '${dist('legacy.js')}';`);
    expect(legacy).toContain('partner-center-2021-03');
    // (the resource reader still names `license-based`: what a Microsoft licence resource is read
    // as, to refuse it at resource.isMicrosoftProduct)
    for (const nce of [
      'partner-center-nce-',
      'NCE-4',
      'refund.term.',
      'billing period are credited',
    ])
      expect([nce, legacy.includes(nce)]).toEqual([nce, false]);
  });

  it('MSG-1, NCE-1: a New Commerce locale carries only New Commerce and shared texts, in its language and in its English fallback', () => {
    const nceKo = bundle(`export { ko } from '${dist('new-commerce/locales/ko.js')}';`);
    expect(nceKo).toContain('약정 기간 첫날에 취소됨');
    for (const legacy of [
      '주문 후',
      '라이선스 수 변경',
      'of the order',
      'change the number of licenses',
    ])
      expect([legacy, nceKo.includes(legacy)]).toEqual([legacy, false]);
    const legacyKo = bundle(`export { ko } from '${dist('legacy/locales/ko.js')}';`);
    expect(legacyKo).toContain('주문 후');
    for (const nce of ['약정 기간 첫날에 취소됨', "term's first day", 'reduce up to'])
      expect([nce, legacyKo.includes(nce)]).toEqual([nce, false]);
    const nceEn = bundle(`export { en } from '${dist('new-commerce/locales/en.js')}';`);
    expect(nceEn).not.toContain('of the order');
    expect(nceEn).not.toMatch(hangul);
  });
});
