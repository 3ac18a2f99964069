/** A reference to an entry, as the content loader gives it. */
export const ref = (id: string) => ({ id });

/**
 * Provisions of `document` from an outline of the text: one line each, in text
 * order, giving its id and kind, indented under its parent.
 */
export function provisionOutline(document: string, outline: string) {
  const open: { indent: number; id: string }[] = [];
  return outline
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const indent = line.search(/\S/);
      const [id = '', kind = ''] = line.trim().split(/\s+/);
      while ((open.at(-1)?.indent ?? -1) >= indent) open.pop();
      const parent = open.at(-1)?.id;
      open.push({ indent, id });
      return { id, data: { kind, document: ref(document), ...(parent ? { parent: ref(parent) } : {}) } };
    });
}
