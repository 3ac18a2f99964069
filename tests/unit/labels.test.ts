import { describe, expect, it } from 'vitest';
import { legalReferenceName } from '../../src/lib/site/labels.ts';

describe('legalReferenceName', () => {
  it('names a numbered document by type and number', () => {
    expect(legalReferenceName({ type: 'Quyết định', number: '94/2006/QĐ-TTg', title: 'phê duyệt …' })).toBe(
      'Quyết định số 94/2006/QĐ-TTg',
    );
  });
  it('names an unnumbered law by its title, adding the type only where missing', () => {
    expect(legalReferenceName({ type: 'Luật', title: 'Luật phòng chống tham nhũng' })).toBe(
      'Luật phòng chống tham nhũng',
    );
    expect(legalReferenceName({ type: 'Luật', title: 'Tổ chức HĐND và UBND' })).toBe('Luật Tổ chức HĐND và UBND');
    expect(legalReferenceName({ type: 'Chỉ thị' })).toBe('Chỉ thị');
  });
});
