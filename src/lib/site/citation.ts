import { formatDay } from '../dates/dates.ts';

/** What a citation needs to know about a provision. */
export interface CitableProvision {
  id: string;
  kind: string;
  label?: string | undefined;
  /** The chain of enclosing provisions, outermost first. */
  ancestors: { kind: string; label?: string | undefined }[];
  /** Position among its siblings of the same kind, from 1. */
  position: number;
}

/** What a citation needs to know about a document. */
export interface CitableDocument {
  type: string;
  number?: string | undefined;
  signed?: string | undefined;
  issuerName: string;
  /** The document this one is issued with, if any. */
  issuedWith?: CitableDocument | undefined;
}

const trimDot = (label: string) => label.replace(/\.$/, '');

/**
 * The document part of a citation, in Vietnamese legal form:
 * «Quyết định số 26/2007/QĐ-UBND ngày 09/02/2007 của Uỷ ban nhân dân tỉnh Bắc Kạn»,
 * or for a plan issued with it, «Kế hoạch ban hành kèm theo Quyết định số …».
 */
export function citeDocument(doc: CitableDocument): string {
  if (doc.issuedWith) return `${doc.type} ban hành kèm theo ${citeDocument(doc.issuedWith)}`;
  const parts = [doc.type];
  if (doc.number) parts.push(`số ${doc.number}`);
  if (doc.signed) parts.push(`ngày ${formatDay(doc.signed)}`);
  parts.push(`của ${doc.issuerName}`);
  return parts.join(' ');
}

/** The part of a citation that locates a provision inside its document. */
export function locateProvision(p: CitableProvision): string {
  const chain = [...p.ancestors, { kind: p.kind, label: p.label }];
  const section = chain.find((a) => a.kind === 'section');
  const items = chain.filter((a) => a.kind === 'item');
  const inSection = section?.label ? ` mục ${trimDot(section.label)}` : '';
  const innermostItem = items.at(-1);
  const inItem = innermostItem?.label ? ` khoản ${trimDot(innermostItem.label)}` : '';
  switch (p.kind) {
    case 'section':
      return `mục ${trimDot(p.label ?? '')}`;
    case 'item':
      return `khoản ${trimDot(p.label ?? '')}${inSection}`;
    case 'bullet':
      return `gạch đầu dòng thứ ${p.position}${inItem}${inSection}`;
    case 'paragraph':
      return `đoạn không đánh số thứ ${p.position}${inItem}${inSection}`;
    case 'article':
      return p.label ? trimDot(p.label) : 'điều khoản thi hành (không đánh số)';
    case 'basis':
      return `căn cứ thứ ${p.position}`;
    case 'proposal':
      return 'phần «Xét đề nghị»';
    case 'closing':
      return `đoạn kết thứ ${p.position}`;
    case 'title':
      return 'tên loại';
    case 'subject':
      return 'trích yếu';
    case 'issuer':
      return 'tên cơ quan ban hành';
    case 'enacting-formula':
      return 'phần quyết định';
    case 'issued-with':
      return 'dòng ghi ban hành kèm theo';
    case 'preamble':
      return 'phần mở đầu';
    default:
      return `đoạn ${p.position}`;
  }
}

/**
 * A full citation, e.g. «khoản 2.2.1 mục III Kế hoạch ban hành kèm theo
 * Quyết định số 26/2007/QĐ-UBND ngày 09/02/2007 của Uỷ ban nhân dân tỉnh Bắc Kạn».
 */
export function citeProvision(p: CitableProvision, doc: CitableDocument): string {
  return `${locateProvision(p)} ${citeDocument(doc)}`;
}
