import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, projectRoot } from './built-site.ts';

/**
 * Each folder of tests/fixtures/bad-content overlays a few broken files on a
 * small, valid corpus (tests/fixtures/mini-content); the build must stop and
 * say which file, which field and which value are wrong (expect.txt lists
 * what the error output must contain).
 */
const fixtures = join(projectRoot, 'tests/fixtures');
const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(name: string, overlay?: string) {
  const contentDir = join(work, name);
  cpSync(join(fixtures, 'mini-content'), contentDir, { recursive: true });
  if (overlay) cpSync(overlay, contentDir, { recursive: true, filter: (src) => !src.endsWith('expect.txt') });
  return astroBuild(contentDir, join(work, `${name}-dist`));
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
