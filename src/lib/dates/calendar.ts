import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { addDays, formatDay } from './dates.ts';
import { CYCLE_LABELS, type Cycle, type Occurrence } from './plan-dates.ts';
import { kindLabel, type TimelineEntry } from './timeline.ts';
import { urls } from '../site/urls.ts';

/**
 * iCalendar (RFC 5545) files of the plan's dates.
 *
 * The rule for placing a date, stated on the timeline page too:
 * - an exact or derived day: an all-day event on that day;
 * - a deadline: an all-day event on the last day allowed, titled «Hạn …» with
 *   the text's own words: «trước ngày 20/6/2008» → 19/6/2008, «chậm nhất hết
 *   tháng 4/2007» → 30/4/2007;
 * - a period the text gives no day in (a month, a quarter, a year, «quý III
 *   hoặc quý IV»): an all-day event spanning the whole period, so that no
 *   day the text does not name is invented;
 * - an ad-hoc report has no date and is left out.
 * A recurring obligation is one recurring event (RRULE). Where the periods of
 * a recurrence differ in length (February, a leap year), the instances whose
 * days differ from the rule's are overridden (RECURRENCE-ID) so that each
 * still spans exactly its period. «6 tháng, 1 năm» is two recurring events:
 * the six-month report and the annual one.
 */

/** One calendar event, before it is written. */
export interface CalendarEvent {
  uid: string;
  /** First day (ISO, inclusive). */
  start: string;
  /** Day after the last (ISO, exclusive), as DTEND of an all-day event. */
  end: string;
  summary: string;
  description: string;
  /** The milestone on the site; absent when the build has no public address (SITE_URL). */
  url?: string | undefined;
  category: string;
  /** The recurrence rule (RFC 5545 RRULE value) of a recurring obligation. */
  rrule?: string | undefined;
  /** For an instance of a recurring event whose days differ from the rule's: the day of the instance it replaces. */
  recurrenceId?: string | undefined;
}

/** The text of every event ends with this: planned dates, not a record. */
export const PLANNED_NOTE =
  'Lưu ý: đây là thời hạn theo kế hoạch, rút ra từ văn bản; không phải ghi nhận việc đã thực hiện. Thời kỳ của kế hoạch đã kết thúc năm 2010.';

/** What UIDs end with: stable, whatever address the site is published at. */
const UID_DOMAIN = 'cchc-bac-kan-2006-2010';

/** A UID that stays the same from build to build: the entry and the series (or the one occurrence). */
export const eventUid = (entryId: string, part: string) => `${entryId}-${part}@${UID_DOMAIN}`;

const compact = (isoDay: string) => isoDay.replaceAll('-', '');
const days = (o: Pick<Occurrence, 'start' | 'end'>) =>
  Math.round((Date.parse(o.end) - Date.parse(o.start)) / 86_400_000) + 1;

/** Months between two instances of a recurrence, by how often it falls due. */
const STEP: Record<string, number> = { month: 1, quarter: 3, 'half-year': 6, 'half-year-and-year': 12, year: 12 };

/**
 * The RRULE of a series of occurrences that fall every `months` months, on
 * the same day of the month as the first: the first's day (1 for a period,
 * the last allowed day for a deadline) repeats until the last occurrence.
 */
export function recurrenceRule(series: Occurrence[], months: number): string {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) throw new Error('a recurrence needs at least one occurrence');
  const freq = months % 12 === 0 ? `FREQ=YEARLY;INTERVAL=${months / 12}` : `FREQ=MONTHLY;INTERVAL=${months}`;
  return `${freq.replace(';INTERVAL=1', '')};UNTIL=${compact(last.start)}`;
}

/** How the event's days were chosen, in Vietnamese. */
function placement(o: Occurrence): string {
  if (o.precision === 'day') return '';
  if (o.precision === 'deadline')
    return `Văn bản ghi «${o.label}»; lịch đặt vào ngày cuối cùng còn trong hạn, ${formatDay(o.end)}.`;
  return `Văn bản không ghi ngày cụ thể; lịch trải suốt kỳ, từ ${formatDay(o.start)} đến ${formatDay(o.end)}.`;
}

/** The title of a one-off event: a deadline leads with «Hạn», a period carries its label. */
export function eventSummary(e: TimelineEntry, o: Occurrence): string {
  if (o.precision === 'deadline') return `Hạn ${o.label}: ${e.title}${o.period ? ` (kỳ ${o.period})` : ''}`;
  if (o.precision === 'day') return e.title;
  return `${e.title} (${o.label})`;
}

/** The title of a recurring event: the rule in words, and which report of «6 tháng, 1 năm» it is. */
export function seriesSummary(e: TimelineEntry, cycle: Cycle | undefined, deadline: boolean): string {
  const which = cycle ? `báo cáo ${CYCLE_LABELS[cycle]} — ` : '';
  return `${deadline ? 'Hạn ' : ''}${which}${e.title} (${e.whenLabel})`;
}

/** Where the entry stands for a body: its roles there, and the group it has them through. */
export type RoleNote = (entryId: string) => string | undefined;

