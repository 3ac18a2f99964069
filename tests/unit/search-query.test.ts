import { describe, expect, it } from 'vitest';
import { plainWords, readingsOf, stripFiller } from '../../src/lib/search/search-query.ts';
import { itReturns } from './table.ts';

describe('stripFiller', () => {
  itReturns('drops question words around what is asked, with or without diacritics', stripFiller, [
    ['biên chế là gì?', 'biên chế'],
    ['bien che la gi', 'bien che'],
    ['Sở Nội vụ ở đâu', 'Sở Nội vụ'],
    ['thủ tục hành chính như thế nào', 'thủ tục hành chính'],
    ['thế nào là cải cách hành chính', 'cải cách hành chính'],
  ]);

  it('keeps a query that is nothing but question words, and words that only look alike inside it', () => {
    expect(stripFiller('là gì')).toBe('là gì');
    expect(stripFiller('gì là chính')).toBe('gì là chính');
  });
});

describe('readingsOf', () => {
  it('closes every word, reads them side by side, and leaves the last one open as a fallback', () => {
    expect(readingsOf('tru so xa')).toEqual({
      phrase: '"truq soq xaq"',
      closed: 'truq soq xaq',
      open: 'truq soq xa',
      last: 'xaq',
    });
    expect(readingsOf('dat')).toEqual({ phrase: undefined, closed: 'datq', open: 'dat', last: 'datq' });
  });

  it('reads a quoted query as a phrase only', () => {
    expect(readingsOf('"chi dao, kiem tra"')).toEqual({
      phrase: '"chiq daoq, kiemq traq"',
      closed: '"chiq daoq, kiemq traq"',
    });
  });

  it('closes the parts of a number and the case of an abbreviation', () => {
    expect(readingsOf('172/2004')?.closed).toBe('172q/2004q');
    expect(readingsOf('UBND')?.closed).toBe('UBNDQ');
    expect(readingsOf('  ')).toBeUndefined();
  });
});

describe('plainWords', () => {
  it('gives lower-case words without diacritics, «đ» as «d», split at anything else', () => {
    expect(plainWords('Nghị định 172/2004/NĐ-CP')).toEqual(['nghi', 'dinh', '172', '2004', 'nd', 'cp']);
    expect(plainWords('cơ chế “một cửa”')).toEqual(['co', 'che', 'mot', 'cua']);
  });
});
