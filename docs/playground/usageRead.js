// The Usage tab's reading of a daily usage file a piece at a time, never as one string: gzip told
// by its first two bytes (as the command line tells it), then the text split at the last complete
// record of each piece. A CSV record ends at a line break outside quotes; papaparse's browser build
// (`window.Papa`, loaded by the page) reads its cells. A file whose first character is `{` is the
// Graph export's JSON lines: each line's text goes to the library as it is, so its numbers are read
// from their digits.
import { InputProblem } from './fileTab.js';

/** The file's text, piece by piece, inflated first when it is gzip. */
async function* piecesOf(file) {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const bytes = gzip ? file.stream().pipeThrough(new DecompressionStream('gzip')) : file.stream();
  const reader = bytes.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    let next;
    try {
      next = await reader.read();
    } catch (error) {
      if (gzip) throw new InputProblem('notGzip', { name: file.name });
      throw error;
    }
    if (next.done) return;
    yield next.value;
  }
}

/** Where the complete CSV records of `text` end (after the last line break outside quotes), from `from`. */
function csvSplitter() {
  let quoted = false;
  return (text, from) => {
    let end = -1;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) end = i;
    }
    return end;
  };
}

/**
 * Each record of `file`: a CSV row as an object keyed by the header's names, or one JSON line's
 * text. Throws `InputProblem` when the file is neither.
 */
export async function* recordsOf(file) {
  let rest = '';
  let form;
  let header;
  let delimiter;
  const csvEnd = csvSplitter();
  function* records(text) {
    if (form === 'json') {
      for (const line of text.split('\n')) if (line.trim() !== '') yield line;
      return;
    }
    // the delimiter told once, by the header line, so that no later piece guesses another
    delimiter ??= window.Papa.parse(text.slice(0, text.indexOf('\n') + 1 || undefined), {
      preview: 1,
    }).meta.delimiter;
    const parsed = window.Papa.parse(text, { delimiter, skipEmptyLines: 'greedy' });
    for (const cells of parsed.data) {
      if (header === undefined) {
        header = cells;
        if (header.length < 2) throw new InputProblem('notCsv', { name: file.name });
        continue;
      }
      yield Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
    }
  }
  for await (const piece of piecesOf(file)) {
    const from = rest.length;
    rest += piece;
    if (form === undefined) {
      const start = rest.trimStart();
      if (start === '') continue;
      form = start.startsWith('{') ? 'json' : 'csv';
    }
    const end = form === 'json' ? rest.lastIndexOf('\n') : csvEnd(rest, from);
    if (end < 0) continue;
    yield* records(rest.slice(0, end + 1));
    rest = rest.slice(end + 1);
  }
  if (rest.trim() !== '') yield* records(rest);
  if (form === 'csv' && header === undefined) throw new InputProblem('notCsv', { name: file.name });
}

/** The first line of `file`'s text (its header, for a CSV file), read without the rest. */
export async function headerOf(file) {
  let text = '';
  for await (const piece of piecesOf(file)) {
    text += piece;
    const end = text.indexOf('\n');
    if (end >= 0) return text.slice(0, end);
  }
  return text;
}
