import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export { jsonLine } from '../_jsonLine.ts';

/** Lines gzipped as one blob of the Graph export. */
export function blobOf(lines: readonly string[]): Buffer {
  return gzipSync(lines.map((line) => `${line}\n`).join(''));
}

/** How {@link exportFolder} writes its manifest. */
export interface ManifestOptions {
  /** `blobCount` (default: the parts' number). */
  readonly blobCount?: number;
  /** Paths the manifest names besides the parts', written nowhere. */
  readonly extra?: readonly string[];
  /** `attributeSet`, when the manifest says it. */
  readonly attributeSet?: string;
}

/**
 * Writes the Graph export into `folder` (a fresh folder of the caller's own, made by `mkdtemp`):
 * each part of the lines a gzip blob at the path the manifest names it by
 * (`exports/2026-11/part-000.json.gz`, under the folder), and the manifest.
 *
 * @returns The folder.
 */
export function exportFolder(
  folder: string,
  parts: readonly (readonly string[])[],
  { blobCount = parts.length, extra = [], attributeSet }: ManifestOptions = {},
): string {
  const names = parts.map((_, i) => `exports/2026-11/part-${String(i).padStart(3, '0')}.json.gz`);
  parts.forEach((lines, i) => {
    const path = join(folder, names[i] as string);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, blobOf(lines));
  });
  writeFileSync(
    join(folder, 'manifest.json'),
    JSON.stringify({
      blobCount,
      dataFormat: 'compressedJSONLines',
      ...(attributeSet === undefined ? {} : { attributeSet }),
      blobs: [...names, ...extra].map((name) => ({ name, partitionValue: name })),
    }),
  );
  return folder;
}
