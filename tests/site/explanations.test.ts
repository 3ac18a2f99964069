import { describe, expect, it } from 'vitest';
import { page } from './built-site.ts';
import { readCollection } from './content-files.ts';
import { urls } from '../../src/lib/site/urls.ts';

/**
 * Every MDX body reaches its page: under the label that says it is the
 * site's explanation, with its headings and plain words as written, and
 * each discussion question as a question.
 */
const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** The longest run of plain words in the body's first paragraph: text between components renders as written. */
function plainRun(body: string): string {
  const first = body.split(/\n\s*\n/).find((p) => p.trim() && !p.trim().startsWith('#')) ?? '';
  const runs = first
    .split(/<[^>]*>/)
    .map((r) => r.replace(/[*_`]/g, '').trim())
    .filter((r) => !/[{}]/.test(r));
  return norm(runs.sort((a, b) => b.length - a.length)[0]);
}

const kinds = [
  { folder: 'objectives', href: (id: string) => urls.objective(id) },
  { folder: 'bodies', href: (id: string) => urls.body(id) },
  { folder: 'glossary', href: (id: string) => urls.term(id) },
  { folder: 'tasks', href: (id: string) => urls.task(id) },
  {
    folder: 'parts',
    href: (id: string) => {
      const part = readCollection<{ kind: 'area' | 'implementation' }>('parts').find((p) => p.id === id);
      return urls.part({ id, data: { kind: part?.data.kind ?? 'area' } });
    },
  },
];

describe('the site’s explanations', () => {
  for (const { folder, href } of kinds) {
    const entries = readCollection(folder).filter((e) => e.body.trim());
    it(`${folder}: each MDX body is on its page, labelled as the site’s, with its headings, words and questions`, () => {
      for (const e of entries) {
        const section = page(href(e.id)).querySelector(`[data-explanation="${e.id}"]`);
        expect(section, `${folder}/${e.id}`).not.toBeNull();
        const text = norm(section?.textContent);
        expect(text, e.id).toContain('Giải thích của trang, không phải văn bản chính thức');
        const run = plainRun(e.body);
        if (run.split(' ').length >= 3) expect(text, `${e.id}: «${run}»`).toContain(run);
        const headings = [...(section?.querySelectorAll('h3, h2') ?? [])].map((h) => norm(h.textContent));
        for (const [, h] of e.body.matchAll(/^##+ (.+)$/gm)) expect(headings, e.id).toContain(norm(h));
        const questions = (e.body.match(/<CauHoi\b/g) ?? []).length;
        expect(section?.querySelectorAll('[data-question]').length, `${e.id}: questions`).toBe(questions);
      }
    });
  }

  it('cover every objective, area and part of section III, and every body (the content checks require them)', () => {
    for (const folder of ['objectives', 'parts', 'bodies'])
      expect(
        readCollection(folder).every((e) => e.body.trim()),
        folder,
      ).toBe(true);
  });
});
