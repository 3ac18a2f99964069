import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import { urls } from '../../src/lib/site/urls.ts';
import { browserAndServer, VIEWPORTS, type LocalServer } from './browser.ts';
import { dist, projectRoot } from './built-site.ts';

/**
 * A list of queries from a YAML file of tests/fixtures, each entry checked
 * against `entry`: a wrong entry stops the test file with its place, the
 * problem and the value.
 */
export function readQueryFixture<T extends z.ZodType>(file: string, entry: T): z.output<T>[] {
  const raw = yaml.load(readFileSync(join(projectRoot, file), 'utf8'));
  const parsed = z.array(entry).safeParse(raw);
  if (parsed.success) return parsed.data;
  const valueAt = (path: PropertyKey[]) =>
    path.reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k] : undefined),
      raw,
    );
  throw new Error(
    `${file}: ${parsed.error.issues
      .map((i) => `entry ${i.path.map(String).join('.')} ${i.message}: ${JSON.stringify(valueAt(i.path))}`)
      .join('; ')}`,
  );
}

/**
 * Chromium, a server for dist/ and a desktop tab open on the search page,
 * shared by the tests of one file. Read `env.tab` inside tests.
 */
export function searchPageTab(): { browser: Browser; server: LocalServer; tab: Page } {
  const env = browserAndServer(dist) as ReturnType<typeof browserAndServer> & { tab: Page };
  beforeAll(async () => {
    env.tab = await (await env.browser.newContext({ viewport: VIEWPORTS[1] })).newPage();
    await env.tab.goto(env.server.origin + urls.search());
  });
  return env;
}

/** Waits until the search page has shown its results for `query`. */
export async function resultsShown(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('[data-search]')?.dataset['searchRendered'] === q,
    query,
    { timeout: 15_000 },
  );
}

/**
 * Checks what every query set must be: at least `min` queries, none twice, at
 * least half typed without diacritics (plain ASCII). Returns those typed plain.
 */
export function expectVariedQueries<T extends { query: string }>(queries: T[], min: number): T[] {
  expect(queries.length).toBeGreaterThanOrEqual(min);
  expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
  const plain = queries.filter((q) => /^[\p{ASCII}]*$/u.test(q.query));
  expect(plain.length * 2).toBeGreaterThanOrEqual(queries.length);
  return plain;
}
