import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserAndServer } from './browser.ts';
import { dist, page } from './built-site.ts';
import { readCollection } from './content-files.ts';

/**
 * Handouts print cleanly on A4: Chromium prints each to PDF, poppler's
 * pdfinfo counts the pages and pdftotext reads what is on them.
 */

/** A handout of a long section may run to several pages, but not to a booklet. */
const MAX_HANDOUT_PAGES = 20;

const index = page('/in/');
const hrefs = [...index.querySelectorAll('main a[href^="/in/"]')].map((a) => a.getAttribute('href') as string);
const summaries = hrefs.filter((h) => h.startsWith('/in/tom-tat/'));
const handouts = hrefs.filter((h) => !h.startsWith('/in/tom-tat/'));
const provisions = readCollection<{ kind: string; text: string; parent?: string }>('provisions');
const sections = provisions.filter((p) => p.data.kind === 'section');
/** The section a provision is under. */
const sectionOf = (id: string): string => {
  const p = provisions.find((x) => x.id === id);
  return p?.data.parent ? sectionOf(p.data.parent) : id;
};
/** The questions the lessons of each section hold, counted in their MDX. */
const lessons = [
  ...readCollection<{ provision: string }>('objectives'),
  ...readCollection<{ provision: string }>('parts'),
];
const questionsIn = (section: string) =>
  lessons
    .filter((l) => sectionOf(l.data.provision) === section)
    .reduce((n, l) => n + (l.body.match(/<CauHoi\b/g) ?? []).length, 0);

const work = mkdtempSync(join(tmpdir(), 'handouts-'));
const env = browserAndServer(dist);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Prints a page to an A4 PDF; returns its page count and text (white space collapsed). */
async function print(path: string) {
  const tab = await env.browser.newPage();
  await tab.goto(env.server.origin + path, { waitUntil: 'load' });
  await tab.emulateMedia({ media: 'print' });
  const shown = await tab.$$eval('nav, form[role="search"], .site-header, .site-footer, .skip-link', (els) =>
    els
      .filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  const file = join(work, `${path.replace(/\W+/g, '_')}.pdf`);
  await tab.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  await tab.close();
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { pages, text, shown };
}

/** Text that only the site's chrome holds: the header's menu in a row, its search link, the skip link, the footer. */
const chrome = (() => {
  const doc = page('/in/');
  const menu = [...doc.querySelectorAll('header nav a')].map((a) => (a.textContent ?? '').trim()).join(' ');
  const search = (doc.querySelector('header a[href="/tim-kiem/"]')?.textContent ?? '').trim();
  const skip = (doc.querySelector('.skip-link')?.textContent ?? '').trim();
  const footer = (doc.querySelector('footer p')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return [menu, search, skip, footer].filter((t) => t.length > 3);
})();

describe('printed handouts', () => {
  it('exist for every section of every plan, and a summary for each plan', () => {
    // Two versions of each: the participants' and the trainer's.
    expect(handouts.length).toBe(sections.length * 2);
    for (const sec of sections)
      expect(handouts).toEqual(expect.arrayContaining([`/in/${sec.id}/`, `/in/${sec.id}/giang-vien/`]));
    expect(summaries.length).toBeGreaterThan(0);
    expect(chrome.length).toBe(4);
  });

  it.each(handouts)('%s prints on A4 within the page bound, without navigation', async (path) => {
    const { pages, text, shown } = await print(path);
    expect(shown).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(MAX_HANDOUT_PAGES);
    for (const t of chrome) expect(text).not.toContain(t);
    const section = sections.find((s) => path === `/in/${s.id}/` || path === `/in/${s.id}/giang-vien/`);
    expect(section, path).toBeDefined();
    expect(text).toContain(section?.data.text);
    expect(text).toContain('Trích dẫn:');
    // Every page is numbered «n / total» in its margin (CSS @page margin boxes).
    expect(text).toMatch(new RegExp(`\\b1 ?/ ?${pages}\\b`));
  });

  it('print every question of the section’s lessons; only the trainer’s version prints the answers', async () => {
    for (const sec of sections) {
      const questions = questionsIn(sec.id);
      const participants = page(`/in/${sec.id}/`);
      const trainers = page(`/in/${sec.id}/giang-vien/`);
      expect(participants.querySelectorAll('[data-question]').length, sec.id).toBe(questions);
      expect(participants.querySelectorAll('[data-answer], details').length, sec.id).toBe(0);
      expect(trainers.querySelectorAll('[data-question]').length, sec.id).toBe(questions);
      expect(trainers.querySelectorAll('[data-question] [data-answer]').length, sec.id).toBe(questions);
      for (const a of trainers.querySelectorAll('[data-answer]'))
        expect(a.querySelector('.source-link a[href*="#"]'), sec.id).not.toBeNull();
    }
    expect(sections.reduce((n, sec) => n + questionsIn(sec.id), 0)).toBeGreaterThan(0);
  });

  it.each(summaries)('%s prints on exactly one A4 page, without navigation', async (path) => {
    const { pages, text, shown } = await print(path);
    expect(shown).toEqual([]);
    expect(pages).toBe(1);
    for (const t of chrome) expect(text).not.toContain(t);
    expect(text).toContain('Các mốc thời gian');
    expect(text).toContain('Trích dẫn:');
  });
});
