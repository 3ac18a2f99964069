import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, projectCopy, projectRoot } from './built-site.ts';
import { inLanes } from './lanes.ts';

/**
 * Each folder of tests/fixtures/bad-content overlays a few broken files on a
 * small, valid corpus (tests/fixtures/mini-content); the build must stop and
 * say which file, which field and which value are wrong (expect.txt lists
 * what the error output must contain).
 */
const fixtures = join(projectRoot, 'tests/fixtures');
const cases = readdirSync(join(fixtures, 'bad-content'));
const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds at once: each is mostly one thread, so one per core (at most four). */
const LANES = Math.min(availableParallelism(), 4);

function buildWith(name: string, project: string, overlay?: string) {
  const contentDir = join(work, name);
  cpSync(join(fixtures, 'mini-content'), contentDir, { recursive: true });
  if (overlay) cpSync(overlay, contentDir, { recursive: true, filter: (src) => !src.endsWith('expect.txt') });
  return astroBuild(contentDir, join(work, `${name}-dist`), { cacheDir: join(work, `${name}-cache`), project });
}

/** The valid corpus, then each bad one: all built before the tests, LANES at a time, each lane in its own project copy. */
const names = ['valid', ...cases];
let builds: ReturnType<typeof buildWith>[] = [];
beforeAll(() => {
  const projects = Array.from({ length: LANES }, (_, lane) => projectCopy(join(work, `project-${lane}`)));
  builds = inLanes(names, projects, (name, project) =>
    buildWith(name, project, name === 'valid' ? undefined : join(fixtures, 'bad-content', name)),
  );
});
const build = (name: string) => builds[names.indexOf(name)] ?? Promise.reject(new Error(`${name} was not built`));

describe('bad content stops the build with a clear error', () => {
  it('builds the valid fixture corpus (control)', async () => {
    const { status, output } = await build('valid');
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  it.each(cases)('%s', async (name) => {
    const expected = readFileSync(join(fixtures, 'bad-content', name, 'expect.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const { status, output } = await build(name);
    expect(status, output).not.toBe(0);
    for (const needle of expected) expect(output).toContain(needle);
  });
});
