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
