/**
 * Writes a .gz file next to every compressible file of the built site, at
 * the highest level, so that nginx (gzip_static) sends it without
 * compressing on each request. Pagefind's index files are compressed
 * already and are left alone. Usage: node scripts/precompress.ts [dist]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** Extensions worth compressing. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.ics',
  '.csv',
  '.webmanifest',
  '.wasm',
]);

/** Compresses one buffer the way the build does (so the benchmark can measure the same bytes). */
export const gzip = (data: Buffer) => gzipSync(data, { level: constants.Z_BEST_COMPRESSION });

/** Precompresses a built site; returns how many files and bytes before and after. */
export function precompress(dir: string) {
  let files = 0;
  let before = 0;
  let after = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const file = join(entry.parentPath, entry.name);
    const data = readFileSync(file);
    const packed = gzip(data);
    // A .gz that saves nothing would only cost nginx a file lookup.
    if (packed.length >= data.length) continue;
    writeFileSync(`${file}.gz`, packed);
    files++;
    before += data.length;
    after += packed.length;
  }
  return { files, before, after };
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  const { files, before, after } = precompress(dir);
  console.log(`precompress: ${files} files in ${dir}, ${before} → ${after} bytes gzip`);
}
