import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { stripDiacritics } from '../../src/lib/search/search-text.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { VIEWPORTS } from './browser.ts';
import { page as builtPage } from './built-site.ts';
import { expectVariedQueries, readQueryFixture, resultsShown, searchPageTab } from './search-page.ts';

/**
 * Queries that name an entry, run through the real search page: the entry's
 * page (or the clause's anchor in the reader) must come first. Also the
 * syllable rules (no flood of longer words), the everyday words, and results
 * a phone can hold.
 */
const HOW = ['name', 'spelling', 'abbreviation', 'number', 'clause', 'question', 'everyday'] as const;
const queries = readQueryFixture(
  'tests/fixtures/navigational-queries.yaml',
  z.object({
    query: z.string().min(1),
    first: z.string().regex(/^\/[\w/-]*(#[\w-]+)?$/, 'is not a page or anchor of the site'),
    how: z.enum(HOW),
  }),
);

const env = searchPageTab();

interface Result {
  url: string;
  shown: { excerpt: string; marks: string[] }[];
  hidden: number;
  more?: { text: string; expanded: string | null; controls: string | null } | undefined;
}

/** Types a query (as one input event) and reads the results list as a reader sees it. */
async function search(query: string, page = env.tab): Promise<Result[]> {
  await page.fill('#search-q', query);
  await resultsShown(page, query);
  return page.evaluate(() =>
    [...document.querySelectorAll('#search-results > .result')].map((li) => {
      const more = li.querySelector('.result__more');
      return {
        url: li.querySelector('.result__title a')?.getAttribute('href') ?? '',
        shown: [...li.querySelectorAll('.result__excerpt')]
          .filter((e) => !e.closest('[hidden]'))
          .map((e) => ({
            excerpt: e.textContent ?? '',
            marks: [...e.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
          })),
        hidden: li.querySelectorAll('.result__passage[hidden]').length,
        more: more
          ? {
              text: more.textContent ?? '',
              expanded: more.getAttribute('aria-expanded'),
              controls: more.getAttribute('aria-controls'),
            }
          : undefined,
      };
    }),
  );
}

describe('the navigational query set', () => {
  it('is varied: ≥ 60 queries, ≥ half without diacritics, some typing «đ» as «d», every way of naming', () => {
    const plain = expectVariedQueries(queries, 60);
    expect(queries.filter((q) => /[đĐ]/u.test(q.query)).length).toBeGreaterThanOrEqual(5);
    // Typed «d» where the name has «đ» («giam doc» for «Giám đốc»).
    const dForĐ = plain.filter((q) => {
      const đWords = new Set(
        expectedTitle(q.first)
          .split(/[^\p{L}]+/u)
          .filter((w) => /[đĐ]/u.test(w))
          .map(stripDiacritics),
      );
      return q.query.split(/\s+/u).some((w) => đWords.has(w.toLowerCase()));
    });
    expect(dForĐ.length).toBeGreaterThanOrEqual(5);
    for (const how of HOW) expect(queries.filter((q) => q.how === how).length, how).toBeGreaterThanOrEqual(3);
  });

  it('expects only pages and anchors that exist on the built site', () => {
    for (const { first } of queries) {
      const [path = '', anchor] = first.split('#');
      const doc = builtPage(path);
      expect(doc.querySelector('main'), first).not.toBeNull();
      if (anchor) expect(doc.getElementById(anchor), first).not.toBeNull();
    }
  });
});

/** The title of the page (or the citation of the anchor) a query expects. */
function expectedTitle(first: string): string {
  const [path = '', anchor] = first.split('#');
  const doc = builtPage(path);
  return (
    (anchor ? doc.getElementById(anchor)?.getAttribute('data-pagefind-title') : doc.querySelector('h1')?.textContent) ??
    ''
  );
}

describe('a query that names an entry puts its page first', () => {
  for (const { query, first, how } of queries)
    it(`«${query}» (${how}) → ${first}`, async () => {
      const results = await search(query);
      expect(results[0]?.url, JSON.stringify(results.slice(0, 3).map((r) => r.url))).toBe(first);
    });
});

describe('syllables', () => {
  it('match whole syllables: «tru so xa» marks «trụ», «sở», «xã», never «soát», «xây» or «Trưởng»', async () => {
    const results = await search('tru so xa');
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThan(20);
    const marked = new Set(
      results.flatMap((r) => r.shown.flatMap((s) => s.marks)).map((m) => stripDiacritics(m).replace(/[^\p{L}]/gu, '')),
    );
    for (const m of marked) expect(['tru', 'so', 'xa'], m).toContain(m);
  });

  it('find nothing for a word the text does not have, instead of every page holding its start («khieu» is not «khi»)', async () => {
    await search('khieu');
    expect(await env.tab.locator('[data-search]').getAttribute('data-search-count')).toBe('0');
  });

  it('still answer a word being typed: the last word matches as the start of a longer one when nothing else does', async () => {
    const results = await search('thi tuyen cong ch');
    expect(results.length).toBeGreaterThan(0);
    expect(
      results
        .flatMap((r) => r.shown.flatMap((s) => s.marks))
        .map(stripDiacritics)
        .join(' '),
    ).toContain('chuc');
  });

  it('highlight the phrase typed, not every «của» of the passage', async () => {
    const marks = (await search('mot cua')).flatMap((r) => r.shown.flatMap((s) => s.marks));
    expect(marks.map((m) => m.replace(/[^\p{L}]/gu, '').toLowerCase())).not.toContain('của');
  });

  it('rank pages holding the words side by side before pages holding them apart', async () => {
    const [first] = await search('ke hoach kiem tra');
    expect(first?.shown[0]?.marks.length).toBeGreaterThanOrEqual(2);
    expect(stripDiacritics(first?.shown[0]?.excerpt ?? '')).toMatch(/ke hoach kiem tra/);
  });
});

describe('everyday words', () => {
  it('lead to the plan’s own words and say so', async () => {
    const results = await search('khieu nai');
    expect(results.length).toBeGreaterThan(0);
    const note = env.tab.locator('[data-search-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/văn bản dùng từ «phản ánh, kiến nghị»/);
    expect(results.flatMap((r) => r.shown.map((s) => s.excerpt)).join(' ')).toMatch(/phản ánh, kiến nghị/);
    await search('dat dai');
    expect(await note.isVisible()).toBe(false);
  });
});

describe('results a phone can hold', () => {
  it('show at most two passages per page, the rest behind a button that says how many and reveals them', async () => {
    const context = await env.browser.newContext({ viewport: VIEWPORTS[0] });
    const phone = await context.newPage();
    await phone.goto(`${env.server.origin}${urls.search()}?q=mot+cua`);
    await resultsShown(phone, 'mot cua');
    const results = await search('mot cua', phone);
    for (const r of results) expect(r.shown.length, r.url).toBeLessThanOrEqual(2);
    const withMore = results.find((r) => r.more);
    expect(withMore, JSON.stringify(results)).toBeDefined();
    expect(withMore?.more?.text).toBe(`Xem thêm ${withMore?.hidden} đoạn`);
    expect(withMore?.more?.expanded).toBe('false');
    const button = phone.locator(`.result__more[aria-controls="${withMore?.more?.controls}"]`);
    await button.focus();
    await phone.keyboard.press('Enter');
    const list = phone.locator(`#${withMore?.more?.controls}`);
    await expect.poll(() => list.locator('.result__passage[hidden]').count()).toBe(0);
    expect(await phone.evaluate(() => document.activeElement?.closest('.result__passage') !== null)).toBe(true);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
