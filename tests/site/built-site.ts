import { spawnSync } from 'node:child_process';
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

/** The project's root: tests build fixture sites from it. */
export const projectRoot = join(import.meta.dirname, '../..');

/**
 * Runs a Node script of the project (by default `astro build`) in a child
 * process the way `npm run build` would, without colours or usage data;
 * returns its exit status and all it printed.
 */
export function runNode(args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * `astro build` of the content in `contentDir` (a fixture corpus) into
 * `outDir`; with `cacheDir`, Astro keeps its content cache there.
 */
export const astroBuild = (contentDir: string, outDir: string, { cacheDir }: { cacheDir?: string } = {}) =>
  runNode([join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    CONTENT_DIR: contentDir,
    ...(cacheDir ? { ASTRO_CACHE_DIR: cacheDir } : {}),
  });
