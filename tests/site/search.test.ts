import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeFragment, type Fragment } from '../../scripts/lib/search-index.ts';
import { PAGEFIND_CHUNK_POSITIONS, readWordIndexes, rechunk, type IndexFile } from '../../scripts/lib/search-chunks.ts';
import { provisionAreas } from '../../src/lib/search/search-facets.ts';
import { stripDiacritics } from '../../src/lib/search/search-text.ts';
import { showsPassage } from '../../scripts/lib/search-bench.ts';
import { urls } from '../../src/lib/site/urls.ts';
import type { Area } from '../../src/schemas/roles.ts';
import { serveDist, VIEWPORTS } from './browser.ts';
import { dist, page as builtPage, projectRoot as root } from './built-site.ts';
import { readCollection } from './content-files.ts';
import { axe, formatViolations } from './gates/a11y.ts';
import { builtPages } from './gates/pages.ts';
import { expectVariedQueries, readQueryFixture, resultsShown, searchPageTab } from './search-page.ts';

const officialText = readFileSync(join(root, 'content/sources/qd-26-2007-qd-ubnd.txt'), 'utf8').normalize('NFC');
const norm = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

const queries = readQueryFixture(
  'tests/fixtures/search-queries.yaml',
  z.object({
    who: z.enum(['citizen', 'official', 'trainer']),
    query: z.string().min(1),
    passage: z
      .string()
      .min(1)
      .refine((p) => norm(officialText).includes(norm(p)), 'is not a passage of the official text'),
  }),
);

/** Pages deliberately left out of the index, and why. */
const NOT_INDEXED: [RegExp, string][] = [
  [/^\/tim-kiem\/$/, 'the search page itself has nothing to find'],
  [/^\/404\.html$/, 'the error page'],
  [/^\/(van-ban|muc-tieu|nhiem-vu|co-quan|thuat-ngu|van-ban-dan-chieu)\/$/, 'a list of pages that are each indexed'],
  [/^\/ma-tran-trach-nhiem\/$/, 'a table derived from the task pages, which are indexed'],
  [/^\/co-quan\/[^/]+\/danh-sach\/$/, 'a print handout of the body page, which is indexed'],
  [/^\/thoi-gian\/[^/]+\/$/, 'one body’s slice of the timeline; the timeline and the body page are indexed'],
  [/^\/in\/.+/, 'print handouts made from pages that are indexed'],
];

/** What Pagefind indexes of a built page: its <main>, less the parts marked data-pagefind-ignore. */
function indexedText(url: string): string {
  const main = builtPage(url).querySelector('main')?.cloneNode(true) as Element | undefined;
  for (const ignored of main?.querySelectorAll('[data-pagefind-ignore]') ?? []) ignored.remove();
  return main?.textContent ?? '';
}

/** The index as served: the entry file, the metadata and the word chunks. */
const pagefindFiles = (): IndexFile[] =>
  (readdirSync(join(dist, 'pagefind'), { recursive: true }) as string[])
    .map((path) => path.split('\\').join('/'))
    .filter((path) => /^(pagefind-entry\.json|[^/]+\.pf_meta|index\/[^/]+\.pf_index)$/.test(path))
    .map((path) => ({ path, content: readFileSync(join(dist, 'pagefind', path)) }));

/** The index's fragments: what each indexed page shows in results. */
const fragments: Fragment[] = readdirSync(join(dist, 'pagefind/fragment')).map((f) =>
  decodeFragment(readFileSync(join(dist, 'pagefind/fragment', f)), f),
);

const env = searchPageTab();

interface Shown {
  url: string;
  meta: string;
  excerpts: string[];
  marks: string[];
  cites: { href: string; text: string }[];
}

