import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The built site the tests read (DIST_DIR overrides); `npm test` builds it before the site tests run. */
export const dist = process.env['DIST_DIR'] ?? join(import.meta.dirname, '../../dist');

/** Reads a built page by its URL path and returns its DOM. */
export function page(path: string): Document {
  const file = join(dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`No built page at ${path} (${file}); run npm run build first`);
  return parseHTML(readFileSync(file, 'utf8')).document;
}
