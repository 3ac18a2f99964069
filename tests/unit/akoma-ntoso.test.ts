import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  akomaNtoso,
  frbr,
  serialise,
  uriSegment,
  type AknDocument,
  type AknInput,
  type AknProvision,
} from '../../src/lib/open-data/akoma-ntoso.ts';
import { findMentions } from '../../src/lib/content/mentions.ts';
import type { MentionTarget } from '../../src/lib/content/mention-aliases.ts';

const decision: AknDocument = {
  id: 'qd-1',
  type: 'Quyết định',
  title: 'Quyết định thử',
  number: '1/2008/QĐ-UBND',
  issuer: 'ubnd',
  signed: '2008-01-02',
  filePath: 'documents/qd-1.yaml',
};
const plan: AknDocument = { ...decision, id: 'kh-1', type: 'Kế hoạch', number: undefined, signed: undefined };
const p = (id: string, kind: AknProvision['kind'], text: string, extra: Partial<AknProvision> = {}): AknProvision => ({
  id,
  kind,
  text,
  filePath: `provisions/${id}.yaml`,
  ...extra,
});
const provisions: Record<string, AknProvision[]> = {
  'qd-1': [
    p('qd-title', 'title', 'QUYẾT ĐỊNH'),
    p('qd-basis-1', 'basis', 'Căn cứ Luật Thử & Nghiệm;'),
    p('qd-enacting', 'enacting-formula', 'QUYẾT ĐỊNH:'),
    p('qd-art-1', 'article', 'Điều 1. Sở Thử chủ trì.', { label: 'Điều 1.' }),
  ],
  'kh-1': [
    p('kh-title', 'title', 'KẾ HOẠCH'),
    p('kh-i', 'section', 'I. MỤC TIÊU', { label: 'I.' }),
    p('kh-i-1', 'item', '1.Sở Thử làm "một cửa" <ngay>.', { label: '1.', parent: 'kh-i', note: 'Thiếu dấu cách.' }),
    p('kh-i-1-g1', 'bullet', '- Gạch đầu dòng.', { parent: 'kh-i-1' }),
  ],
};
const aliases: { alias: string; target: MentionTarget }[] = [
  { alias: 'Sở Thử', target: { collection: 'bodies', id: 'so-thu' } },
  { alias: 'Luật Thử & Nghiệm', target: { collection: 'legalReferences', id: 'luat-thu' } },
  { alias: 'một cửa', target: { collection: 'glossary', id: 'mot-cua' } },
];
const input = (over: Partial<AknInput> = {}): AknInput => ({
  documents: [decision, plan],
  provisionsOf: (id) => provisions[id] ?? [],
  mentionsIn: (id) =>
    findMentions(
      Object.values(provisions)
        .flat()
        .find((x) => x.id === id)?.text ?? '',
      aliases,
    ),
  entity: (t) => ({ showAs: t.id, href: `http://x/${t.collection}/${t.id}/` }),
  citation: () => 'Quyết định số 1/2008/QĐ-UBND',
  readerUrl: 'http://x/van-ban/qd-1/',
  siteUrl: 'http://x/',
  siteName: 'Trang thử',
  generated: '2024-05-01',
  ...over,
});
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

describe('serialise', () => {
  it('escapes text and attributes and adds no white space inside text', () => {
    expect(
      serialise({ name: 'p', attrs: { a: 'x"<y' }, children: [' a & b ', { name: 'b', children: ['<c>'] }] }),
    ).toBe('<p a="x&quot;&lt;y"> a &amp; b <b>&lt;c&gt;</b></p>');
  });
  it('indents elements that hold only elements, and writes empty ones short', () => {
    expect(serialise({ name: 'a', children: [{ name: 'b' }] })).toBe('<a>\n  <b/>\n</a>');
  });
});

describe('identifiers', () => {
  it('turns Vietnamese into URI segments', () => {
    expect(uriSegment('26/2007/QĐ-UBND')).toBe('26-2007-qd-ubnd');
    expect(uriSegment('Kế hoạch')).toBe('ke-hoach');
  });
  it('names each component of the decision’s work, with the decision’s date for a plan issued with it', () => {
    expect(frbr(decision, plan)).toMatchObject({
      date: '2008-01-02',
      work: '/akn/vn/act/quyet-dinh/2008-01-02/1-2008-qd-ubnd',
      workThis: '/akn/vn/act/quyet-dinh/2008-01-02/1-2008-qd-ubnd/!kh-1',
      expression: '/akn/vn/act/quyet-dinh/2008-01-02/1-2008-qd-ubnd/vie@',
    });
    expect(frbr(decision, decision).manifestationThis).toMatch(/vie@\/!main\.xml$/);
  });
  it('needs the decision’s signing day, naming the file and field', () => {
    expect(() => frbr({ ...decision, signed: undefined }, decision)).toThrow(
      /documents\/qd-1\.yaml: field "signed" is missing/,
    );
  });
});

