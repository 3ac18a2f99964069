import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { calendarEvents, eventUid, renderCalendar } from '../../src/lib/calendar.ts';
import { CSV_COLUMNS, deadlineRows, renderCsv } from '../../src/lib/deadlines-csv.ts';
import { addDays } from '../../src/lib/dates.ts';
import { describePlanDate, expandPlanDate } from '../../src/lib/plan-dates.ts';
import type { PlanDate } from '../../src/schemas/plan-date.ts';
import type { TimelineEntry } from '../../src/lib/timeline.ts';

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
  entry('hai-lan-mot-nam', {
    kind: 'recurring',
    every: 'half-year',
    dueBeforeDay: 20,
    from: '2007-01',
    until: '2010-12',
    bounds: 'x',
  }),
  entry('hang-thang', { kind: 'recurring', every: 'month', from: '2007-11', until: '2008-02', bounds: 'x' }),
  entry('quy-3', { kind: 'quarter', year: 2008, quarter: 3 }),
  entry('hieu-luc', { kind: 'derived-day', from: '2007-02-09', addDays: 10, derivation: 'ký + 10 ngày' }, [
    { id: 'ubnd-tinh', name: 'Uỷ ban nhân dân tỉnh', role: 'Cơ quan ban hành' },
  ]),
  entry('dot-xuat', { kind: 'ad-hoc' }),
];

function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const ev = new ICAL.Event(v);
    return {
      uid: ev.uid,
      start: ev.startDate.toString(),
      end: ev.endDate.toString(),
      allDay: ev.startDate.isDate && ev.endDate.isDate,
      summary: ev.summary,
      description: ev.description,
      url: String(v.getFirstPropertyValue('url')),
    };
  });
}

describe('calendar files', () => {
  const text = renderCalendar({ name: 'Thử', description: 'Lịch thử', url: site.href }, calendarEvents(entries, site));
  const events = parseEvents(text);

  it('writes one all-day event per occurrence, on the days the expansion gives', () => {
    const expected = entries.flatMap((e) =>
      e.occurrences.map((o) => ({ uid: eventUid(e.id, o, site), start: o.start, end: addDays(o.end, 1) })),
    );
    expect(events.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual(expected);
    expect(events).toHaveLength(8 + 4 + 1 + 1);
    expect(events.every((e) => e.allDay)).toBe(true);
  });

  it('puts «trước ngày 20/6/2007» on 19 June and spans a quarter without inventing a day', () => {
    const june = events.find((e) => e.uid === 'hai-lan-mot-nam-2007-h1@example.gov.vn');
    expect(june).toMatchObject({ start: '2007-06-19', end: '2007-06-20' });
    expect(june?.summary).toBe('Hạn trước ngày 20/6/2007: Mốc hai-lan-mot-nam (kỳ 6 tháng đầu năm 2007)');
    const q3 = events.find((e) => e.uid.startsWith('quy-3-'));
    expect(q3).toMatchObject({ start: '2008-07-01', end: '2008-10-01', summary: 'Mốc quy-3 (Quý III/2008)' });
    expect(events.find((e) => e.uid.startsWith('hieu-luc-'))).toMatchObject({ start: '2007-02-19', end: '2007-02-20' });
  });

  it('leaves ad-hoc reports out and keeps UIDs unique and stable', () => {
    expect(events.some((e) => e.uid.startsWith('dot-xuat'))).toBe(false);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(
      renderCalendar({ name: 'Thử', description: 'Lịch thử', url: site.href }, calendarEvents(entries, site)),
    ).toBe(text);
  });

  it('quotes the clause with its citation, its absolute URL, the bodies and the planned-date note', () => {
    const d = events.find((e) => e.uid.startsWith('hieu-luc-'))?.description ?? '';
    expect(d).toContain(
      '«Định kỳ 6 tháng, 1 năm (trước ngày 20 của tháng cuối quý II, quý IV) các sở, ngành báo cáo; có dấu phẩy»',
    );
    expect(d).toContain('Trích dẫn: khoản 4.2 mục III Kế hoạch …');
    expect(d).toContain('https://example.gov.vn/van-ban/qd/#kh-iii-4-2');
    expect(d).toContain('Cách tính: ký + 10 ngày');
    expect(d).toContain('Uỷ ban nhân dân tỉnh (Cơ quan ban hành)');
    expect(d).toMatch(/không phải ghi nhận việc đã thực hiện/);
    expect(events[0]?.url).toBe('https://example.gov.vn/thoi-gian/#hai-lan-mot-nam');
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
    const june = records.find((r) => r['Mã mốc'] === 'hai-lan-mot-nam' && r['Mã kỳ'] === '2007-h1');
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
