import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, VIEWPORTS } from './browser.ts';
import { dist } from './built-site.ts';
import { AXE_DISABLED, axeCheck, formatViolations } from './gates/a11y.ts';
import { consoleErrorsCheck } from './gates/csp.ts';
import { startNginx, type RunningNginx } from './gates/nginx.ts';
import { builtPages } from './gates/pages.ts';
import { printCheck } from './gates/print.ts';
import { requestsCheck } from './gates/requests.ts';
import { noJsCheck } from './gates/scripts.ts';
import { sweepPages } from './gates/sweep.ts';
import { urls } from '../../src/lib/site/urls.ts';

/**
 * The gates that look at every built page in Chromium. Each page is loaded
 * twice rather than once per gate: with JavaScript on (axe at both viewports,
 * requests to other hosts, console errors and CSP violations, served by nginx
 * with the shipped headers) and with it off (what a reader sees without
 * script, print styles). Each gate keeps its own findings and its own test.
 */
const pages = builtPages(dist);
const paths = pages.map((p) => p.path);
const built = new Set(paths);
const isBuilt = (path: string) => built.has(path);
/** The search page also runs a search, so that Pagefind's WebAssembly and worker load under the CSP. */
const searchRun = paths.includes(urls.search())
  ? [`${urls.search()}?q=${encodeURIComponent('cải cách hành chính')}`]
  : [];

let browser: Browser;
let nginx: RunningNginx;
const found = {} as {
  axe: ReturnType<typeof axeCheck>;
  requests: ReturnType<typeof requestsCheck>;
  console: ReturnType<typeof consoleErrorsCheck>;
  noJs: ReturnType<typeof noJsCheck>;
  print: ReturnType<typeof printCheck>;
};

beforeAll(async () => {
  [browser, nginx] = await Promise.all([launchBrowser(), startNginx(dist, { testAssets: true })]);
  found.axe = { ...axeCheck(), applies: isBuilt };
  found.requests = requestsCheck(nginx.origin, isBuilt);
  found.console = consoleErrorsCheck();
  await sweepPages(
    browser,
    { baseURL: nginx.origin, viewport: VIEWPORTS[0] },
    [...paths, ...searchRun],
    [found.requests, found.console, found.axe],
  );
  found.noJs = noJsCheck();
  found.print = printCheck();
  await sweepPages(browser, { baseURL: nginx.origin, javaScriptEnabled: false }, paths, [found.noJs, found.print]);
}, 1_800_000);
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe('accessibility of every built page', () => {
  it(`has 0 axe violations (WCAG 2.2 A/AA and best practices) at ${VIEWPORTS.map((v) => `${v.width}×${v.height}`).join(' and ')}`, () => {
    for (const [rule, reason] of Object.entries(AXE_DISABLED)) expect(reason.length, rule).toBeGreaterThan(20);
    expect(formatViolations(found.axe.violations)).toEqual([]);
  });
});

describe('no third party', () => {
  it('no page requests anything from another host: fonts, icons and scripts are the site’s own', () => {
    // Each page at least requests itself and its stylesheet: the recording works.
    expect(found.requests.requests()).toBeGreaterThanOrEqual(pages.length * 2);
    expect(found.requests.foreign.map((f) => `${f.page} → ${f.url}`)).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('every page, served by nginx with the shipped headers, loads with 0 console errors or violations', () => {
    expect(found.console.errors).toEqual([]);
  });
});

describe('reading without JavaScript', () => {
  it('with JavaScript off, every page shows its content and navigation, at phone and desktop size', () => {
    expect(found.noJs.problems).toEqual([]);
  });
});

describe('print', () => {
  it('every page has print styles that leave out all navigation', () => {
    expect(found.print.problems).toEqual([]);
  });
});
