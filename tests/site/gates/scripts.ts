import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import type { BuiltPage } from './pages.ts';

/** The JavaScript a page ships, read from its HTML. */
export interface ScriptUse {
  page: string;
  /** Inline <script> elements that would run (JSON-LD and other data blocks excluded). */
  inline: number;
  inlineBytes: number;
  /** Script files the page loads or preloads, as site paths. */
  files: string[];
  fileBytes: number;
  /** Inline event handler attributes («<a onclick>»), which a strict CSP blocks. */
  handlers: string[];
}

const DATA_BLOCK = /^application\/(ld\+)?json$|^importmap$/i;

/** What JavaScript a built page carries: inline scripts, script files and event handler attributes. */
export function scriptsOf(dist: string, page: BuiltPage): ScriptUse {
  const { document } = parseHTML(readFileSync(page.file, 'utf8'));
  const scripts = [...document.querySelectorAll('script')].filter(
    (s) => !DATA_BLOCK.test(s.getAttribute('type') ?? ''),
  );
  const inline = scripts.filter((s) => !s.hasAttribute('src'));
  const files = [
    ...scripts.map((s) => s.getAttribute('src')),
    ...[...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')),
  ]
    .filter((src): src is string => !!src)
    .map((src) => new URL(src, new URL(page.path, 'http://site.invalid')).pathname);
  const fileBytes = files.map((p) => join(dist, p)).reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0);
  const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
  );
  return {
    page: page.path,
    inline: inline.length,
    inlineBytes: inline.reduce((sum, s) => sum + Buffer.byteLength(s.textContent ?? ''), 0),
    files,
    fileBytes,
    handlers,
  };
}

/**
 * Loads pages with JavaScript turned off, at the phone and desktop sizes, and
 * lists what a reader could not see: <main> and its headings, the site
 * navigation and each of its links, and the search form (it submits without JS).
 */
export async function noJsProblems(browser: Browser, origin: string, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(origin + path);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const shown = (e: Element | null | undefined) =>
          !!e && e.checkVisibility({ visibilityProperty: true, opacityProperty: true });
        const main = document.querySelector('main');
        if (!shown(main)) out.push('<main> is not shown');
        else if ((main?.innerText.trim().length ?? 0) === 0) out.push('<main> shows no text');
        for (const h of main?.querySelectorAll('h1, h2, h3') ?? [])
          if (!shown(h) && !h.closest('details:not([open])')) out.push(`heading «${h.textContent?.trim()}» is hidden`);
        const nav = document.querySelector('header nav');
        if (!shown(nav)) out.push('the site navigation is not shown');
        for (const a of nav?.querySelectorAll('a') ?? [])
          if (!shown(a)) out.push(`navigation link «${a.textContent?.trim()}» is hidden`);
        for (const form of document.querySelectorAll('form[role="search"], search form'))
          if (!form.getAttribute('action') || !shown(form.querySelector('input[name]')))
            out.push('a search form that cannot submit without JavaScript (no action or no visible field)');
        return out;
      });
      problems.push(...found.map((p) => `${path} [${viewport.width}px, JS off]: ${p}`));
    }
    await context.close();
  }
  return problems;
}
