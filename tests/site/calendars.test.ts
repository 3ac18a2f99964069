import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/dates/dates.ts';
import { expandPlanDate } from '../../src/lib/dates/plan-dates.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { planDateSchema } from '../../src/schemas/plan-date.ts';
import { dist, page } from './built-site.ts';
import { allDuties, bodies, milestones } from './expected-duties.ts';

/**
 * The calendar files people keep: one for the plan and one per body, each
 * holding the body's obligations and its groups' (derived here from the
 * content files), one recurring event per recurring obligation, every
 * instance on exactly the days the text's words allow. Checked in two
 * independent parsers: ical.js and node-ical.
 */

const expansion = new Map(milestones.map((m) => [m.id, expandPlanDate(planDateSchema.parse(m.data.when))]));
/** The milestones that apply to a body: its own and those of its groups. */
const milestonesOf = (body: string) => new Set([...allDuties(body).values()].flatMap((d) => [...d.milestones]));
const dated = (ids: Iterable<string>) => [...ids].filter((id) => (expansion.get(id) ?? []).length > 0);

interface Instance {
  milestone: string;
  start: string;
  end: string;
}
/** What the file must expand to: every occurrence of its milestones, a day or a whole period each. */
const expected = (ids: Iterable<string>) =>
  dated(ids)
    .flatMap((id) => (expansion.get(id) ?? []).map((o) => `${id} ${o.start} ${addDays(o.end, 1)}`))
    .sort();

const milestoneOf = (uid: string) => milestones.find((m) => uid.startsWith(`${m.id}-`))?.id ?? uid;

/**
 * Expands with ical.js's own recurrence engine. Overrides (RECURRENCE-ID) are
 * applied here, by UID and day: ical.js 2.2 mixes up the overrides of
 * different events found in one file when asked to relate them.
 */
function expandIcalJs(text: string): Instance[] {
  const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const override = new Map(
    vevents.filter((e) => e.isRecurrenceException()).map((e) => [`${e.uid} ${e.recurrenceId.toString()}`, e]),
  );
  return vevents
    .filter((ev) => !ev.isRecurrenceException())
    .flatMap((ev) => {
      const milestone = milestoneOf(ev.uid);
      if (!ev.isRecurring()) return [{ milestone, start: ev.startDate.toString(), end: ev.endDate.toString() }];
      const out: Instance[] = [];
      const it = ev.iterator();
      for (let next = it.next(); next; next = it.next()) {
        const o = override.get(`${ev.uid} ${next.toString()}`);
        const end = next.clone();
        end.addDuration(ev.duration);
        out.push(
          o
            ? { milestone, start: o.startDate.toString(), end: o.endDate.toString() }
            : { milestone, start: next.toString(), end: end.toString() },
        );
      }
      return out;
    });
}
const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
function expandNodeIcal(text: string): Instance[] {
  return Object.values(nodeIcal.sync.parseICS(text))
    .filter((x): x is VEvent => x?.type === 'VEVENT' && !('recurrenceid' in x && x.recurrenceid))
    .flatMap((ev) =>
      nodeIcal
        .expandRecurringEvent(ev, { from: new Date('2000-01-01'), to: new Date('2020-12-31') })
        .map((i) => ({ milestone: milestoneOf(ev.uid), start: iso(i.start), end: iso(i.end) })),
    );
}
const flat = (list: Instance[]) => list.map((i) => `${i.milestone} ${i.start} ${i.end}`).sort();

const file = (href: string) => readFileSync(join(dist, href), 'utf8');
/** Bodies with a dated obligation, their groups' included: undated ones alone make no calendar. */
const withCalendar = bodies.filter((b) => dated(milestonesOf(b.id)).length > 0);

describe('calendar files', () => {
  it('exist for the whole plan and for every body with an obligation, its groups’ included', () => {
    const dir = join(dist, 'lich/co-quan');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ics')) : [];
    expect(files.map((f) => f.replace(/\.ics$/, '')).sort()).toEqual(withCalendar.map((b) => b.id).sort());
    expect(existsSync(join(dist, urls.planCalendar()))).toBe(true);
  });

  it('hold exactly the body’s obligations and its groups’, at their exact days, in ical.js and in node-ical', () => {
    for (const b of withCalendar) {
      const text = file(urls.bodyCalendar(b.id));
      const want = expected(milestonesOf(b.id));
      expect(flat(expandIcalJs(text)), `${b.id} (ical.js)`).toEqual(want);
      expect(flat(expandNodeIcal(text)), `${b.id} (node-ical)`).toEqual(want);
    }
    const plan = file(urls.planCalendar());
    const all = expected(milestones.map((m) => m.id));
    expect(flat(expandIcalJs(plan))).toEqual(all);
    expect(flat(expandNodeIcal(plan))).toEqual(all);
  });

  it('give each recurring obligation one recurring event (two for «6 tháng, 1 năm»), never a bar per period', () => {
    const vevents = new ICAL.Component(ICAL.parse(file(urls.planCalendar()))).getAllSubcomponents('vevent');
    for (const m of milestones.filter((x) => (x.data.when as { kind: string }).kind === 'recurring')) {
      const series = vevents.filter(
        (v) => milestoneOf(String(v.getFirstPropertyValue('uid'))) === m.id && !v.hasProperty('recurrence-id'),
      );
      const cycles = new Set((expansion.get(m.id) ?? []).map((o) => o.cycle));
      expect(series.length, m.id).toBe(cycles.size);
      for (const v of series) expect(v.hasProperty('rrule'), m.id).toBe(true);
    }
  });

  it('tell the body its role, or the group a duty comes through, and quote the clause', () => {
    const sotp = file(urls.bodyCalendar('so-tu-phap'));
    expect(sotp).toContain('là một trong nhóm đó');
    for (const b of withCalendar.slice(0, 10)) {
      const text = file(urls.bodyCalendar(b.id)).replace(/\r\n[ \t]/g, '');
      expect(text, b.id).toMatch(/Trích dẫn: /);
      expect(text, b.id).toMatch(/Vai trò của |là một trong nhóm đó/);
    }
  });

  it('are linked from the body’s page', () => {
    for (const b of withCalendar)
      expect(page(urls.body(b.id)).querySelector(`main a[href="${urls.bodyCalendar(b.id)}"]`), b.id).not.toBeNull();
  });
});