describe('akomaNtoso', () => {
  const doc = parse(akomaNtoso(input()));

  it('puts the decision in an <act> and the plan in an attachment', () => {
    expect(doc.querySelector('akomaNtoso > act')?.getAttribute('name')).toBe('quyet-dinh');
    expect(doc.querySelector('act > attachments > attachment > doc')?.getAttribute('name')).toBe('ke-hoach');
    expect(doc.querySelector('preface [eId="qd-title"] docType')?.textContent).toBe('QUYẾT ĐỊNH');
    expect(doc.querySelector('preamble citations citation')?.getAttribute('eId')).toBe('qd-basis-1');
    expect(doc.querySelector('preamble formula')?.getAttribute('name')).toBe('enactingFormula');
    expect(doc.querySelector('act > body > article')?.getAttribute('eId')).toBe('qd-art-1');
  });

  it('nests paragraphs as printed: section > paragraph (intro) > indent', () => {
    const item = doc.querySelector('mainBody > section[eId="kh-i"] > paragraph[eId="kh-i-1"]');
    expect(item?.querySelector(':scope > num')?.textContent).toBe('1.');
    expect(item?.querySelector(':scope > intro > p')?.textContent).toBe('Sở Thử làm "một cửa" <ngay>.');
    expect(item?.querySelector(':scope > indent')?.getAttribute('eId')).toBe('kh-i-1-g1');
    expect(doc.querySelector('section[eId="kh-i"] > heading')?.textContent).toBe(' MỤC TIÊU');
  });

  it('marks mentions with their own eIds, pointing to the metadata', () => {
    const org = doc.querySelector('[eId="kh-i-1"] organization');
    expect(org?.getAttribute('eId')).toBe('kh-i-1__org_1');
    expect(org?.getAttribute('refersTo')).toBe('#org_so-thu');
    expect(doc.querySelector('TLCOrganization[eId="org_so-thu"]')?.getAttribute('href')).toBe(
      'http://x/bodies/so-thu/',
    );
    expect(doc.querySelector('[eId="qd-basis-1"] ref')?.getAttribute('href')).toBe(
      'http://x/legalReferences/luat-thu/',
    );
    expect(doc.querySelector('[eId="kh-i-1"] term')?.getAttribute('refersTo')).toBe('#term_mot-cua');
    expect(doc.querySelector('TLCOrganization[eId="org_ubnd"]')).not.toBeNull();
  });

  it('keeps editors’ notes out of the text, in the metadata', () => {
    expect(doc.querySelector('[eId="kh-i-1"] noteRef')?.getAttribute('href')).toBe('#note_kh-i-1');
    expect(doc.querySelector('doc > meta note[eId="note_kh-i-1"]')?.textContent).toContain('Thiếu dấu cách.');
  });

  it('stamps the manifestation with the generation day', () => {
    expect(doc.querySelector('act > meta FRBRManifestation FRBRdate')?.getAttribute('date')).toBe('2024-05-01');
  });

  it('stops on a label the text does not start with, naming file and field', () => {
    const bad: Record<string, AknProvision[]> = {
      ...provisions,
      'qd-1': [p('qd-art-1', 'article', 'Điều 1. X', { label: 'Điều 2.' })],
    };
    expect(() => akomaNtoso(input({ provisionsOf: (id) => bad[id] ?? [] }))).toThrow(
      /provisions\/qd-art-1\.yaml: field "label" = «Điều 2\.»/,
    );
  });

  it('stops on a paragraph it cannot place (a basis after the body)', () => {
    const bad: Record<string, AknProvision[]> = {
      ...provisions,
      'qd-1': [p('qd-art-1', 'article', 'Điều 1. X', { label: 'Điều 1.' }), p('qd-basis-9', 'basis', 'Căn cứ')],
    };
    expect(() => akomaNtoso(input({ provisionsOf: (id) => bad[id] ?? [] }))).toThrow(
      /provisions\/qd-basis-9\.yaml: field "kind" = «basis»/,
    );
  });
});
