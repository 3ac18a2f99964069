import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { addDays, formatDay } from './dates.ts';
import type { Occurrence } from './plan-dates.ts';
import { kindLabel, type TimelineEntry } from './timeline.ts';
import { urls } from './urls.ts';

/**
 * iCalendar (RFC 5545) files of the plan's dates.
 *
 * The rule for placing an occurrence, stated on the timeline page too:
 * - an exact or derived day: an all-day event on that day;
 * - a deadline: an all-day event on the last day allowed, titled «Hạn …» with
 *   the text's own words: «trước ngày 20/6/2008» → 19/6/2008, «chậm nhất hết
 *   tháng 4/2007» → 30/4/2007;
 * - a period the text gives no day in (a month, a quarter, half a year, a
 *   year, «quý III hoặc quý IV»): an all-day event spanning the whole period,
 *   so that no day the text does not name is invented;
 * - an ad-hoc report has no date and is left out.
 * Every occurrence is its own event (no RRULE): the bounds of a recurrence
 * and its deadlines stay exact in every calendar program, and each event
 * carries its own period in its title.
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
  url: string;
  category: string;
}

/** The text of every event ends with this: planned dates, not a record. */
export const PLANNED_NOTE =
  'Lưu ý: đây là thời hạn theo kế hoạch, rút ra từ văn bản; không phải ghi nhận việc đã thực hiện. Thời kỳ của kế hoạch đã kết thúc năm 2010.';

/** A UID that stays the same from build to build: the entry, the occurrence, the site. */
export const eventUid = (entryId: string, o: Occurrence, site: URL) => `${entryId}-${o.key}@${site.hostname}`;

/** The title of an event: a deadline leads with «Hạn», a period carries its label. */
export function eventSummary(e: TimelineEntry, o: Occurrence): string {
  if (o.precision === 'deadline') return `Hạn ${o.label}: ${e.title}${o.period ? ` (kỳ ${o.period})` : ''}`;
  if (o.precision === 'day') return e.title;
  return `${e.title} (${o.label})`;
}

/** How the event's days were chosen, in Vietnamese. */
function placement(o: Occurrence): string {
  if (o.precision === 'day') return '';
  if (o.precision === 'deadline')
    return `Văn bản ghi «${o.label}»; lịch đặt vào ngày cuối cùng còn trong hạn, ${formatDay(o.end)}.`;
  return `Văn bản không ghi ngày cụ thể; lịch trải suốt kỳ, từ ${formatDay(o.start)} đến ${formatDay(o.end)}.`;
}

/** The events of some timeline entries: one per occurrence, undated entries left out. */
export function calendarEvents(entries: TimelineEntry[], site: URL): CalendarEvent[] {
  return entries.flatMap((e) =>
    e.occurrences.map((o) => ({
      uid: eventUid(e.id, o, site),
      start: o.start,
      end: addDays(o.end, 1),
      summary: eventSummary(e, o),
      description: [
        e.title,
        `Thời gian: ${o.label}${o.period ? ` (kỳ ${o.period})` : ''}. ${placement(o)}`.trim(),
        `Văn bản ghi: «${e.wording}» (${e.whenLabel}).`,
        ...(e.derivation ? [`Cách tính: ${e.derivation}`] : []),
        ...(e.bodies.length ? [`Cơ quan: ${e.bodies.map((b) => `${b.name} (${b.role})`).join('; ')}.`] : []),
        '',
        `Nguyên văn: «${e.clause}»`,
        `Trích dẫn: ${e.citation}.`,
        `Xem khoản này: ${new URL(e.clauseHref, site).href}`,
        '',
        PLANNED_NOTE,
      ].join('\n'),
      url: new URL(urls.milestone(e.id), site).href,
      category: kindLabel(e.kind),
    })),
  );
}

/**
 * DTSTAMP of every event. A fixed stamp keeps the files identical from build
 * to build (the content is a 2007 text); the UIDs identify the events.
 */
const STAMP = new Date(Date.UTC(2007, 1, 9));

/** Writes events as an iCalendar file. */
export function renderCalendar(
  meta: { name: string; description: string; url: string },
  events: CalendarEvent[],
): string {
  const calendar = ical({
    name: meta.name,
    description: meta.description,
    url: meta.url,
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
      url: ev.url,
      categories: [{ name: ev.category }],
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  // RFC 5545 ends every content line, the last included, with CRLF; the writer leaves the last one off.
  return `${calendar.toString()}\r\n`;
}

/** The calendar file of a view: the whole plan, or one body's dates. */
export function calendarFile(entries: TimelineEntry[], site: URL, view: { whose: string; page: string }): string {
  return renderCalendar(
    {
      name: `Kế hoạch CCHC tỉnh Bắc Kạn 2006–2010: ${view.whose}`,
      description: `Các thời hạn theo Kế hoạch cải cách hành chính tỉnh Bắc Kạn giai đoạn 2006–2010 (${view.whose}), rút ra từ văn bản. ${PLANNED_NOTE}`,
      url: new URL(view.page, site).href,
    },
    calendarEvents(entries, site),
  );
}

/** The site's base URL, which absolute links in files need; a build without one stops here. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config: field "site" is not set; calendar and CSV files need absolute URLs');
  return site;
}
