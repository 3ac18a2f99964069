import type { APIRoute } from 'astro';
import { checklistOf } from '../../lib/relations/checklist.ts';
import { corpus } from '../../lib/content/corpus.ts';
import { csvLookups } from '../../lib/open-data/open-data-files.ts';
import { DUTY_COLUMNS, csvText, dutyRows } from '../../lib/open-data/open-data-csv.ts';
import { relations } from '../../lib/relations/relations.ts';

/** Every duty of every body, its groups' included, as one spreadsheet. */
export const GET: APIRoute = async ({ site }) => {
  const c = await corpus();
  const r = await relations();
  const lookups = {
    when: (m: string) => c.milestone(m).data.when,
    taskTitle: (t: string) => c.task(t).data.title,
    clauseText: (p: string) => c.provision(p).data.text,
  };
  const rows = dutyRows(
    r.bodies.map((body) => ({ body, duties: checklistOf(body, r, lookups) })),
    { ...csvLookups(c, site), taskTitle: lookups.taskTitle },
  );
  return new Response(csvText(DUTY_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
