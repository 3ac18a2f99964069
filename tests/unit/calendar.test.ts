import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { calendarEvents, eventUid, renderCalendar } from '../../src/lib/dates/calendar.ts';
import { CSV_COLUMNS, deadlineRows, renderCsv } from '../../src/lib/open-data/deadlines-csv.ts';
import { addDays } from '../../src/lib/dates/dates.ts';
import { describePlanDate, expandPlanDate } from '../../src/lib/dates/plan-dates.ts';
import type { PlanDate } from '../../src/schemas/plan-date.ts';
import type { TimelineEntry } from '../../src/lib/dates/timeline.ts';

const site = new URL('https://example.gov.vn');

/** A timeline entry as timelineEntries() builds it, from a date and a few words. */
function entry(id: string, when: PlanDate, bodies: TimelineEntry['bodies'] = []): TimelineEntry {
  return {
    id,
    title: `Mốc ${id}`,
    kind: when.kind === 'recurring' ? 'report' : 'deadline',
    when,
    whenLabel: describePlanDate(when).label,
    ...(when.kind === 'derived-day' ? { derivation: when.derivation } : {}),
    ...(when.kind === 'recurring' ? { bounds: when.bounds } : {}),
    wording: 'trước ngày 20',
    recurring: when.kind === 'recurring',
    occurrences: expandPlanDate(when),
    source: 'kh-iii-4-2',
    citation: 'khoản 4.2 mục III Kế hoạch …',
    location: 'khoản 4.2 mục III',
    clause: 'Định kỳ 6 tháng, 1 năm (trước ngày 20 của tháng cuối quý II, quý IV) các sở, ngành báo cáo; có dấu phẩy',
    clauseHref: '/van-ban/qd/#kh-iii-4-2',
    bodies,
    references: [],
  };
}

const entries = [
  entry('sau-thang-mot-nam', {
    kind: 'recurring',
    every: 'half-year-and-year',
    dueBeforeDay: 20,
    from: '2007-01',
    until: '2010-12',
    bounds: 'x',
  }),
  entry('hang-thang', { kind: 'recurring', every: 'month', from: '2007-11', until: '2008-03', bounds: 'x' }),
  entry('quy-i-hang-nam', {
    kind: 'recurring',
    every: 'year',
    inQuarter: 1,
    from: '2007-01',
    until: '2009-12',
    bounds: 'x',
  }),
  entry('hang-quy', {
    kind: 'recurring',
    every: 'quarter',
    dueBeforeDay: 20,
    from: '2007-02',
    until: '2007-12',
    bounds: 'x',
  }),
  entry('quy-3', { kind: 'quarter', year: 2008, quarter: 3 }),
  entry('hieu-luc', { kind: 'derived-day', from: '2007-02-09', addDays: 10, derivation: 'ký + 10 ngày' }, [
    { id: 'ubnd-tinh', name: 'Uỷ ban nhân dân tỉnh', role: 'Cơ quan ban hành' },
  ]),
  entry('dot-xuat', { kind: 'ad-hoc' }),
];

/** What a calendar program shows: every instance, recurrences expanded (ical.js, then node-ical). */
interface Instance {
  uid: string;
  start: string;
  end: string;
  summary: string;
}
/** ical.js's recurrence engine; overrides applied by UID and day (ical.js 2.2 mixes up those of different events). */
function expandWithIcalJs(text: string): Instance[] {
  const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const override = new Map(
    vevents.filter((e) => e.isRecurrenceException()).map((e) => [`${e.uid} ${e.recurrenceId.toString()}`, e]),
  );
  const out: Instance[] = [];
  for (const ev of vevents.filter((e) => !e.isRecurrenceException())) {
    if (!ev.isRecurring()) {
      out.push({ uid: ev.uid, start: ev.startDate.toString(), end: ev.endDate.toString(), summary: ev.summary });
      continue;
    }
    const it = ev.iterator();
    for (let next = it.next(); next; next = it.next()) {
      const o = override.get(`${ev.uid} ${next.toString()}`);
      const end = next.clone();
      end.addDuration(ev.duration);
      out.push({
        uid: ev.uid,
        start: (o?.startDate ?? next).toString(),
        end: (o?.endDate ?? end).toString(),
        summary: (o ?? ev).summary,
      });
    }
  }
  return out;
}
const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
function expandWithNodeIcal(text: string): Instance[] {
  const parsed = nodeIcal.sync.parseICS(text);
  return Object.values(parsed)
    .filter((x): x is VEvent => x?.type === 'VEVENT')
    .flatMap((ev) =>
      nodeIcal
        .expandRecurringEvent(ev, { from: new Date('2000-01-01'), to: new Date('2020-12-31') })
        .map((i) => ({ uid: ev.uid, start: isoDay(i.start), end: isoDay(i.end), summary: String(i.summary) })),
    );
}
const sorted = (list: Instance[]) =>
  list.map(({ uid, start, end }) => `${uid} ${start} ${end}`).sort((a, b) => a.localeCompare(b));

