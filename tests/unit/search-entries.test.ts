import { describe, expect, it } from 'vitest';
import {
  bestNamed,
  decodeEntries,
  encodeEntries,
  NAME_MATCH,
  nameKey,
  namedEntries,
  queryForms,
  reword,
  scoreName,
  spellOut,
  type SearchEntry,
} from '../../src/lib/search/search-entries.ts';
import { itReturns } from './table.ts';

const lexicon = {
  abbreviations: { ubnd: 'uy ban nhan dan', hdnd: 'hoi dong nhan dan', nd: 'nghi dinh', cp: 'chinh phu' },
  everyday: [{ typed: ['khieu nai'], planTerm: 'phản ánh, kiến nghị' }],
};
const entry = (url: string, ...names: string[]): SearchEntry => ({ url, keys: names.map(nameKey) });
const entries = [
  entry('/co-quan/so-noi-vu/', 'Sở Nội vụ'),
  entry('/co-quan/giam-doc-so-noi-vu/', 'Giám đốc Sở Nội vụ'),
  entry('/co-quan/ban-chi-dao-cchc-tinh/', 'Ban Chỉ đạo cải cách hành chính của tỉnh', 'Ban Chỉ đạo của tỉnh'),
  entry('/co-quan/so-ke-hoach-dau-tu/', 'Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch Đầu tư'),
  entry('/thuat-ngu/ban-chi-dao/', 'Ban Chỉ đạo'),
  entry('/thuat-ngu/mot-cua-lien-thong/', 'cơ chế “một cửa” liên thông'),
  entry('/van-ban-dan-chieu/luat-to-chuc/', 'Luật Tổ chức HĐND và UBND'),
  entry('/van-ban-dan-chieu/nd-172/', 'Nghị định số 172/2004/NĐ-CP'),
  entry('/van-ban/qd/#kh-iii-3-5', 'khoản 3.5 mục III', '3.5'),
  entry('/van-ban/qd/#kh-ii-3-5', 'khoản 3.5 mục II', '3.5'),
];
const first = (query: string) => namedEntries(query, entries, lexicon)[0]?.url;

describe('nameKey', () => {
  it('keeps plain words and marks connectives as optional, knowing «của» from «cửa»', () => {
    expect(nameKey('Ban Chỉ đạo cải cách hành chính của tỉnh')).toBe('ban chi dao cai cach hanh chinh ~cua tinh');
    expect(nameKey('cơ chế “một cửa”')).toBe('co che mot cua');
    expect(nameKey('Uỷ ban nhân dân')).toBe(nameKey('Ủy ban nhân dân'));
  });
});

describe('queryForms', () => {
  it('spells out abbreviations and also reads the query without connectives', () => {
    expect(queryForms('ubnd tinh', lexicon)).toEqual([['uy', 'ban', 'nhan', 'dan', 'tinh']]);
    expect(queryForms('so ke hoach va dau tu', lexicon)).toEqual([
      ['so', 'ke', 'hoach', 'va', 'dau', 'tu'],
      ['so', 'ke', 'hoach', 'dau', 'tu'],
    ]);
  });
});

describe('scoreName', () => {
  const w = (s: string) => s.split(' ');
  it('ranks the name itself over its start, a number, a part of it and a name within the query', () => {
    const exact = scoreName(w('so noi vu'), w('so noi vu'));
    const start = scoreName(w('giam doc so'), w('giam doc so noi vu'));
    const number = scoreName(w('nghi dinh 172'), w('nghi dinh so 172 2004 nd cp'));
    const part = scoreName(w('mot cua lien thong'), w('co che mot cua lien thong'));
    const within = scoreName(w('so noi vu chu tri'), w('so noi vu'));
    expect(exact).toBeGreaterThan(start);
    expect(start).toBeGreaterThanOrEqual(NAME_MATCH.start);
    expect(number).toBeGreaterThanOrEqual(NAME_MATCH.number);
    expect(part).toBeGreaterThanOrEqual(NAME_MATCH.part);
    expect(within).toBeGreaterThanOrEqual(NAME_MATCH.within);
    expect(within).toBeLessThan(part);
  });

  it('does not take two words inside a longer name, or a name that is a small part of the query, for that name', () => {
    expect(scoreName(w('chi dao'), w('ban chi dao'))).toBe(0);
    expect(scoreName(w('tru so lam viec cap xa'), w('cap xa'))).toBe(0);
    expect(scoreName(w('noi vu'), w('so noi vu'))).toBe(0);
  });

  it('reads the last word as the start of a word being typed', () => {
    expect(scoreName(w('giam doc so noi v'), w('giam doc so noi vu'))).toBeGreaterThanOrEqual(NAME_MATCH.start);
    expect(scoreName(w('giam doc so noi v'), w('giam doc so noi vu'), false)).toBe(0);
  });
});