/** What the results list shows, once it answers `query`. */
async function shown(page: Page, query: string): Promise<Shown[]> {
  await resultsShown(page, query);
  return page.evaluate(() =>
    [...document.querySelectorAll('#search-results > .result')].map((li) => ({
      url: li.querySelector('.result__title a')?.getAttribute('href') ?? '',
      meta: li.querySelector('.result__meta')?.textContent ?? '',
      // What a reader sees: passages behind «Xem thêm … đoạn» do not count.
      excerpts: [...li.querySelectorAll('.result__excerpt')]
        .filter((e) => !e.closest('[hidden]'))
        .map((e) => e.textContent ?? ''),
      marks: [...li.querySelectorAll('mark')].filter((m) => !m.closest('[hidden]')).map((m) => m.textContent ?? ''),
      cites: [...li.querySelectorAll<HTMLAnchorElement>('.result__cite')]
        .filter((a) => !a.closest('[hidden]'))
        .map((a) => ({
          href: a.getAttribute('href') ?? '',
          text: a.textContent ?? '',
        })),
    })),
  );
}

/** Searches, then asks once for more results (the page shows three at a time), and returns them all. */
async function searchDeeper(query: string): Promise<Shown[]> {
  const first = await search(query);
  const more = env.tab.locator('[data-search-more]');
  if (!(await more.isVisible())) return first;
  await more.click();
  await expect.poll(async () => (await shown(env.tab, query)).length).toBeGreaterThan(first.length);
  return shown(env.tab, query);
}

/** How many pages the last search found. */
const count = async () => Number(await env.tab.locator('[data-search]').getAttribute('data-search-count'));

/** Types a query into the search page's field (as a paste: one input event) and returns the results. */
async function search(query: string): Promise<Shown[]> {
  await env.tab.fill('#search-q', query);
  return shown(env.tab, query);
}

describe('the query set', () => {
  it('is realistic and varied: ≥ 40 queries, ≥ half without diacritics, ≥ 10 typing «đ» as «d»', () => {
    expectVariedQueries(queries, 40);
    const typedD = queries.filter((q) => {
      const dWords = new Set(
        q.passage
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => /[đĐ]/u.test(w))
          .map(stripDiacritics),
      );
      return (
        !/[đĐ]/u.test(q.query) &&
        stripDiacritics(q.query)
          .split(/\s+/u)
          .some((w) => dWords.has(w))
      );
    });
    expect(typedD.length).toBeGreaterThanOrEqual(10);
    for (const who of ['citizen', 'official', 'trainer']) expect(queries.some((q) => q.who === who)).toBe(true);
  });
});

describe('each query finds its passage among the first three results', () => {
  for (const { query, passage } of queries)
    it(`«${query}» → «${passage}»`, async () => {
      const top = (await search(query)).slice(0, 3);
      const found = top.some((r) => r.excerpts.some((e) => showsPassage(e, passage)));
      expect(found, JSON.stringify(top, null, 1)).toBe(true);
    });
});

