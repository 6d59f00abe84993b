/**
 * A row as one line of the Graph billing export: camelCase keys, the cells of `numbers` as JSON
 * numbers written with the row's own digits, every other cell a JSON string (an absent cell left
 * out, an empty number cell an empty string).
 */
export function jsonLine(
  row: Readonly<Record<string, string | undefined>>,
  numbers: RegExp,
): string {
  return `{${Object.entries(row)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(
      ([name, value]) =>
        `${JSON.stringify(name[0]?.toLowerCase() + name.slice(1))}:${numbers.test(name) && value !== '' ? value : JSON.stringify(value)}`,
    )
    .join(',')}}`;
}
