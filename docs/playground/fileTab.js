// What the page's file tabs share (Reconciliation, Invoice, Usage): reading a dropped file, gzip
// told by its first two bytes as the command line tells it; CSV text as rows; the problem an input has, by its label key;
// and a table of entries, one column a label and how to fill its cell.

/** A problem with what was given: its label key and the values its sentence names. */
export class InputProblem extends Error {
  constructor(key, params) {
    super(key);
    this.key = key;
    this.params = params;
  }
}

/** A file's text, inflated first when it is gzip (by its bytes, not its name). */
export async function textOf(file) {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] !== 0x1f || head[1] !== 0x8b) return file.text();
  try {
    return await new Response(file.stream().pipeThrough(new DecompressionStream('gzip'))).text();
  } catch {
    throw new InputProblem('notGzip', { name: file.name });
  }
}

/**
 * CSV text as rows keyed by its header, parsed by papaparse's browser build (`window.Papa`, loaded
 * by the page) as the command line parses it; `undefined` when it is not a CSV of several columns.
 */
export function csvRows(text) {
  const parsed = window.Papa.parse(text, { header: true, skipEmptyLines: 'greedy' });
  if ((parsed.meta.fields ?? []).length < 2) return undefined;
  return parsed.data;
}

/**
 * A table of `entries`: each column `[key, cell]`, its heading `say(key)` and its cells `cell(entry)`
 * (a node or text); an empty cell shows `blank` when one is given.
 */
export function table(entries, columns, say, blank) {
  const element = document.createElement('table');
  const head = element.createTHead().insertRow();
  for (const [key] of columns) {
    const th = document.createElement('th');
    th.textContent = say(key);
    head.append(th);
  }
  const body = element.createTBody();
  for (const entry of entries) {
    const row = body.insertRow();
    for (const [key, cell] of columns) {
      const td = row.insertCell();
      td.dataset.label = say(key);
      const value = cell(entry);
      if (value instanceof Node) td.append(value);
      else
        td.textContent =
          blank !== undefined && (value === undefined || value === '') ? blank : String(value);
    }
  }
  return element;
}