describe('namedEntries', () => {
  itReturns('finds the entry a query names, by name, alias, today’s spelling, abbreviation or number', first, [
    ['giam doc so noi vu', '/co-quan/giam-doc-so-noi-vu/'],
    ['so noi vu', '/co-quan/so-noi-vu/'],
    ['ban chỉ đạo cải cách hành chính của tỉnh', '/co-quan/ban-chi-dao-cchc-tinh/'],
    ['ban chi dao tinh', '/co-quan/ban-chi-dao-cchc-tinh/'],
    ['Sở Kế hoạch và Đầu tư', '/co-quan/so-ke-hoach-dau-tu/'],
    ['ban chi dao', '/thuat-ngu/ban-chi-dao/'],
    ['luat to chuc hdnd va ubnd', '/van-ban-dan-chieu/luat-to-chuc/'],
    ['luật tổ chức hội đồng nhân dân và ủy ban nhân dân', '/van-ban-dan-chieu/luat-to-chuc/'],
    ['172/2004', '/van-ban-dan-chieu/nd-172/'],
    ['nđ-cp 172', '/van-ban-dan-chieu/nd-172/'],
    ['một cửa liên thông', '/thuat-ngu/mot-cua-lien-thong/'],
    ['khoan 3.5 muc iii', '/van-ban/qd/#kh-iii-3-5'],
  ]);

  it('lists every entry sharing a label, in content order', () => {
    expect(namedEntries('3.5', entries, lexicon).map((e) => e.url)).toEqual([
      '/van-ban/qd/#kh-iii-3-5',
      '/van-ban/qd/#kh-ii-3-5',
    ]);
  });

  it('names nothing for words that are no entry’s name', () => {
    expect(namedEntries('chi dao', entries, lexicon)).toEqual([]);
    expect(namedEntries('dat dai', entries, lexicon)).toEqual([]);
  });
});

describe('reword', () => {
  it('puts the plan’s term in place of an everyday word, typed with or without diacritics', () => {
    expect(reword('khiếu nại thủ tục', lexicon)).toEqual({
      typed: 'khiếu nại',
      planTerm: 'phản ánh, kiến nghị',
      query: 'phản ánh, kiến nghị thủ tục',
      whole: false,
    });
    expect(reword('khieu nai', lexicon)?.whole).toBe(true);
    expect(reword('khieu nai', lexicon)?.query).toBe('phản ánh, kiến nghị');
    expect(reword('kiến nghị', lexicon)).toBeUndefined();
  });
});

describe('entries as shipped', () => {
  it('round-trip through their compact text', () => {
    expect(decodeEntries(encodeEntries(entries))).toEqual(entries);
  });

  it('refuse a key that would break the format', () => {
    expect(() => encodeEntries([{ url: '/a/', keys: ['x|y'] }])).toThrow(/x\|y/);
  });
});

describe('spellOut', () => {
  it('spells out the abbreviations of a query, and says nothing when there is none', () => {
    expect(spellOut('luat to chuc HĐND va UBND', lexicon)).toBe('luat to chuc hoi dong nhan dan va uy ban nhan dan');
    expect(spellOut('172/2004/NĐ-CP', lexicon)).toBe('172 2004 nghi dinh chinh phu');
    expect(spellOut('so noi vu', lexicon)).toBeUndefined();
  });
});

describe('bestNamed', () => {
  it('keeps each entry once with its best score, best first, at most three', () => {
    expect(
      bestNamed([
        { url: '/a/', score: 400 },
        { url: '/b/', score: 1003 },
        { url: '/a/', score: 600 },
        { url: '/c/', score: 500 },
        { url: '/d/', score: 300 },
      ]),
    ).toEqual([
      { url: '/b/', score: 1003 },
      { url: '/a/', score: 600 },
      { url: '/c/', score: 500 },
    ]);
  });
});
