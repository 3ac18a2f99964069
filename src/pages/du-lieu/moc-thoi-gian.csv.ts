import type { APIRoute } from 'astro';
import { corpus } from '../../lib/content/corpus.ts';
import { deadlineRows, renderCsv } from '../../lib/open-data/deadlines-csv.ts';
import { timelineEntries } from '../../lib/dates/timeline.ts';

/** Every deadline and occurrence of the plan, one row each. */
export const GET: APIRoute = async ({ site }) => {
  const rows = deadlineRows(timelineEntries(await corpus()), site);
  return new Response(renderCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
