import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile, requireSite } from '../../../lib/calendar.ts';
import { corpus } from '../../../lib/corpus.ts';
import { bodiesWithEntries, entriesOfBody, timelineEntries } from '../../../lib/timeline.ts';
import { urls } from '../../../lib/urls.ts';

/** One calendar file per body that the text gives a date. */
export const getStaticPaths = (async () => {
  const entries = timelineEntries(await corpus());
  return bodiesWithEntries(entries).map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const c = await corpus();
  const id = String(params['id']);
  const text = calendarFile(entriesOfBody(timelineEntries(c), id), requireSite(site), {
    whose: c.body(id).data.name,
    page: urls.bodyTimeline(id),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
