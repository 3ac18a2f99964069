import { describe, expect, it } from 'vitest';
import { citeDocument, citeProvision, locateProvision, type CitableDocument } from '../../src/lib/site/citation.ts';

const decision: CitableDocument = {
  type: 'Quyết định',
  number: '26/2007/QĐ-UBND',
  signed: '2007-02-09',
  issuerName: 'Uỷ ban nhân dân tỉnh Bắc Kạn',
};
const plan: CitableDocument = { type: 'Kế hoạch', issuerName: 'Uỷ ban nhân dân tỉnh Bắc Kạn', issuedWith: decision };
const section3 = { kind: 'section', label: 'III.' };

describe('citations in Vietnamese legal form', () => {
  it('cites the decision by number, date and issuer', () => {
    expect(citeDocument(decision)).toBe(
      'Quyết định số 26/2007/QĐ-UBND ngày 09/02/2007 của Uỷ ban nhân dân tỉnh Bắc Kạn',
    );
  });

  it('cites a clause of the plan as the issue requires', () => {
    const p = {
      id: 'kh-iii-2-2-1',
      kind: 'item',
      label: '2.2.1.',
      ancestors: [section3, { kind: 'item', label: '2.' }, { kind: 'item', label: '2.2.' }],
      position: 1,
    };
    expect(citeProvision(p, plan)).toBe(
      'khoản 2.2.1 mục III Kế hoạch ban hành kèm theo Quyết định số 26/2007/QĐ-UBND ngày 09/02/2007 của Uỷ ban nhân dân tỉnh Bắc Kạn',
    );
  });

  it('locates bullets, unnumbered paragraphs and articles', () => {
    const item13 = { kind: 'item', label: '1.3.' };
    expect(
      locateProvision({ id: 'x', kind: 'bullet', ancestors: [{ kind: 'section', label: 'II.' }, item13], position: 2 }),
    ).toBe('gạch đầu dòng thứ 2 khoản 1.3 mục II');
    expect(
      locateProvision({
        id: 'x',
        kind: 'paragraph',
        ancestors: [section3, { kind: 'item', label: '2.2.' }],
        position: 1,
      }),
    ).toBe('đoạn không đánh số thứ 1 khoản 2.2 mục III');
    expect(locateProvision({ id: 'x', kind: 'article', label: 'Điều 2.', ancestors: [], position: 2 })).toBe('Điều 2');
    expect(locateProvision({ id: 'x', kind: 'article', ancestors: [], position: 3 })).toBe(
      'điều khoản thi hành (không đánh số)',
    );
    expect(locateProvision({ id: 'x', kind: 'section', label: 'I.', ancestors: [], position: 1 })).toBe('mục I');
  });
});
