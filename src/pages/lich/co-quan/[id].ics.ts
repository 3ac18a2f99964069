import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile } from '../../../lib/dates/calendar.ts';
import { corpus } from '../../../lib/content/corpus.ts';
import { relations } from '../../../lib/relations/relations.ts';
import { timelineEntries } from '../../../lib/dates/timeline.ts';
import { hasCalendar } from '../../../lib/pages/body-page.ts';
import { urls } from '../../../lib/site/urls.ts';
import { roleLabel } from '../../../schemas/roles.ts';

/** One calendar file per body with a dated obligation, its groups' included (undated ones alone make no calendar). */
export const getStaticPaths = (async () => {
  const c = await corpus();
  const r = await relations();
  return c.bodies.filter((b) => hasCalendar(c, r, b.id)).map((b) => ({ params: { id: b.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const c = await corpus();
  const r = await relations();
  const id = String(params['id']);
  const name = c.body(id).data.name;
  const mine = new Map(r.milestonesOfBody(id, true).map((m) => [m.milestone, m]));
  const text = calendarFile(
    timelineEntries(c).filter((e) => mine.has(e.id)),
    site,
    {
      whose: name,
      page: urls.body(id),
      roleNote: (entry) => {
        const m = mine.get(entry);
        if (!m) return undefined;
        const roles = m.roles.map((x) => roleLabel(x)).join(', ');
        return m.via
          ? `Việc của «${c.body(m.via).data.name}» (vai trò: ${roles}); ${name} có việc này vì là một trong nhóm đó (xem trang của ${name}).`
          : `Vai trò của ${name}: ${roles}.`;
      },
    },
  );
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
