import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
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
 * Runs a Node script (Astro's command line, a build step of scripts/) in a
 * child process, in the project (or in `cwd`), the way `npm run build` would,
 * without colours or usage data; resolves to its exit status and all it printed.
 */
export function runNode(
  args: string[],
  env: Record<string, string> = {},
  cwd = projectRoot,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: `${stdout}\n${stderr}` }));
  });
}

/** What `astro build` reads of the project, besides the content and the packages. */
const BUILD_INPUTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * A copy of the project in `dir` (its packages linked, not copied) to build
 * fixture sites in. Astro keeps a build's state in its project (in .astro/:
 * the list of content modules, the prerendered pages of a build whose outDir
 * is elsewhere), so builds that run at the same time each need their own.
 */
export function projectCopy(dir: string): string {
  for (const input of BUILD_INPUTS) cpSync(join(projectRoot, input), join(dir, input), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * `astro build` of the content in `contentDir` (a fixture corpus) into
 * `outDir`, in the project or in a `project` copy of it; with `cacheDir`,
 * Astro keeps its content cache there.
 */
export const astroBuild = (
  contentDir: string,
  outDir: string,
  { cacheDir, project = projectRoot }: { cacheDir?: string; project?: string } = {},
) =>
  runNode(
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    { CONTENT_DIR: contentDir, ...(cacheDir ? { ASTRO_CACHE_DIR: cacheDir } : {}) },
    project,
  );
