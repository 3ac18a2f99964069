import type { APIRoute } from 'astro';
import { corpus } from '../../lib/content/corpus.ts';
import { relations } from '../../lib/relations/relations.ts';
import { csvLookups } from '../../lib/open-data/open-data-files.ts';
import { csvText, responsibilityRows, RESPONSIBILITY_COLUMNS } from '../../lib/open-data/open-data-csv.ts';

/** Every role a task gives a body, with the clause that gives it, in plan order. */
export const GET: APIRoute = async ({ site }) => {
  const c = await corpus();
  const tasks = (await relations()).tasks.map(c.task);
  const rows = responsibilityRows(tasks, csvLookups(c, site));
  return new Response(csvText(RESPONSIBILITY_COLUMNS, rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
