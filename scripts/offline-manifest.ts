/**
 * Writes <site>/offline-manifest.json: every file the offline page saves
 * (see src/lib/offline/offline-manifest.ts). Runs after the search index is built,
 * so that Pagefind's files are listed. Usage: node scripts/offline-manifest.ts [dist]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildDate } from '../src/lib/dates/build-date.ts';
import { offlineManifest } from '../src/lib/offline/offline-manifest.ts';

const site = process.argv[2] ?? 'dist';
const files = readdirSync(site, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name))
  .map((file) => ({ path: relative(site, file).split(sep).join('/'), data: readFileSync(file) }));
const manifest = offlineManifest(files, buildDate());
if (!manifest.files.some((f) => f.url.startsWith('/pagefind/')))
  throw new Error(`${site}: no Pagefind index to save for offline search; build the search index first`);
writeFileSync(join(site, 'offline-manifest.json'), `${JSON.stringify(manifest)}\n`);
console.log(
  `offline manifest: ${manifest.files.length} files, ${(manifest.bytes / 1e6).toFixed(2)} MB, version ${manifest.version}`,
);
