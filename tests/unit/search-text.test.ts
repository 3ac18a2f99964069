import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  foldD,
  foldForSearch,
  markWordEnds,
  markWordEndsInHtml,
  prepareQuery,
  stripDiacritics,
  unifyTonePlacement,
  withoutWordEnds,
  WORD_END,
} from '../../src/lib/search/search-text.ts';
import { itReturns } from './table.ts';

describe('unifyTonePlacement', () => {
  it('moves the tone of a final oa, oe, uy to the first vowel', () => {
    const pairs: [string, string][] = [
      ['hoà', 'hòa'],
      ['hoá', 'hóa'],
      ['hoả', 'hỏa'],
      ['hoã', 'hõa'],
      ['hoạ', 'họa'],
      ['xoá', 'xóa'],
      ['khoẻ', 'khỏe'],
      ['loè', 'lòe'],
      ['xoẽ', 'xõe'],
      ['thuý', 'thúy'],
      ['thuỳ', 'thùy'],
      ['Uỷ', 'Ủy'],
      ['huỹ', 'hũy'],
      ['luỵ', 'lụy'],
      ['HOÁ', 'HÓA'],
      ['UỶ', 'ỦY'],
    ];
    for (const [old, current] of pairs) {
      expect(unifyTonePlacement(old), old).toBe(current);
      expect(unifyTonePlacement(current), current).toBe(current);
    }
  });

  it('leaves syllables that go on after the pair alone', () => {
    for (const word of ['hoàn', 'toán', 'quyết', 'khuỳnh', 'hoặc', 'xoắn', 'hoạt', 'thuyền', 'khuya'])
      expect(unifyTonePlacement(word)).toBe(word);
  });

  it('leaves «qu» + y alone: the u belongs to the consonant', () => {
    expect(unifyTonePlacement('quý quỹ quỳ')).toBe('quý quỹ quỳ');
  });

  it('accepts decomposed input and returns NFC', () => {
    const decomposed = 'Uy\u0309 ban'; // «Uỷ» typed with a combining hook above
    expect(unifyTonePlacement(decomposed)).toBe('Ủy ban');
    expect(unifyTonePlacement('ho\u0061\u0301')).toBe('hóa');
  });
});

describe('foldD', () => {
  it('folds đ and Đ, and nothing else', () => {
    expect(foldD('Đổi mới, đất đai, chỉ đạo')).toBe('Dổi mới, dất dai, chỉ dạo');
    expect(foldD('dân dụng')).toBe('dân dụng');
  });
});

describe('foldForSearch', () => {
  it('makes old and new spellings of the same words equal', () => {
    expect(foldForSearch('Uỷ ban')).toBe(foldForSearch('Ủy ban'));
    expect(foldForSearch('hoá')).toBe(foldForSearch('hóa'));
    expect(foldForSearch('xoá đói')).toBe(foldForSearch('xóa đói'));
    expect(foldForSearch('đất đai')).toBe('dất dai');
  });

  it('keeps tones and hats, so exact-diacritic matches can still rank first', () => {
    expect(foldForSearch('chỉ đạo')).toBe('chỉ dạo');
    expect(foldForSearch('cán bộ')).not.toBe(foldForSearch('cạn bổ'));
  });

  it('never changes word boundaries or the number of characters (excerpts stay aligned)', () => {
    const text = readFileSync('content/sources/qd-26-2007-qd-ubnd.txt', 'utf8').normalize('NFC');
    const folded = foldForSearch(text);
    expect(folded).toHaveLength(text.length);
    expect(folded.split(/\s+/u)).toHaveLength(text.split(/\s+/u).length);
    expect([...folded].map((c) => /\s/u.test(c))).toEqual([...text].map((c) => /\s/u.test(c)));
    expect(folded).not.toMatch(/[đĐ]/u);
  });
});

describe('prepareQuery', () => {
  itReturns('collapses white space and folds', prepareQuery, [
    ['  Ủy   ban\tnhân dân ', 'Ủy ban nhân dân'],
    ['ĐẤT ĐAI', 'DẤT DAI'],
  ]);

  itReturns('keeps a wholly quoted query a phrase, whatever the quote marks', prepareQuery, [
    ['"chỉ đạo"', '"chỉ dạo"'],
    ['“một cửa”', '"một cửa"'],
    ['«liên thông»', '"liên thông"'],
  ]);

  itReturns('drops stray quotes that do not wrap the whole query', prepareQuery, [
    ['"một cửa" liên thông', 'một cửa liên thông'],
    ['"', ''],
  ]);
});

describe('stripDiacritics', () => {
  itReturns('gives what a query typed without diacritics looks like', stripDiacritics, [
    ['Chỉ đạo điều hành', 'chi dao dieu hanh'],
    ['Uỷ ban', 'uy ban'],
    ['Ủy ban', 'uy ban'],
  ]);
});

describe('closing letters for whole-syllable matching', () => {
  it('closes every word of plain text, in the case of its last letter', () => {
    expect(markWordEnds('Sở Nội vụ, 26/2007/QĐ-UBND.')).toBe(
      `Sở${WORD_END} Nội${WORD_END} vụ${WORD_END}, 26${WORD_END}/2007${WORD_END}/QĐQ-UBNDQ.`,
    );
    expect(withoutWordEnds(markWordEnds('chỉ đạo, kiểm tra'))).toBe('chỉ đạo, kiểm tra');
  });

  it('closes the words of an HTML page’s text only', () => {
    const html =
      '<p class="a" data-pagefind-filter="kind:task">Sở &amp; “một cửa”</p><script>let x = 1</script><!-- note -->';
    expect(markWordEndsInHtml(html)).toBe(
      '<p class="a" data-pagefind-filter="kind:task">Sởq &amp; “mộtq cửaq”</p><script>let x = 1</script><!-- note -->',
    );
  });

  it('never changes where words start or end', () => {
    const text = 'Uỷ ban nhân dân tỉnh: báo cáo 6 tháng, 1 năm.';
    const words = (s: string) => s.split(/\s+/u).length;
    expect(words(markWordEnds(text))).toBe(words(text));
  });
});
