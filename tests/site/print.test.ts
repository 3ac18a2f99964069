import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAndServer } from './browser.ts';
import { dist } from './built-site.ts';
import { builtPages, templateOf } from './gates/pages.ts';
import { A4, navigationTexts, OFFICIAL_TEXT, printToPdf } from './gates/print.ts';
import { urls } from '../../src/lib/site/urls.ts';

const env = browserAndServer(dist);

const pages = builtPages(dist);
/** Words only: pdftotext drops some punctuation and joins lines, so compare letters and digits. */
const words = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const reader = pages.find((p) => templateOf(p.path) === templateOf(urls.reader('x')));

/** Print styles on every page are checked in every-page.test.ts; here a few pages print to PDF. */
describe('print', () => {
  /** Prints a page to PDF; returns the PDF and the page (left in print media) with its screen navigation texts. */
  async function print(
    path: string,
  ): Promise<{ pdf: Awaited<ReturnType<typeof printToPdf>>; page: Page; nav: string[] }> {
    const page = await env.browser.newPage();
    await page.goto(env.server.origin + path);
    const nav = await navigationTexts(page);
    await page.emulateMedia({ media: 'print' });
    return { pdf: await printToPdf(page), page, nav };
  }

  // The reader, the home page and a task page (official words quoted among the site's own).
  const task = pages.find((p) => templateOf(p.path) === templateOf(urls.task('x')));
  for (const path of [reader?.path ?? urls.reader('(none built)'), urls.home(), ...(task ? [task.path] : [])])
    it(`${path} prints to A4 with its content, without navigation, with link URLs`, async () => {
      const { pdf, page, nav } = await print(path);
      expect(pdf.pages).toBeGreaterThan(0);
      expect(pdf.sizes).toHaveLength(pdf.pages);
      for (const size of pdf.sizes) {
        expect(size.width).toBeCloseTo(A4.width, 0);
        expect(size.height).toBeCloseTo(A4.height, 0);
      }
      const text = words(pdf.text);
      const h1 = words(await page.locator('h1').innerText());
      expect(text.includes(h1), `the PDF shows the heading «${h1}»`).toBe(true);
      expect(nav.length).toBeGreaterThan(0);
      for (const n of nav) expect(text.includes(words(n)), `navigation «${n}» in the PDF`).toBe(false);

      // Links outside the official text print their absolute URL after them; inside it, nothing.
      const links = await page.evaluate((officialText) => {
        // A build without SITE_URL has no canonical address: its printed links stay root-relative.
        const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
        const origin = canonical ? new URL(canonical).origin : '';
        return [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]')].map((a) => ({
          official: !!a.closest(officialText),
          expected: ` <${origin}${a.getAttribute('href')}>`,
          after: getComputedStyle(a, '::after').content,
        }));
      }, OFFICIAL_TEXT);
      const outside = links.filter((l) => !l.official);
      expect(outside.length).toBeGreaterThan(0);
      for (const l of outside) expect(l.after).toBe(JSON.stringify(l.expected));
      for (const l of links.filter((l) => l.official)) expect(l.after).toBe('none');
      const printed = outside.map((l) => l.expected.replace(/\s/g, ''));
      const pdfText = pdf.text.replace(/\s/g, '');
      expect(
        printed.some((u) => pdfText.includes(u)),
        `the PDF shows a link's address, e.g. ${printed[0]}`,
      ).toBe(true);
      await page.close();
    });

  it(`${urls.timeline()} prints its chart on A4 landscape, a page breaking between panels, never inside one`, async () => {
    const { pdf, page, nav } = await print(urls.timeline());
    expect(pdf.pages).toBeGreaterThan(1);
    for (const size of pdf.sizes) {
      expect(size.width).toBeCloseTo(A4.height, 0);
      expect(size.height).toBeCloseTo(A4.width, 0);
    }
    for (const n of nav) expect(words(pdf.text).includes(words(n)), `navigation «${n}» in the PDF`).toBe(false);
    // Each panel's heading and every row title (as wrapped in the chart) on one printed page.
    const panels = await page.evaluate(() =>
      [...document.querySelectorAll('.tl-chart svg[data-panel]')].map((svg) => ({
        id: svg.getAttribute('data-panel'),
        texts: [svg.querySelector('.tl-group'), ...svg.querySelectorAll('[data-row] > a:first-of-type > text')].map(
          (t) => (t?.textContent ?? '').trim(),
        ),
        shown: svg.checkVisibility(),
      })),
    );
    expect(panels.length).toBeGreaterThan(0);
    const sheets = pdf.text.split('\f').map(words);
    for (const p of panels) {
      expect(p.shown, `${p.id} is printed`).toBe(true);
      expect(p.texts.length, `${p.id}: heading and rows`).toBeGreaterThan(1);
      const sheet = sheets.findIndex((t) => t.includes(words(p.texts[0] ?? '')));
      expect(sheet, `${p.id}: heading «${p.texts[0]}» printed`).toBeGreaterThanOrEqual(0);
      for (const t of p.texts) expect(sheets[sheet]?.includes(words(t)), `${p.id}: «${t}» on the same page`).toBe(true);
    }
    await page.close();
  });
});
