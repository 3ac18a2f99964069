import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import type { BuiltPage } from './pages.ts';
import { scriptsOf } from './scripts.ts';
import { sweepPages, type PageCheck } from './sweep.ts';

/**
 * What in a page's HTML a strict CSP (no 'unsafe-inline') would block:
 * inline scripts, event handler attributes, <style> elements and style
 * attributes, javascript: URLs.
 */
export function inlineCode(dist: string, page: BuiltPage): string[] {
  const { document } = parseHTML(readFileSync(page.file, 'utf8'));
  const scripts = scriptsOf(dist, page);
  return [
    ...(scripts.inline > 0 ? [`${scripts.inline} inline <script>`] : []),
    ...scripts.handlers,
    ...[...document.querySelectorAll('style')].map(() => '<style> element'),
    ...[...document.querySelectorAll('[style]')].map((e) => `<${e.tagName.toLowerCase()} style="…">`),
    ...[...document.querySelectorAll('[href^="javascript:" i]')].map(() => 'javascript: URL'),
  ].map((what) => `${page.path}: ${what}`);
}

/**
 * The console check of a page sweep: every console error, uncaught exception
 * and CSP violation report of the pages it loads (with JavaScript on, from a
 * server that sends the shipped headers).
 */
export function consoleErrorsCheck(): PageCheck & { errors: string[] } {
  const errors: string[] = [];
  return {
    errors,
    setup: async (context) => {
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
        );
      });
    },
    onOpen: (page, current) => {
      page.on('console', (m) => {
        // The 404 page arrives with status 404, which Chromium logs as an error of the document itself.
        const notFoundPage = current() === '/404.html' && m.location().url === page.url();
        if (m.type() === 'error' && !notFoundPage) errors.push(`${current()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`${current()}: uncaught: ${e.message}`));
    },
  };
}

/**
 * Loads pages (with JavaScript on) from a server that sends the shipped
 * headers and returns every console error, uncaught exception and CSP
 * violation report. Paths may carry a query (e.g. a search).
 */
export async function consoleErrors(browser: Browser, origin: string, paths: string[]): Promise<string[]> {
  const check = consoleErrorsCheck();
  await sweepPages(browser, { baseURL: origin }, paths, [check]);
  return check.errors;
}
