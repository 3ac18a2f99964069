import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { mayShipScript, type BuiltPage } from './pages.ts';
import { scriptsOf } from './scripts.ts';

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
 * Loads pages (with JavaScript on) from a server that sends the shipped
 * headers and returns every console error, uncaught exception and CSP
 * violation report. Paths may carry a query (e.g. a search).
 */
export async function consoleErrors(browser: Browser, origin: string, paths: string[]): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  let current = '';
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${current}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${current}: uncaught: ${e.message}`));
  await page.exposeBinding('reportViolation', (_source, text: string) => errors.push(`${current}: CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`,
      ),
    );
  });
  for (const path of paths) {
    current = path;
    // Pages with script run until the network is idle, so that late errors count too.
    await page.goto(origin + path, {
      waitUntil: mayShipScript(new URL(path, origin).pathname) ? 'networkidle' : 'load',
    });
  }
  await context.close();
  return errors;
}