describe('matching Vietnamese as people type it', () => {
  it('finds the same passages with and without diacritics', async () => {
    for (const [withMarks, without] of [
      ['chỉ đạo điều hành', 'chi dao dieu hanh'],
      ['đất đai', 'dat dai'],
      ['Đài phát thanh', 'dai phat thanh'],
    ] as const) {
      const a = await searchDeeper(withMarks);
      const countA = await count();
      const b = await searchDeeper(without);
      expect(await count(), without).toBe(countA);
      expect(a.length, withMarks).toBeGreaterThan(0);
      // Two of the first three of each among the first six of the other: exact-diacritic matches rank first, so
      // pages near a tie may come in another order.
      const firstUrls = (list: Shown[], n: number) => list.slice(0, n).map((r) => r.url);
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const shared = firstUrls(x, 3).filter((url) => firstUrls(y, 6).includes(url));
        expect(
          shared.length,
          `${without}: ${firstUrls(b, 6).join(' ')} vs ${firstUrls(a, 6).join(' ')}`,
        ).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('ranks exact-diacritic matches first', async () => {
    for (const word of ['đất', 'đạt', 'đạo', 'đào']) {
      const [first] = await search(word);
      expect(
        first?.marks.map((m) => norm(m)),
        word,
      ).toContain(word);
    }
  });

  it('matches old and new tone placement both ways', async () => {
    // Typed in one placement, marked where a page prints the other: the plan's text has «Uỷ», «hoá», «xoá», the
    // site's own words mostly «Ủy», «hóa», «xóa».
    for (const [typed, printed] of [
      ['Ủy ban', 'uỷ'],
      ['hóa', 'hoá'],
      ['xóa', 'xoá'],
      ['Uỷ ban', 'ủy'],
      ['hoá', 'hóa'],
      ['xoá', 'xóa'],
    ] as const) {
      const marks = (await search(typed)).flatMap((r) => r.marks).map(norm);
      expect(marks.join(' '), typed).toContain(printed);
    }
  });

  it('matches a quoted phrase as a phrase', async () => {
    await search('chi dao kiem tra');
    const loose = await count();
    const phrase = await search('"chi dao, kiem tra"');
    expect(phrase.length).toBeGreaterThan(0);
    expect(await count()).toBeLessThan(loose);
    const words = (s: string) => stripDiacritics(s).replace(/[^\p{L}\p{N}]+/gu, ' ');
    for (const r of phrase) expect(r.excerpts.map(words).join(' | '), r.url).toContain('chi dao kiem tra');
  });

  it('says clearly when nothing matches, with what to try', async () => {
    expect(await search('qxzqxz')).toEqual([]);
    const status = env.tab.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/Không tìm thấy.*không dấu.*bớt từ/);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
  });

  it('announces the result count to screen readers once typing settles', async () => {
    const results = await search('cong chuc');
    const status = env.tab.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/^Tìm thấy \d+ trang cho «cong chuc»\.$/);
    expect(results.length).toBeGreaterThan(0);
  });
});

describe('results', () => {
  it('show the title, a highlighted excerpt of the real text, and the citation of the clause', async () => {
    const results = await search('dat dai dau tu xay dung');
    const reader = results.find((r) => r.url === urls.reader('qd-26-2007-qd-ubnd'));
    expect(reader, JSON.stringify(results)).toBeDefined();
    const clause = readCollection<{ text: string }>('provisions').find((p) => p.data.text.includes('đất đai, đầu tư'));
    expect(reader?.cites[0]?.href).toBe(`${urls.reader('qd-26-2007-qd-ubnd')}#${clause?.id}`);
    expect(reader?.cites[0]?.text).toMatch(
      /^gạch đầu dòng thứ 4 khoản 1\.3 mục II Kế hoạch ban hành kèm theo Quyết định/,
    );
    expect(reader?.excerpts[0]).toContain('đất đai');
    expect(reader?.marks.map(norm)).toContain('đất');
  });

  it('open at the clause: every provision of the reader is a sub-result titled with its citation', () => {
    const reader = fragments.find((f) => f.url === urls.reader('qd-26-2007-qd-ubnd'));
    const doc = builtPage(urls.reader('qd-26-2007-qd-ubnd'));
    const titled = new Map(reader?.anchors.filter((a) => a.title).map((a) => [a.id, a.title]));
    for (const { id } of readCollection('provisions')) {
      // The citation the reader shows for the clause in the fragment (CSS :target) is this same attribute.
      const cite = doc.getElementById(id)?.getAttribute('data-pagefind-title') ?? undefined;
      expect(cite, id).toMatch(/Quyết định số 26\/2007\/QĐ-UBND/);
      expect(titled.get(id), id).toBe(cite);
    }
    // The clauses are anchors without a second copy of their words: the fragment stays the size of the text.
    const anchorText = reader?.anchors.reduce((n, a) => n + (a.text?.length ?? 0), 0) ?? Infinity;
    expect(anchorText).toBeLessThan((reader?.content.length ?? 0) / 20);
  });

  it('are narrowed by kind of page, area of reform and body', async () => {
    await search('ke hoach');
    const all = await shown(env.tab, 'ke hoach');
    await env.tab.goto(`${env.server.origin}${urls.search()}?q=ke+hoach&kind=task`);
    const tasks = await shown(env.tab, 'ke hoach');
    expect(tasks.length).toBeGreaterThan(0);
    for (const r of tasks) expect(r.meta, r.url).toMatch(/^Nhiệm vụ/);
    expect(await env.tab.locator('input[name="kind"][value="task"]').isChecked()).toBe(true);
    expect(all.some((r) => !r.meta.startsWith('Nhiệm vụ'))).toBe(true);

    const provisions = readCollection<{ parent?: string }>('provisions').map((p) => ({
      id: p.id,
      data: { parent: p.data.parent ? { id: p.data.parent } : undefined },
    }));
    const tasksData = readCollection<{ provision: string; area: Area }>('tasks').map((t) => ({
      data: { provision: { id: t.data.provision }, area: t.data.area },
    }));
    const areas = provisionAreas(provisions, tasksData);
    await env.tab.goto(`${env.server.origin}${urls.search()}?q=kiem+tra&area=tai-chinh`);
    const money = await shown(env.tab, 'kiem tra');
    expect(money.length).toBeGreaterThan(0);
    for (const r of money) {
      expect(builtPage(r.url).querySelector('[data-pagefind-filter="area:tai-chinh"]'), r.url).not.toBeNull();
      for (const c of r.cites.filter((c) => c.href.startsWith(urls.reader('qd-26-2007-qd-ubnd'))))
        expect(areas.get(c.href.split('#')[1] ?? ''), c.href).toBe('tai-chinh');
    }

    await env.tab.goto(`${env.server.origin}${urls.search()}?q=ke+hoach&body=so-tai-chinh`);
    const body = await shown(env.tab, 'ke hoach');
    expect(body.length).toBeGreaterThan(0);
    for (const r of body)
      expect(builtPage(r.url).querySelector('[data-pagefind-filter="body:so-tai-chinh"]'), r.url).not.toBeNull();
    await env.tab.goto(env.server.origin + urls.search());
  });
});

describe('the search page', () => {
  it('reads the query from the URL and keeps it there, so searches can be shared', async () => {
    await env.tab.goto(`${env.server.origin}${urls.search()}?q=${encodeURIComponent('một cửa')}`);
    expect(await env.tab.inputValue('#search-q')).toBe('một cửa');
    expect((await shown(env.tab, 'một cửa')).length).toBeGreaterThan(0);
    await search('so noi vu');
    await expect.poll(() => new URL(env.tab.url()).search).toBe('?q=so+noi+vu');
  });

  it('can be used with the keyboard alone: type, reach results and load more', async () => {
    await env.tab.goto(env.server.origin + urls.search());
    await env.tab.focus('#search-q');
    await env.tab.keyboard.type('can bo');
    await shown(env.tab, 'can bo');
    const more = env.tab.locator('[data-search-more]');
    expect(await more.isVisible()).toBe(true);
    const before = await env.tab.locator('#search-results > .result').count();
    for (let i = 0; i < 40 && !(await more.evaluate((b) => b === document.activeElement)); i++)
      await env.tab.keyboard.press('Tab');
    await env.tab.keyboard.press('Enter');
    await expect.poll(() => env.tab.locator('#search-results > .result').count()).toBeGreaterThan(before);
    const focused = await env.tab.evaluate(() => document.activeElement?.closest('.result'));
    expect(focused).not.toBeNull();
  });

  it('fits a 390px phone with results and filters open, and passes axe', async () => {
    const context = await env.browser.newContext({ viewport: VIEWPORTS[0] });
    const phone = await context.newPage();
    await phone.goto(`${env.server.origin}${urls.search()}?q=cai+cach+hanh+chinh&area=the-che`);
    await shown(phone, 'cai cach hanh chinh');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(formatViolations(await axe(phone, urls.search(), 'phone'))).toEqual([]);
    await context.close();
  });

  it('makes no request outside the site', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${env.server.origin}${urls.search()}?q=dat+dai`);
    await shown(page, 'dat dai');
    expect(requested.filter((u) => !u.startsWith(env.server.origin) && !u.startsWith('data:'))).toEqual([]);
    expect(requested.some((u) => u.includes('/pagefind/'))).toBe(true);
    await context.close();
  });

  it('explains, with JavaScript off, that live search needs it and where to read instead', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}${urls.search()}?q=dat+dai`);
    expect(await page.locator('main').innerText()).toMatch(/Tìm kiếm cần JavaScript/);
    expect(await page.locator(`main a[href="${urls.documents()}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search]').isVisible()).toBe(false);
    await context.close();
  });

  it('ships its script as a file (the CSP forbids inline scripts)', () => {
    const scripts = [...builtPage(urls.search()).querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s.getAttribute('src'), s.outerHTML.slice(0, 80)).toMatch(/^\/_astro\//);
  });
});

describe('the index', () => {
  const pages = builtPages(dist);
  const skip = (path: string) => NOT_INDEXED.find(([re]) => re.test(path));

  it('covers every content page’s <main>, and nothing else', () => {
    const indexed = new Set(fragments.map((f) => f.url));
    for (const { path } of pages) {
      const main = builtPage(path).querySelector('main');
      if (skip(path)) {
        expect(indexed.has(path), path).toBe(false);
        continue;
      }
      expect(main?.hasAttribute('data-pagefind-body'), path).toBe(true);
      expect(indexed.has(path), path).toBe(true);
    }
  });

  it('is in Vietnamese only', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
  });

  it('finds each word on the same pages in its small chunks as in the chunks Pagefind would cut', async () => {
    const files = pagefindFiles();
    const [index] = readWordIndexes(files);
    expect(index?.chunks.length, 'chunks').toBeGreaterThan(20);
    // The same index in Pagefind's own chunk size, served beside the site's.
    const own = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
    cpSync(join(dist, 'pagefind'), join(own, 'pagefind'), { recursive: true });
    for (const f of files) rmSync(join(own, 'pagefind', f.path));
    for (const f of rechunk(files, PAGEFIND_CHUNK_POSITIONS)) writeFileSync(join(own, 'pagefind', f.path), f.content);
    const words = (index?.chunks.flatMap((c) => c.words.map((w) => w[0])) ?? []).filter((w) =>
      /^[\p{L}\p{N}]+$/u.test(w),
    );
    expect(words.length).toBeGreaterThan(500);
    /** Pagefind's runtime at `origin`, searching each word alone: the pages found. */
    const pagesFound = async (origin: string) => {
      const page = await env.browser.newPage();
      await page.goto(`${origin}/pagefind/pagefind-entry.json`);
      const found = (await page.evaluate(`(async () => {
        const pf = await import('/pagefind/pagefind.js');
        const out = {};
        for (const term of ${JSON.stringify(words)}) out[term] = (await pf.search(term)).results.map((r) => r.id).sort();
        return out;
      })()`)) as Record<string, string[]>;
      await page.close();
      return found;
    };
    const ownServer = await serveDist(own);
    try {
      const [site, pagefindOwn] = await Promise.all([pagesFound(env.server.origin), pagesFound(ownServer.origin)]);
      expect(Object.values(site).filter((ids) => ids.length > 0).length).toBeGreaterThan(500);
      expect(site).toEqual(pagefindOwn);
    } finally {
      await ownServer.close();
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('holds a clause’s words in the reader and on its task, not in the copies quoted under a body’s duties', () => {
    const clause = readCollection<{ text: string }>('provisions').find((p) => p.id === 'kh-iii-2-3');
    const text = norm(clause?.data.text ?? '');
    expect(text.length).toBeGreaterThan(200);
    const content = (url: string) => norm(fragments.find((f) => f.url === url)?.content ?? '');
    expect(content(urls.reader('qd-26-2007-qd-ubnd'))).toContain(text);
    expect(content(urls.task('nv-iii-2-3'))).toContain(text);
    // Sở Nội vụ's page quotes the clause under its duties, for the reader of that page, but search finds it at its home.
    const body = urls.body('so-noi-vu');
    expect(norm(builtPage(body).querySelector('main')?.textContent ?? '')).toContain(text);
    expect(content(body)).not.toContain(text);
    expect(content(body)).toContain(norm('Sở Nội vụ'));
  });

  it('shows readers the real text, never the folded copy it searches', () => {
    const reader = fragments.find((f) => f.url === urls.reader('qd-26-2007-qd-ubnd'));
    for (const p of readCollection<{ text: string }>('provisions'))
      expect(norm(reader?.content ?? ''), p.id).toContain(norm(p.data.text));
    for (const f of fragments) {
      if (/đ/iu.test(indexedText(f.url))) expect(f.content, f.url).toMatch(/đ/iu);
      expect(f.meta['title'], f.url).toBe(
        builtPage(f.url).querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim(),
      );
    }
  });

  it('leaves navigation and chrome out', () => {
    const home = fragments.find((f) => f.url === urls.home());
    expect(home?.content).not.toContain('Bỏ qua, đến nội dung chính');
    expect(home?.content).not.toContain('Tìm trong kế hoạch');
  });
});
