/** A passage of a text around a match, cut at word boundaries. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** Whether text was left out before or after (shown as «…»). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The words around `text[start, end)`, about `radius` characters each side,
 * never cutting a word in two. A short text is returned whole.
 */
export function excerpt(text: string, start: number, end: number, radius = 90): Excerpt {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space < 0 || space >= start ? from : space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space <= end ? to : space;
  }
  return {
    before: text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to),
    cutBefore: from > 0,
    cutAfter: to < text.length,
  };
}
