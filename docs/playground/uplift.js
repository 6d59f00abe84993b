// An Extended Service Term's uplift (EST-3) as the percent the page shows. The library has
// written it both ways — a percent (3, 23) and, as EST-3 says, a fraction (0.03, 0.23) — so every
// percent the page shows from an uplift goes through here: an uplift under 1 is a fraction.

/** `3` for `3` or `0.03`, `23` for `23` or `0.23`; two decimals at most, no trailing zeros. */
export function upliftPercent(uplift) {
  const percent = Math.abs(uplift) < 1 ? uplift * 100 : uplift;
  return String(Math.round(percent * 100) / 100);
}
