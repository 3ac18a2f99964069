import { createHash } from 'node:crypto';

/**
 * The list of files the offline page saves: every page, every asset and the
 * search index, written after the build (Pagefind's files only exist then).
 * Data downloads (JSON, CSV, XML, calendars) are left out: a reader needs
 * pages, not datasets, and a phone's storage is small.
 */

/** What the service worker's page reads. */
export interface OfflineManifest {
  /** Changes whenever any saved file changes: the name of the cache. */
  version: string;
  /** The day the manifest was written (YYYY-MM-DD). */
  generated: string;
  files: { url: string; bytes: number }[];
  bytes: number;
}

/** Kinds of files a page needs to be read: documents, styles, scripts, images, fonts, Pagefind's engine. */
const NEEDED = /\.(html|css|js|mjs|svg|png|jpe?g|webp|avif|ico|woff2?|webmanifest|wasm)$/i;
/** Never saved: the worker itself, the list, precompressed copies, static-host configuration. */
const NEVER = /(^|\/)(sw\.js|offline-manifest\.json|_headers|_redirects)$|\.(gz|br)$/;

/** The URL a built file is served at: `a/index.html` → `/a/`. */
export const urlOf = (path: string) => `/${path}`.replace(/(^|\/)index\.html$/, '$1');

/** Whether a built file (path relative to the site, with /) is saved for offline reading. */
export function isSaved(path: string): boolean {
  if (NEVER.test(path)) return false;
  return path.startsWith('pagefind/') || NEEDED.test(path);
}

/** The manifest of a built site, from its files (path relative to the site, and content). */
export function offlineManifest(files: { path: string; data: Uint8Array }[], generated: string): OfflineManifest {
  const saved = files.filter((f) => isSaved(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  const hash = createHash('sha256');
  for (const f of saved) hash.update(f.path).update('\0').update(createHash('sha256').update(f.data).digest());
  const list = saved.map((f) => ({ url: urlOf(f.path), bytes: f.data.byteLength }));
  return {
    version: hash.digest('hex').slice(0, 16),
    generated,
    files: list,
    bytes: list.reduce((sum, f) => sum + f.bytes, 0),
  };
}