function description(e: TimelineEntry, site: URL | undefined, roleNote: RoleNote | undefined, when: string[]) {
  return [
    e.title,
    ...when,
    `Văn bản ghi: «${e.wording}» (${e.whenLabel}).`,
    ...(e.bounds ? [`Điểm đầu, điểm cuối (cách đọc của trang): ${e.bounds}`] : []),
    ...(e.derivation ? [`Cách tính: ${e.derivation}`] : []),
    ...(roleNote?.(e.id) ? [roleNote(e.id) as string] : []),
    ...(e.bodies.length ? [`Cơ quan: ${e.bodies.map((b) => `${b.name} (${b.role})`).join('; ')}.`] : []),
    '',
    `Nguyên văn: «${e.clause}»`,
    `Trích dẫn: ${e.citation}.`,
    ...(site ? [`Xem khoản này: ${new URL(e.clauseHref, site).href}`] : []),
    '',
    PLANNED_NOTE,
  ].join('\n');
}

/** The events of some timeline entries: one per dated item, one recurring event per series. */
export function calendarEvents(entries: TimelineEntry[], site: URL | undefined, roleNote?: RoleNote): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const e of entries) {
    const base = {
      url: site ? new URL(urls.milestone(e.id), site).href : undefined,
      category: kindLabel(e.kind),
    };
    if (e.when.kind !== 'recurring') {
      for (const o of e.occurrences)
        out.push({
          ...base,
          uid: eventUid(e.id, o.key),
          start: o.start,
          end: addDays(o.end, 1),
          summary: eventSummary(e, o),
          description: description(e, site, roleNote, [
            `Thời gian: ${o.label}${o.period ? ` (kỳ ${o.period})` : ''}. ${placement(o)}`.trim(),
          ]),
        });
      continue;
    }
    const step = STEP[e.when.every] ?? 12;
    const cycles = [...new Set(e.occurrences.map((o) => o.cycle))];
    for (const cycle of cycles) {
      const series = e.occurrences.filter((o) => o.cycle === cycle);
      const first = series[0] as Occurrence;
      const deadline = first.precision === 'deadline';
      const summary = seriesSummary(e, cycle, deadline);
      const uid = eventUid(e.id, cycle ?? 'series');
      const rule = deadline
        ? `Mỗi lần, lịch đặt vào ngày cuối cùng còn trong hạn (ngày ${Number(first.end.slice(8))} của tháng đến hạn).`
        : 'Văn bản không ghi ngày cụ thể; mỗi lần, lịch trải suốt kỳ.';
      const when = [`Lặp lại: ${series.length} lần, từ ${series[0]?.label} đến ${series.at(-1)?.label}. ${rule}`];
      out.push({
        ...base,
        uid,
        start: first.start,
        end: addDays(first.end, 1),
        summary,
        description: description(e, site, roleNote, when),
        rrule: recurrenceRule(series, step),
      });
      // Instances the rule would give other days (a shorter month, a leap year) are set to their own period.
      for (const o of series.slice(1))
        if (days(o) !== days(first))
          out.push({
            ...base,
            uid,
            start: o.start,
            end: addDays(o.end, 1),
            summary,
            description: description(e, site, roleNote, [`Lần này: ${o.label}. ${placement(o)}`]),
            recurrenceId: o.start,
          });
    }
  }
  return out;
}

/**
 * DTSTAMP of every event. A fixed stamp keeps the files identical from build
 * to build (the content is a 2007 text); the UIDs identify the events.
 */
const STAMP = new Date(Date.UTC(2007, 1, 9));

/** Writes events as an iCalendar file. */
export function renderCalendar(
  meta: { name: string; description: string; url?: string | undefined },
  events: CalendarEvent[],
): string {
  const calendar = ical({
    name: meta.name,
    description: meta.description,
    ...(meta.url ? { url: meta.url } : {}),
    prodId: { company: 'cchc-bac-kan-2006-2010', product: 'lich-ke-hoach', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const ev of events)
    calendar.createEvent({
      id: ev.uid,
      start: ev.start,
      end: ev.end,
      allDay: true,
      stamp: STAMP,
      summary: ev.summary,
      description: ev.description,
      ...(ev.url ? { url: ev.url } : {}),
      ...(ev.rrule ? { repeating: `RRULE:${ev.rrule}` } : {}),
      ...(ev.recurrenceId ? { recurrenceId: ev.recurrenceId } : {}),
      categories: [{ name: ev.category }],
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  // RFC 5545 §3.8.4.4: RECURRENCE-ID takes the value type of DTSTART, a DATE for an all-day event; ical-generator
  // (11.1) always writes a UTC date-time, which calendar programs then fail to match with the instance it replaces.
  const text = calendar.toString().replace(/^RECURRENCE-ID:(\d{8})T000000Z$/gm, 'RECURRENCE-ID;VALUE=DATE:$1');
  // RFC 5545 ends every content line, the last included, with CRLF; the writer leaves the last one off.
  return `${text}\r\n`;
}

/** The calendar file of a view: the whole plan, or one body's dates. */
export function calendarFile(
  entries: TimelineEntry[],
  site: URL | undefined,
  view: { whose: string; page: string; roleNote?: RoleNote },
): string {
  return renderCalendar(
    {
      name: `Kế hoạch CCHC tỉnh Bắc Kạn 2006–2010: ${view.whose}`,
      description: `Các thời hạn theo Kế hoạch cải cách hành chính tỉnh Bắc Kạn giai đoạn 2006–2010 (${view.whose}), rút ra từ văn bản. ${PLANNED_NOTE}`,
      url: site ? new URL(view.page, site).href : undefined,
    },
    calendarEvents(entries, site, view.roleNote),
  );
}