describe('calendar files', () => {
  const events = calendarEvents(entries, site);
  const text = renderCalendar({ name: 'Thử', description: 'Lịch thử', url: site.href }, events);
  /** Every dated occurrence, as the date model expands it: what any calendar program must show. */
  const expected = entries.flatMap((e) =>
    e.occurrences.map((o) => ({
      uid: eventUid(e.id, e.when.kind === 'recurring' ? (o.cycle ?? 'series') : o.key),
      start: o.start,
      end: addDays(o.end, 1),
      summary: '',
    })),
  );

  it('gives each recurring obligation one recurring event, each report of «6 tháng, 1 năm» its own', () => {
    const masters = events.filter((e) => e.recurrenceId === undefined);
    expect(masters.map((e) => [e.uid, e.rrule])).toEqual([
      ['sau-thang-mot-nam-six-month@cchc-bac-kan-2006-2010', 'FREQ=YEARLY;UNTIL=20100619'],
      ['sau-thang-mot-nam-annual@cchc-bac-kan-2006-2010', 'FREQ=YEARLY;UNTIL=20101219'],
      ['hang-thang-series@cchc-bac-kan-2006-2010', 'FREQ=MONTHLY;UNTIL=20080301'],
      ['quy-i-hang-nam-series@cchc-bac-kan-2006-2010', 'FREQ=YEARLY;UNTIL=20090101'],
      ['hang-quy-series@cchc-bac-kan-2006-2010', 'FREQ=MONTHLY;INTERVAL=3;UNTIL=20071219'],
      ['quy-3-2008-q3@cchc-bac-kan-2006-2010', undefined],
      ['hieu-luc-2007-02-19@cchc-bac-kan-2006-2010', undefined],
    ]);
    expect(masters.find((e) => e.uid.startsWith('sau-thang-mot-nam-six'))?.summary).toContain('báo cáo 6 tháng');
    expect(masters.find((e) => e.uid.startsWith('sau-thang-mot-nam-annual'))?.summary).toContain('báo cáo năm');
  });

  it('expands, in ical.js, to exactly the days the date model gives, each period whole', () => {
    expect(sorted(expandWithIcalJs(text))).toEqual(sorted(expected));
  });

  it('expands the same in node-ical, a second, independent parser', () => {
    expect(sorted(expandWithNodeIcal(text))).toEqual(sorted(expected));
  });

  it('puts «trước ngày 20/6» on 19 June and spans a month, a quarter, a leap year’s Q1 without inventing a day', () => {
    const all = expandWithIcalJs(text);
    expect(all.find((e) => e.uid.startsWith('sau-thang-mot-nam-six') && e.start.startsWith('2008'))).toMatchObject({
      start: '2008-06-19',
      end: '2008-06-20',
    });
    expect(all.find((e) => e.uid.startsWith('hang-thang') && e.start === '2008-02-01')?.end).toBe('2008-03-01');
    expect(all.find((e) => e.uid.startsWith('quy-i-hang-nam') && e.start === '2008-01-01')?.end).toBe('2008-04-01');
    expect(all.find((e) => e.uid.startsWith('quy-3-'))).toMatchObject({
      start: '2008-07-01',
      end: '2008-10-01',
      summary: 'Mốc quy-3 (Quý III/2008)',
    });
    expect(all.find((e) => e.uid.startsWith('hieu-luc-'))).toMatchObject({ start: '2007-02-19', end: '2007-02-20' });
  });

  it('leaves ad-hoc reports out and keeps the file the same from build to build', () => {
    expect(events.some((e) => e.uid.startsWith('dot-xuat'))).toBe(false);
    expect(
      renderCalendar({ name: 'Thử', description: 'Lịch thử', url: site.href }, calendarEvents(entries, site)),
    ).toBe(text);
  });

  it('quotes the clause with its citation, the bodies, the bounds as the site’s reading and the planned-date note', () => {
    const d = events.find((e) => e.uid.startsWith('hieu-luc-'))?.description ?? '';
    expect(d).toContain(
      '«Định kỳ 6 tháng, 1 năm (trước ngày 20 của tháng cuối quý II, quý IV) các sở, ngành báo cáo; có dấu phẩy»',
    );
    expect(d).toContain('Trích dẫn: khoản 4.2 mục III Kế hoạch …');
    expect(d).toContain('https://example.gov.vn/van-ban/qd/#kh-iii-4-2');
    expect(d).toContain('Cách tính: ký + 10 ngày');
    expect(d).toContain('Uỷ ban nhân dân tỉnh (Cơ quan ban hành)');
    expect(d).toMatch(/không phải ghi nhận việc đã thực hiện/);
    expect(events.find((e) => e.uid.startsWith('hang-thang'))?.description).toContain(
      'Điểm đầu, điểm cuối (cách đọc của trang): x',
    );
    expect(events[0]?.url).toBe('https://example.gov.vn/thoi-gian/#sau-thang-mot-nam');
  });

  it('writes no address at all when the build has no public address', () => {
    const bare = renderCalendar({ name: 'Thử', description: 'Lịch thử' }, calendarEvents(entries, undefined));
    expect(bare).not.toMatch(/https?:/);
    expect(sorted(expandWithIcalJs(bare))).toEqual(sorted(expected));
  });

  it('ends every line with CRLF, the last included, and folds lines at 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.filter((l) => l.includes('\n'))).toEqual([]);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
  });

  it('writes a valid calendar even with no events', () => {
    const empty = new ICAL.Component(ICAL.parse(renderCalendar({ name: 'x', description: 'y', url: site.href }, [])));
    expect(empty.name).toBe('vcalendar');
    expect(empty.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});

describe('deadlines CSV', () => {
  const text = renderCsv(deadlineRows(entries, site));
  const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];

  it('starts with a BOM and uses CRLF line ends and the Vietnamese headers', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    expect(Object.keys(records[0] ?? {})).toEqual(Object.values(CSV_COLUMNS));
  });

  it('has a row per occurrence and one per undated entry, matching the expansion', () => {
    const expected = entries.flatMap((e) => (e.occurrences.length ? e.occurrences.map((o) => o.key) : ['']));
    expect(records.map((r) => r['Mã kỳ'])).toEqual(expected);
    const june = records.find((r) => r['Mã mốc'] === 'sau-thang-mot-nam' && r['Mã kỳ'] === '2007-h1');
    expect(june).toMatchObject({
      'Thời gian': 'trước ngày 20/6/2007',
      'Từ ngày': '',
      'Đến ngày (hạn cuối)': '2007-06-19',
    });
    const adhoc = records.find((r) => r['Mã mốc'] === 'dot-xuat');
    expect(adhoc?.['Thời gian']).toMatch(/đột xuất/);
    expect(adhoc?.['Đến ngày (hạn cuối)']).toBe('');
    expect(records.find((r) => r['Mã mốc'] === 'quy-3')).toMatchObject({
      'Từ ngày': '2008-07-01',
      'Đến ngày (hạn cuối)': '2008-09-30',
      'Liên kết khoản': 'https://example.gov.vn/van-ban/qd/#kh-iii-4-2',
    });
  });
});
