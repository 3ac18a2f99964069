import { describe, expect, it } from 'vitest';
import { page } from './built-site.ts';
import { readCollection } from './content-files.ts';

const reader = page('/van-ban/qd-26-2007-qd-ubnd/');
const region = reader.querySelector('[data-official-text]') as Element;
const provisions = readCollection<{
  text: string;
  paragraph: number;
  kind: string;
  parent?: string;
  label?: string;
}>('provisions').sort((a, b) => a.data.paragraph - b.data.paragraph);
const byId = new Map(provisions.map((p) => [p.id, p]));
const aliased = (folder: string, prefix: string) =>
  readCollection<{ aliases: string[] }>(folder).flatMap((e) =>
    e.data.aliases.map((alias) => ({ alias, href: `${prefix}${e.id}/` })),
  );
const documents = aliased('legal-references', '/van-ban-dan-chieu/');
const bodiesAndTerms = [...aliased('bodies', '/co-quan/'), ...aliased('glossary', '/thuat-ngu/')];
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Whole-word occurrences of an alias in a text. */
function occurrences(text: string, alias: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1))
    if (!isLetter(text[at - 1]) && !isLetter(text[at + alias.length])) found.push(at);
  return found;
}

/**
 * The names a text mentions, as the site finds them: whole words, the longest
 * name first where two overlap (written here again, independently of the site's code).
 */
function mentionsIn(text: string) {
  const taken: { start: number; end: number; href: string }[] = [];
  for (const { alias, href } of [...documents, ...bodiesAndTerms].sort((a, b) => b.alias.length - a.alias.length))
    for (const start of occurrences(text, alias)) {
      const end = start + alias.length;
      if (!taken.some((t) => t.start < end && t.end > start)) taken.push({ start, end, href });
    }
  return taken.sort((a, b) => a.start - b.start);
}

/** The links inside a provision's text, as character ranges of its text. */
function linkRanges(el: Element) {
  const ranges: { start: number; end: number; href: string }[] = [];
  let at = 0;
  for (const node of el.childNodes) {
    const text = node.textContent ?? '';
    if (node.nodeName === 'A')
      ranges.push({ start: at, end: at + text.length, href: (node as Element).getAttribute('href') ?? '' });
    at += text.length;
  }
  return ranges;
}
/** A provision's words: the paragraph or heading inside the element that carries its id. */
const provisionElement = (id: string) => {
  const el = reader.getElementById(id)?.querySelector(':scope > .prov-text');
  if (!el) throw new Error(`no words of #${id} in the reader`);
  return el;
};
/** Links to other pages (not the clause's own permalink). */
const mentionLinks = (id: string) => linkRanges(provisionElement(id)).filter((r) => !r.href.startsWith('#'));

/**
 * The numbered item a provision belongs to, read from the content files: a
 * section, item or article is one; its bullets and unnumbered paragraphs are
 * part of it; the rest of the document (title, bases, preamble, closing …) is in none.
 */
function itemOf(id: string): string | undefined {
  const p = byId.get(id);
  if (!p) throw new Error(id);
  if (['section', 'item', 'article'].includes(p.data.kind)) return id;
  return ['bullet', 'paragraph'].includes(p.data.kind) && p.data.parent ? itemOf(p.data.parent) : undefined;
}

