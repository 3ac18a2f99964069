import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { sweepPages, type PageCheck } from './sweep.ts';

/** The official words, on the reader and quoted elsewhere: links in them print no URL. */
export const OFFICIAL_TEXT = '[data-official-text], .prov-text';

/** What counts as navigation: never printed. */
export const NAVIGATION = 'nav, [role="navigation"], form[role="search"], search, .skip-link';

/**
 * The print check of a page sweep: under print media, lists navigation still
 * shown, and pages without any print rule at all. It leaves the page in
 * screen media for the checks after it.
 */
export function printCheck(): PageCheck & { problems: string[] } {
  const problems: string[] = [];
  return {
    problems,
    visit: async (page, path) => {
      await page.emulateMedia({ media: 'print' });
      const found = await page.evaluate((selector) => {
        const out: string[] = [];
        const hasPrintRules = [...document.styleSheets].some((sheet) =>
          [...sheet.cssRules].some(function printRule(rule: CSSRule): boolean {
            if (rule instanceof CSSMediaRule && /\bprint\b/.test(rule.conditionText)) return true;
            if (rule instanceof CSSPageRule) return true;
            return 'cssRules' in rule && [...(rule as CSSGroupingRule).cssRules].some(printRule);
          }),
        );
        if (!hasPrintRules) out.push('no print stylesheet');
        for (const el of document.querySelectorAll(selector))
          if (el.checkVisibility({ visibilityProperty: true }))
            out.push(`navigation is printed: <${el.tagName.toLowerCase()} class="${el.className}">`);
        return out;
      }, NAVIGATION);
      await page.emulateMedia({ media: null });
      problems.push(...found.map((p) => `${path}: ${p}`));
    },
  };
}

/** Loads pages (print styles need no script: without it, which is quicker) and runs the print check. */
export async function printProblems(browser: Browser, origin: string, paths: string[]): Promise<string[]> {
  const check = printCheck();
  await sweepPages(browser, { baseURL: origin, javaScriptEnabled: false }, paths, [check]);
  return check.problems;
}

/** The text a screen reader would call the navigation: each nav's words in order, for finding them in a PDF. */
export const navigationTexts = (page: Page) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .map((el) => el.innerText.replace(/\s+/g, ' ').trim())
        .filter((t) => t.length > 0),
    NAVIGATION,
  );

export interface PrintedPdf {
  pages: number;
  /** Each page's MediaBox size in points, from pdfinfo. */
  sizes: { width: number; height: number }[];
  text: string;
}

/** Prints the loaded page to an A4 PDF with Chromium and reads it back with poppler's pdfinfo and pdftotext. */
export async function printToPdf(page: Page): Promise<PrintedPdf> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return { pages, sizes, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A4 in PostScript points. */
export const A4 = { width: 595.28, height: 841.89 };
