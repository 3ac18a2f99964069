import { roleLabel, type Role } from '../../schemas/roles.ts';

/** What naming a cited document needs. */
interface ReferenceFields {
  type: string;
  number?: string | undefined;
  title?: string | undefined;
}

/**
 * A cited document's name as Vietnamese writes it: «Quyết định số 94/2006/QĐ-TTg»
 * when it has a number, else its title («Luật phòng chống tham nhũng»),
 * prefixed with its type where the title lacks it.
 */
export function legalReferenceName(d: ReferenceFields): string {
  if (d.number) return `${d.type} số ${d.number}`;
  if (!d.title) return d.type;
  return d.title.toLowerCase().startsWith(d.type.toLowerCase()) ? d.title : `${d.type} ${d.title}`;
}

/**
 * A role in a table cell or a short list: its label, «*» when it is the
 * site's reading and «†» when words of the clause narrow who it binds. Pages
 * that use the marks explain them next to the table (MATRIX_MARKS).
 */
export function markedRole(m: { role: Role; reading: boolean; scoped: boolean }): string {
  return `${roleLabel(m.role)}${m.reading ? '*' : ''}${m.scoped ? '†' : ''}`;
}
export const MATRIX_MARKS =
  '* cách đọc của trang (văn bản không nói thẳng); † chỉ áp dụng cho một phần, theo lời văn của khoản (xem trang nhiệm vụ).';
