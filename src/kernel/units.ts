/** Milliseconds in one hour (TIME-2). */
export const MS_PER_HOUR = 3_600_000;
/** Milliseconds in one UTC day (TIME-2). */
export const MS_PER_DAY = 86_400_000;
/** First instant an ISO 8601 instant of four-digit years can write: 0000-01-01T00:00:00.000Z. */
export const MIN_INSTANT = -62_167_219_200_000;
/** First instant past 9999-12-31T23:59:59.999Z. */
export const END_OF_INSTANTS = 253_402_300_800_000;
