/** A spelling to look for, and what it stands for. */
export interface AliasTarget<T> {
  alias: string;
  target: T;
}

/** A place in a text where an alias occurs. */
export interface Mention<T> {
  start: number;
  end: number;
  target: T;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Finds every alias in a text, whole words only, longest alias first where
 * two overlap («Ban Chỉ đạo cải cách hành chính của tỉnh» wins over
 * «Ban Chỉ đạo»). Returns non-overlapping mentions in text order.
 */
export function findMentions<T>(text: string, aliases: AliasTarget<T>[]): Mention<T>[] {
  const sorted = [...aliases].sort((a, b) => b.alias.length - a.alias.length);
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: Mention<T>[] = [];
  for (const { alias, target } of sorted) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(alias, from);
      if (start < 0) break;
      const end = start + alias.length;
      from = start + 1;
      if (isLetter(text[start - 1]) || isLetter(text[end])) continue;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      found.push({ start, end, target });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Splits a text into plain runs and mentions, for rendering. */
export function segment<T>(text: string, mentions: Mention<T>[]): { text: string; target?: T }[] {
  const out: { text: string; target?: T }[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), target: m.target });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