describe('the reader', () => {
  it('shows every provision as its own paragraph or heading, with its id and its citation, and no row under it', () => {
    for (const p of provisions) {
      const anchor = reader.getElementById(p.id) as Element;
      expect(anchor.parentElement?.closest('[data-official-text]'), p.id).not.toBeNull();
      expect(anchor.getAttribute('data-pagefind-title'), p.id).toMatch(
        /(Quyết định|Kế hoạch ban hành kèm theo Quyết định) số 26\/2007\/QĐ-UBND ngày 09\/02\/2007 của Uỷ ban nhân dân tỉnh Bắc Kạn$/,
      );
      // The element with the id holds only the words, so the search index keeps one copy of them.
      expect(
        [...anchor.children].map((c) => c.className.split(' ')[0]),
        p.id,
      ).toEqual(['prov-text']);
      expect(provisionElement(p.id).textContent, p.id).toBe(anchor.textContent);
      const next = anchor.nextElementSibling;
      if (next && !next.hasAttribute('data-pagefind-title'))
        expect(next.matches('.prov-note[data-site-addition]'), `${p.id}: ${next.outerHTML.slice(0, 80)}`).toBe(true);
    }
    expect(region.querySelectorAll('details, button, .cite').length).toBe(0);
  });

  it('makes each clause’s printed number its permalink, and adds no other link to the clause itself', () => {
    for (const p of provisions) {
      const own = linkRanges(provisionElement(p.id)).filter((r) => r.href.startsWith('#'));
      if (p.data.label) expect(own, p.id).toEqual([{ start: 0, end: p.data.label.length, href: `#${p.id}` }]);
      else expect(own, p.id).toEqual([]);
    }
  });

  it('cites a clause in Vietnamese legal form, as before', () => {
    expect(reader.getElementById('kh-iii-2-2-1')?.getAttribute('data-pagefind-title')).toBe(
      'khoản 2.2.1 mục III Kế hoạch ban hành kèm theo Quyết định số 26/2007/QĐ-UBND ngày 09/02/2007 của Uỷ ban nhân dân tỉnh Bắc Kạn',
    );
    expect(reader.getElementById('kh-ii-1-3-g2')?.getAttribute('data-pagefind-title')).toMatch(
      /^gạch đầu dòng thứ 2 khoản 1\.3 mục II Kế hoạch ban hành kèm theo Quyết định số 26\/2007\/QĐ-UBND/,
    );
  });

  it('links every mention of a cited document to its page', () => {
    let checked = 0;
    for (const p of provisions)
      for (const { alias, href } of documents)
        for (const at of occurrences(p.data.text, alias)) {
          const link = mentionLinks(p.id).find((r) => r.start < at + alias.length && r.end > at);
          expect(link, `${p.id}: «${alias}»`).toBeDefined();
          // A longer cited name may have taken these words; then that link stands.
          if (link?.start === at && link.end === at + alias.length) expect(link.href, p.id).toBe(href);
          checked += 1;
        }
    expect(checked).toBeGreaterThan(5);
  });

  it('links only the first mention of a body or term in each numbered item, and none outside numbered items', () => {
    const seen = new Set<string>();
    let items = 0;
    for (const p of provisions) {
      const links = mentionLinks(p.id).filter((r) => !r.href.startsWith('/van-ban-dan-chieu/'));
      for (const l of links) expect(l.href, p.id).toMatch(/^\/(co-quan|thuat-ngu)\//);
      const item = itemOf(p.id);
      const first = mentionsIn(p.data.text).find((m) => !m.href.startsWith('/van-ban-dan-chieu/'));
      if (item === undefined || seen.has(item) || !first) {
        expect(links, p.id).toEqual([]);
        continue;
      }
      seen.add(item);
      items += 1;
      expect(links, p.id).toEqual([first]);
    }
    expect(items).toBeGreaterThan(40);
  });

  it('keeps the official text quiet: at most 1.5 links per paragraph in it, all kinds counted', () => {
    const links = region.querySelectorAll('a[href]').length;
    const paragraphs = region.querySelectorAll('.prov-text').length;
    expect(paragraphs).toBe(provisions.length);
    expect(links / paragraphs).toBeLessThanOrEqual(1.5);
  });

  it('shows the metadata panel, with the effective date and how it was derived', () => {
    const meta = reader.querySelector('.doc-meta')?.textContent?.replace(/\s+/g, ' ') ?? '';
    for (const label of [
      'Số hiệu',
      'Loại văn bản',
      'Cơ quan ban hành',
      'Ngày ban hành',
      'Ngày có hiệu lực',
      'Căn cứ',
      'Thời kỳ',
    ])
      expect(meta).toContain(label);
    expect(meta).toContain('26/2007/QĐ-UBND');
    expect(meta).toContain('09/02/2007');
    expect(meta).toMatch(/19\/02\/2007.*Cách tính:.*10 ngày/);
    expect(reader.querySelector('time[datetime="2007-02-19"]')).not.toBeNull();
  });

  it('says the plan is historical and reports no results', () => {
    expect(reader.querySelector('.notice')?.textContent).toMatch(/không báo cáo kết quả/);
  });

  it('has a table of contents whose links land on provisions, and a link to it from the top', () => {
    const links = [...reader.querySelectorAll('.toc a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(reader.getElementById(href.slice(1)), href).not.toBeNull();
    expect(reader.querySelector('main a.reader__jump')?.getAttribute('href')).toBe('#toc-heading');
  });
});
