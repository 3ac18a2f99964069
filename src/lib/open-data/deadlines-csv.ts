import { stringify } from 'csv-stringify/sync';
import { kindLabel, type TimelineEntry } from '../dates/timeline.ts';
import { publicUrl } from '../site/site.ts';

/** The columns of the CSV, in order, with the Vietnamese header a spreadsheet shows. */
export const CSV_COLUMNS = {
  entry: 'Mã mốc',
  occurrence: 'Mã kỳ',
  when: 'Thời gian',
  period: 'Kỳ',
  from: 'Từ ngày',
  until: 'Đến ngày (hạn cuối)',
  kind: 'Loại',
  recurring: 'Định kỳ',
  obligation: 'Nghĩa vụ',
  wording: 'Văn bản ghi',
  bodies: 'Cơ quan',
  citation: 'Trích dẫn',
  url: 'Liên kết khoản',
} as const;
export type CsvRow = Record<keyof typeof CSV_COLUMNS, string>;

/**
 * One row per occurrence, and one per undated (ad-hoc) entry with its dates
 * empty. A deadline has no «from»: the text gives only its last day.
 */
export function deadlineRows(entries: TimelineEntry[], site: URL | undefined): CsvRow[] {
  return entries.flatMap((e) => {
    const common = {
      entry: e.id,
      kind: kindLabel(e.kind),
      recurring: e.recurring ? 'có' : 'không',
      obligation: e.title,
      wording: e.wording,
      bodies: e.bodies.map((b) => `${b.name} (${b.role})`).join('; '),
      citation: e.citation,
      url: publicUrl(e.clauseHref, site),
    };
    if (e.occurrences.length === 0)
      return [{ ...common, occurrence: '', when: e.whenLabel, period: '', from: '', until: '' }];
    return e.occurrences.map((o) => ({
      ...common,
      occurrence: o.key,
      when: o.label,
      period: o.period ?? '',
      from: o.precision === 'deadline' ? '' : o.start,
      until: o.end,
    }));
  });
}

/** The CSV text: UTF-8 with a byte-order mark and CRLF line ends, so that Excel opens it as Vietnamese. */
export function renderCsv(rows: CsvRow[]): string {
  return stringify(rows, {
    bom: true,
    header: true,
    record_delimiter: 'windows',
    columns: Object.entries(CSV_COLUMNS).map(([key, header]) => ({ key, header })),
  });
}
