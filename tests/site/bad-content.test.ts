import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Each folder of tests/fixtures/bad-content overlays a few broken files on a
 * small, valid corpus (tests/fixtures/mini-content); the build must stop and
 * say which file, which field and which value are wrong (expect.txt lists
 * what the error output must contain).
 */
const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(name: string, overlay?: string) {
  const contentDir = join(work, name);
  cpSync(join(fixtures, 'mini-content'), contentDir, { recursive: true });
  if (overlay) cpSync(overlay, contentDir, { recursive: true, filter: (src) => !src.endsWith('expect.txt') });
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', join(work, `${name}-dist`)], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('bad content stops the build with a clear error', () => {
  it('builds the valid fixture corpus (control)', () => {
    const { status, output } = buildWith('valid');
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  const cases = readdirSync(join(fixtures, 'bad-content'));
  it.each(cases)('%s', (name) => {
    const dir = join(fixtures, 'bad-content', name);
    const expected = readFileSync(join(dir, 'expect.txt'), 'utf8').split('\n').filter(Boolean);
    const { status, output } = buildWith(name, dir);
    expect(status, output).not.toBe(0);
    for (const needle of expected) expect(output).toContain(needle);
  });
});
