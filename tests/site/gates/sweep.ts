import type { Browser, BrowserContextOptions, BrowserContext, Page } from 'playwright-core';
import { forEachPage, mayShipScript } from './pages.ts';

/**
 * One check a page sweep runs on the pages it loads. A sweep loads each page
 * once and hands it to every check in turn, so checks that each look at every
 * page (axe, print styles, requests, console errors …) share the page loads;
 * each keeps its own findings, so its test reports them on their own.
 */
export interface PageCheck {
  /** Whether the check looks at this path (default: every path of the sweep). */
  applies?: (path: string) => boolean;
  /** Once, before any page opens (e.g. an init script). */
  setup?: (context: BrowserContext) => Promise<void>;
  /** Once per tab when it opens, with a getter for the path it is on: attach listeners here. */
  onOpen?: (page: Page, currentPath: () => string) => void;
  /** After the page has loaded. A check that changes the page's viewport or media leaves the next check to set its own. */
  visit?: (page: Page, path: string) => Promise<void>;
}

/**
 * Loads every path once in a fresh context of `browser` (a few tabs at once),
 * runs each check that applies on it, then closes the context. Pages that may
 * ship script are given until the network is idle, so that late requests and
 * errors count too. Paths may carry a query; they are resolved against
 * `options.baseURL`.
 */
export async function sweepPages(
  browser: Browser,
  options: BrowserContextOptions & { baseURL: string },
  paths: string[],
  checks: PageCheck[],
): Promise<void> {
  const context = await browser.newContext(options);
  try {
    for (const check of checks) await check.setup?.(context);
    await forEachPage(
      context,
      paths,
      async (page, path) => {
        for (const check of checks) if (check.applies?.(path) ?? true) await check.visit?.(page, path);
      },
      {
        waitUntil: (path) =>
          options.javaScriptEnabled !== false && mayShipScript(new URL(path, options.baseURL).pathname)
            ? 'networkidle'
            : 'load',
        onOpen: (page, current) => {
          for (const check of checks) check.onOpen?.(page, current);
        },
      },
    );
  } finally {
    await context.close();
  }
}
