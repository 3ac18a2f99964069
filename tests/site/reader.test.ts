import { describe, expect, it } from 'vitest';
import { page } from './built-site.ts';
import { readCollection } from './content-files.ts';

const reader = page('/van-ban/qd-26-2007-qd-ubnd/');
const provisions = readCollection<{ text: string; document: string }>('provisions');
const bodies = readCollection<{ aliases: string[] }>('bodies');
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

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

describe('the reader', () => {
  it('gives every provision an anchor and a citation', () => {
    for (const p of provisions) {
      const el = reader.getElementById(p.id);
      expect(el, p.id).not.toBeNull();
      expect(el?.querySelector(`a[href="#${p.id}"]`), p.id).not.toBeNull();
      expect(el?.querySelector('.cite')?.textContent, p.id).toMatch(
        /Trích dẫn.*Quyết định số 26\/2007\/QĐ-UBND ngày 09\/02\/2007/s,
      );
    }
  });

  it('cites a clause in Vietnamese legal form', () => {
    expect(reader.getElementById('kh-iii-2-2-1')?.querySelector('.cite dl')?.textContent).toContain(
      'khoản 2.2.1 mục III Kế hoạch ban hành kèm theo Quyết định số 26/2007/QĐ-UBND ngày 09/02/2007 của Uỷ ban nhân dân tỉnh Bắc Kạn',
    );
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

  it('links every mention of a body to its page (unless a longer, overlapping name is linked)', () => {
    for (const body of bodies)
      for (const alias of body.data.aliases)
        for (const p of provisions) {
          const el = reader.getElementById(p.id)?.querySelector('.prov-text');
          const text = el?.textContent ?? '';
          for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
            if (isLetter(text[at - 1]) || isLetter(text[at + alias.length])) continue;
            // A longer or overlapping name may have taken these words; then that link stands.
            const link = linkRanges(el as Element).find((r) => r.start < at + alias.length && r.end > at);
            const where = `${p.id}: «${alias}»`;
            expect(link, where).toBeDefined();
            if (link && link.start === at && link.end === at + alias.length)
              expect(link.href, where).toBe(`/co-quan/${body.id}/`);
          }
        }
  });

  it('has a table of contents whose links land on provisions', () => {
    const links = [...reader.querySelectorAll('.toc a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(reader.getElementById(href.slice(1)), href).not.toBeNull();
  });
});
