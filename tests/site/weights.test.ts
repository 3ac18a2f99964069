import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HANDOUT_BUDGET,
  htmlCssBytes,
  OTHER_PAGE_BUDGET,
  pageBudget,
  readerBudget,
} from '../../scripts/bench/weights.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { dist } from './built-site.ts';
import { builtPages } from './gates/pages.ts';

const content = join(import.meta.dirname, '../../content');

describe('weight of every built page (HTML and the CSS it links, gzipped as served)', () => {
  it('the reader’s budget is twice the gzip of the text it publishes: 15.2 KB', () => {
    expect((readerBudget(content, urls.reader('qd-26-2007-qd-ubnd')) ?? 0) / 1024).toBeCloseTo(15.2, 1);
    expect(pageBudget(content, urls.home())).toBe(OTHER_PAGE_BUDGET);
    expect(pageBudget(content, urls.handout('kh-iii'))).toBe(HANDOUT_BUDGET);
    expect(pageBudget(content, urls.trainerHandout('kh-iii'))).toBe(HANDOUT_BUDGET);
    expect(pageBudget(content, urls.summary('qd-26-2007-qd-ubnd'))).toBe(OTHER_PAGE_BUDGET);
    expect(pageBudget(content, urls.handouts())).toBe(OTHER_PAGE_BUDGET);
  });

  it('keeps the reader within its budget, the handouts within 24 KB and every other page within 20 KB', () => {
    const pages = builtPages(dist);
    const over = pages
      .map((p) => ({ path: p.path, bytes: htmlCssBytes(dist, p), budget: pageBudget(content, p.path) }))
      .filter((w) => w.bytes > w.budget);
    expect(pages.some((p) => p.path === urls.reader('qd-26-2007-qd-ubnd'))).toBe(true);
    expect(over).toEqual([]);
  });
});
