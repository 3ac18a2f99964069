import type { APIRoute } from 'astro';
import { calendarFile } from '../../lib/dates/calendar.ts';
import { corpus } from '../../lib/content/corpus.ts';
import { timelineEntries } from '../../lib/dates/timeline.ts';
import { urls } from '../../lib/site/urls.ts';

/** The whole plan's dates as one iCalendar file. */
export const GET: APIRoute = async ({ site }) => {
  const entries = timelineEntries(await corpus());
  const text = calendarFile(entries, site, { whose: 'cả Kế hoạch', page: urls.timeline() });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
