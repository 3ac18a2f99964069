import type { ContentProblem, RawEntry } from './integrity.ts';
import { plainText } from './plain-text.ts';

/**
 * What the site's explanations must hold (the citation of every paragraph
 * and the ids of components are checked when the MDX compiles, in
 * remark-editorial.ts): every objective, area and part has a lesson — «Nói
 * ngắn gọn» in at most 120 words, «Ai làm gì», «Câu hỏi thảo luận» with two
 * to four questions — and every body the plan gives a duty has a paragraph
 * on what it asks of it.
 */

export const LESSON_HEADINGS = ['Nói ngắn gọn', 'Ai làm gì', 'Câu hỏi thảo luận'] as const;
export const SUMMARY_MAX_WORDS = 120;
export const QUESTIONS = { min: 2, max: 4 } as const;

/** The text under a `## heading` of an MDX body, up to the next heading of that level. */
export function sectionOf(body: string, heading: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

export const wordCount = (mdx: string) => plainText(mdx).split(/\s+/).filter(Boolean).length;

function checkLesson(e: RawEntry): ContentProblem[] {
  const body = e.body ?? '';
  const problem = (value: string, message: string): ContentProblem => ({
    file: e.filePath,
    field: 'body',
    value,
    message,
  });
  if (!body.trim())
    return [problem('', `has no explanation: write its lesson (${LESSON_HEADINGS.map((h) => `## ${h}`).join(', ')})`)];
  const out: ContentProblem[] = [];
  let at = -1;
  for (const h of LESSON_HEADINGS) {
    const here = body.split('\n').findIndex((line) => line.trim() === `## ${h}`);
    if (here < 0) out.push(problem(`## ${h}`, 'this section of the lesson is missing'));
    else if (here < at)
      out.push(problem(`## ${h}`, `this section must come after the one before it (${LESSON_HEADINGS.join(', ')})`));
    at = Math.max(at, here);
  }
  const summary = sectionOf(body, 'Nói ngắn gọn');
  if (summary !== undefined && wordCount(summary) > SUMMARY_MAX_WORDS)
    out.push(problem(`${wordCount(summary)} words`, `«Nói ngắn gọn» must be at most ${SUMMARY_MAX_WORDS} words`));
  const questions = (sectionOf(body, 'Câu hỏi thảo luận') ?? '').match(/<CauHoi\b/g)?.length ?? 0;
  if (questions < QUESTIONS.min || questions > QUESTIONS.max)
    out.push(
      problem(
        `${questions} questions`,
        `«Câu hỏi thảo luận» must hold ${QUESTIONS.min} to ${QUESTIONS.max} <CauHoi> questions`,
      ),
    );
  return out;
}

export function checkExplanations(entries: RawEntry[]): ContentProblem[] {
  const withDuties = new Set(
    entries
      .filter((e) => e.collection === 'tasks' || e.collection === 'milestones')
      .flatMap((e) => ((e.data['bodies'] as { body?: { id: string } }[] | undefined) ?? []).map((b) => b.body?.id)),
  );
  return entries.flatMap((e) => {
    if (e.collection === 'objectives' || e.collection === 'parts') return checkLesson(e);
    if (e.collection === 'bodies' && withDuties.has(e.id) && !(e.body ?? '').trim())
      return [
        {
          file: e.filePath,
          field: 'body',
          value: '',
          message: 'the plan gives this body duties, so its page needs a short explanation of what the plan asks of it',
        },
      ];
    return [];
  });
}
