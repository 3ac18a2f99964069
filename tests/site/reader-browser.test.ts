import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAndServer, VIEWPORTS } from './browser.ts';
import { dist } from './built-site.ts';
import { axe } from './gates/a11y.ts';
import { urls } from '../../src/lib/site/urls.ts';

const env = browserAndServer(dist);
const READER = urls.reader('qd-26-2007-qd-ubnd');
const CITATION =
  'khoản 2.2.1 mục III Kế hoạch ban hành kèm theo Quyết định số 26/2007/QĐ-UBND ngày 09/02/2007 của Uỷ ban nhân dân tỉnh Bắc Kạn';
const [PHONE, DESKTOP] = VIEWPORTS;

/** The text CSS shows after each clause of the official text, by id (none where nothing is shown). */
const shownCitations = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-official-text] [data-pagefind-title]')].flatMap((el) => {
        const content = getComputedStyle(el, '::after').content;
        return content === 'none' || content === 'normal' ? [] : [[el.id, content]];
      }),
    ),
  );

describe('the reader in a browser', () => {
  it('with JavaScript off, shows the citation of the clause in the URL’s fragment, under it, and no other', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}${READER}#kh-iii-2-2-1`);
    expect(await shownCitations(page)).toEqual({ 'kh-iii-2-2-1': JSON.stringify(`Trích dẫn: ${CITATION}`) });
    await page.goto(`${env.server.origin}${READER}`);
    expect(await shownCitations(page)).toEqual({});
    await context.close();
  });

  it('from the keyboard, Enter on a clause number goes to the clause and shows its citation', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}${READER}`);
    await page.locator('#kh-iii-2-2-1 a[href="#kh-iii-2-2-1"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#kh-iii-2-2-1');
    expect(Object.keys(await shownCitations(page))).toEqual(['kh-iii-2-2-1']);
    await context.close();
  });

  it('with JavaScript, adds a button under the clause in the fragment that copies its citation', async () => {
    const context = await env.browser.newContext({ viewport: PHONE });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}${READER}#kh-iii-2-2-1`);
    const button = page.locator('#kh-iii-2-2-1 + .prov-copy button');
    await button.click();
    await expect.poll(() => page.locator('.prov-copy [role="status"]').textContent()).toBe('Đã sao chép.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CITATION);
    // Following another clause's number moves the one button there.
    await page.locator('#kh-iii-2-2-2 a[href="#kh-iii-2-2-2"]').click();
    await expect.poll(() => page.locator('#kh-iii-2-2-2 + .prov-copy button').count()).toBe(1);
    expect(await page.locator('.prov-copy').count()).toBe(1);
    await context.close();
  });

  it('passes axe with a clause’s citation and copy button shown, at phone and desktop size', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.origin}${READER}#kh-iii-2-2-1`);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      expect(await page.locator('.prov-copy button').isVisible()).toBe(true);
      expect(await axe(page, READER, viewport.name)).toEqual([]);
    }
    await context.close();
  });

  it('sets the text in lines of about 60–75 characters on a wide screen, with room between them', async () => {
    const context = await env.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}${READER}`);
    const { perLine, leading } = await page.evaluate(() => {
      // Long paragraphs of running text: characters over the lines they take.
      const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-official-text] p.prov-text')].filter(
        (p) => (p.textContent ?? '').length > 400,
      );
      const style = getComputedStyle(paragraphs[0] as HTMLElement);
      const lineHeight = parseFloat(style.lineHeight);
      const chars = paragraphs.reduce((n, p) => n + (p.textContent ?? '').length, 0);
      const lines = paragraphs.reduce((n, p) => n + Math.round(p.getBoundingClientRect().height / lineHeight), 0);
      return { perLine: chars / lines, leading: lineHeight / parseFloat(style.fontSize) };
    });
    expect(perLine).toBeGreaterThanOrEqual(60);
    expect(perLine).toBeLessThanOrEqual(75);
    expect(leading).toBeGreaterThanOrEqual(1.5);
    await context.close();
  });

  it('keeps the outline one tap away anywhere on the page: a link in a corner on a phone, a sticky column on a wide screen', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await env.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${env.server.origin}${READER}#kh-iii-2-2-1`);
      const inView = (selector: string) =>
        page.locator(selector).evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.top >= 0 && box.bottom <= innerHeight;
        });
      if (viewport === PHONE) {
        expect(await inView('a.reader__jump'), viewport.name).toBe(true);
        await page.locator('a.reader__jump').click();
        await page.waitForURL((url) => url.hash === '#toc-heading');
        expect(await inView('#toc-heading'), viewport.name).toBe(true);
      } else expect(await inView('.toc a[href="#kh-iii-2-2"]'), viewport.name).toBe(true);
      await context.close();
    }
  });
});
