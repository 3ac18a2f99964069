import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dist, page } from './built-site.ts';
import { readCollection } from './content-files.ts';
import { expandPlanDate } from '../../src/lib/plan-dates.ts';
import { planDateSchema } from '../../src/schemas/plan-date.ts';
import { urls } from '../../src/lib/urls.ts';

interface MilestoneFile {
  title: string;
  kind: string;
  when: unknown;
  wording: string;
  source: string;
  bodies?: { body: string; role: string }[];
}

/** The milestones straight from their YAML, each with the occurrences its date expands to. */
const milestones = readCollection<MilestoneFile>('milestones').map((m) => ({
  ...m,
  occurrences: expandPlanDate(planDateSchema.parse(m.data.when)),
  bodyIds: [...new Set((m.data.bodies ?? []).map((b) => b.body))],
}));
const bodyIds = [...new Set(milestones.flatMap((m) => m.bodyIds))];
const bodyNames = new Map(readCollection<{ name: string }>('bodies').map((b) => [b.id, b.data.name]));
const provisions = new Map(readCollection<{ document: string }>('provisions').map((p) => [p.id, p.data]));

const pages = new Map<string, Document>();
/** The page a link points to and the element its fragment names, or null. */
function target(href: string): Element | null {
  const [path, fragment] = href.split('#');
  if (!path || !fragment) return null;
  if (!pages.has(path)) pages.set(path, page(path));
  return pages.get(path)?.getElementById(fragment) ?? null;
}

describe('the timeline page', () => {
  const timeline = page(urls.timeline());

  it('shows every milestone of the content, with a citation link to an existing anchor', () => {
    for (const m of milestones) {
      const item = timeline.getElementById(m.id);
      expect(item, m.id).not.toBeNull();
      expect(item?.textContent, m.id).toContain(m.data.title);
      const doc = provisions.get(m.data.source)?.document;
      const links = [...(item?.querySelectorAll('a[href*="#"]') ?? [])].map((a) => a.getAttribute('href') ?? '');
      const cite = links.find((href) => href.endsWith(`#${m.data.source}`));
      expect(cite, `${m.id}: link to ${m.data.source} of ${doc}`).toBeDefined();
      expect(target(cite ?? ''), cite).not.toBeNull();
      for (const b of m.bodyIds)
        expect(item?.querySelector(`a[href="${urls.body(b)}"]`), `${m.id} → ${b}`).not.toBeNull();
    }
  });

  it('marks a single date with <time datetime> and never gives a quarter a day', () => {
    for (const m of milestones.filter((x) => x.occurrences.length === 1 && x.occurrences[0]?.precision === 'day')) {
      expect(
        timeline.getElementById(m.id)?.querySelector(`time[datetime="${m.occurrences[0]?.start}"]`),
        m.id,
      ).not.toBeNull();
    }
    const periods = milestones.filter(
      (x) => x.occurrences.length > 0 && x.occurrences.every((o) => /quarter/.test(o.precision)),
    );
    expect(periods.length).toBeGreaterThan(0);
    for (const m of periods) {
      const days = [...(timeline.getElementById(m.id)?.querySelectorAll('time') ?? [])]
        .map((t) => t.getAttribute('datetime') ?? '')
        .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
      expect(days, m.id).toEqual([]);
    }
  });

  it('says these are planned dates, not a record of what was done', () => {
    expect(timeline.querySelector('main')?.textContent).toMatch(
      /thời hạn theo kế hoạch.*không phải ghi nhận việc đã làm/s,
    );
  });

  it('links the plan calendar, the CSV and every body’s view and calendar, all of which exist', () => {
    const hrefs = [...timeline.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href'));
    const wanted = [
      urls.planCalendar(),
      urls.deadlinesCsv(),
      ...bodyIds.flatMap((b) => [urls.bodyTimeline(b), urls.bodyCalendar(b)]),
    ];
    for (const href of wanted) {
      expect(hrefs, href).toContain(href);
      expect(existsSync(join(dist, href.endsWith('/') ? `${href}index.html` : href)), href).toBe(true);
    }
  });
});

describe('the per-body views', () => {
  it('show exactly the milestones where the body has a role', () => {
    for (const b of bodyIds) {
      const view = page(urls.bodyTimeline(b));
      const shown = milestones.filter((m) => view.getElementById(m.id)).map((m) => m.id);
      expect(shown.sort(), b).toEqual(
        milestones
          .filter((m) => m.bodyIds.includes(b))
          .map((m) => m.id)
          .sort(),
      );
      expect(view.querySelector(`main a[href="${urls.bodyCalendar(b)}"]`), b).not.toBeNull();
      expect(view.querySelector(`main a[href="${urls.body(b)}"]`), b).not.toBeNull();
    }
  });
});

describe('links to the calendars from elsewhere', () => {
  it('the home page’s officials path links the plan calendar, the CSV and the timeline', () => {
    const officials = page(urls.home()).querySelector('section[aria-labelledby="can-bo"]');
    expect(officials).not.toBeNull();
    for (const href of [urls.timeline(), urls.planCalendar(), urls.deadlinesCsv()])
      expect(officials?.querySelector(`a[href="${href}"]`), href).not.toBeNull();
  });

  it('each body’s page links its timeline view', () => {
    for (const b of bodyIds)
      expect(page(urls.body(b)).querySelector(`main a[href="${urls.bodyTimeline(b)}"]`), b).not.toBeNull();
  });
});

describe('timeline pages: no script, within the size budget', () => {
  const paths = [urls.timeline(), ...bodyIds.map((b) => urls.bodyTimeline(b))];

  it('ship no JavaScript', () => {
    for (const path of paths) expect(page(path).querySelectorAll('script').length, path).toBe(0);
  });

  it('weigh at most 20 KB of HTML and CSS, gzipped', () => {
    for (const path of paths) {
      const html = readFileSync(join(dist, path, 'index.html'));
      const css = [...page(path).querySelectorAll('link[rel="stylesheet"]')].map((l) =>
        readFileSync(join(dist, l.getAttribute('href') ?? '')),
      );
      const bytes = [html, ...css].reduce((n, b) => n + gzipSync(b).length, 0);
      expect(bytes, path).toBeLessThanOrEqual(20 * 1024);
    }
  });
});

describe('the deadlines CSV', () => {
  const text = readFileSync(join(dist, urls.deadlinesCsv()), 'utf8');
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];

  it('is UTF-8 with a BOM, for Excel', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });

  it('has a row per occurrence and per undated milestone, matching the data', () => {
    const expected = milestones.flatMap((m) =>
      m.occurrences.length ? m.occurrences.map((o) => `${m.id}|${o.key}|${o.end}`) : [`${m.id}||`],
    );
    expect(rows.map((r) => `${r['Mã mốc']}|${r['Mã kỳ']}|${r['Đến ngày (hạn cuối)']}`).sort()).toEqual(expected.sort());
    for (const r of rows) {
      const m = milestones.find((x) => x.id === r['Mã mốc']);
      expect(r['Nghĩa vụ']).toBe(m?.data.title);
      expect(r['Liên kết khoản']).toMatch(new RegExp(`#${m?.data.source}$`));
      for (const b of m?.bodyIds ?? []) expect(r['Cơ quan'], r['Mã mốc']).toContain(bodyNames.get(b));
    }
  });
});
