import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { VIEWPORTS } from '../browser.ts';
import { urls } from '../../../src/lib/site/urls.ts';
import { needsScript, type BuiltPage } from './pages.ts';
import { sweepPages, type PageCheck } from './sweep.ts';

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
 * The no-JS check of a page sweep (with JavaScript turned off): lists what a reader could not
 * see: <main> and its text, the site navigation and each of its links (at
 * phone and desktop size), headings of <main> hidden at every size (one
 * hidden at one size only is a responsive layout; pages that need script
 * may hide the parts that need it), and search one tap away: a form that
 * submits, or a link to the search page (the live results are the only thing
 * that needs JavaScript).
 */
export function noJsCheck(): PageCheck & { problems: string[] } {
  const problems: string[] = [];
  return {
    problems,
    visit: async (page, path) => {
      const hiddenEverywhere = new Map<string, number>();
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const found = await page.evaluate((searchPage) => {
          const out: string[] = [];
          const shown = (e: Element | null | undefined) =>
            !!e && e.checkVisibility({ visibilityProperty: true, opacityProperty: true });
          const main = document.querySelector('main');
          if (!shown(main)) out.push('<main> is not shown');
          else if ((main?.innerText.trim().length ?? 0) === 0) out.push('<main> shows no text');
          const nav = document.querySelector('header nav');
          if (!shown(nav)) out.push('the site navigation is not shown');
          for (const a of nav?.querySelectorAll('a') ?? [])
            if (!shown(a)) out.push(`navigation link «${a.textContent?.trim()}» is hidden`);
          const forms = [...document.querySelectorAll('form[role="search"], search form')].filter(shown);
          const searchLinks = [...document.querySelectorAll(`a[href="${searchPage}"]`)].filter(shown);
          if (forms.length === 0 && searchLinks.length === 0) out.push('neither a search form nor a link to search');
          for (const form of forms)
            if (!form.getAttribute('action') || !shown(form.querySelector('input[name]')))
              out.push('a search form without an action or a visible field');
          const headings = [...(main?.querySelectorAll('h1, h2, h3') ?? [])]
            .filter((h) => !shown(h) && !h.closest('details:not([open])'))
            .map((h) => `heading «${h.textContent?.trim()}» is hidden at every size`);
          return { out, headings };
        }, urls.search());
        problems.push(...found.out.map((p) => `${path} [${viewport.name}, JS off]: ${p}`));
        for (const h of found.headings) hiddenEverywhere.set(h, (hiddenEverywhere.get(h) ?? 0) + 1);
      }
      // Pages that need script may hide what only works with it (the live search form, the offline save button).
      if (!needsScript(path))
        for (const [h, n] of hiddenEverywhere) if (n === VIEWPORTS.length) problems.push(`${path} [JS off]: ${h}`);
    },
  };
}

/** Loads pages with JavaScript turned off and runs the no-JS check on each. */
export async function noJsProblems(browser: Browser, origin: string, paths: string[]): Promise<string[]> {
  const check = noJsCheck();
  await sweepPages(browser, { baseURL: origin, javaScriptEnabled: false }, paths, [check]);
  return check.problems;
}
