import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dist, page } from './built-site.ts';
import { readCollection } from './content-files.ts';
import { sourcesOfDuties } from './expected-duties.ts';
import { addDays } from '../../src/lib/dates/dates.ts';
import { expandPlanDate, type Occurrence } from '../../src/lib/dates/plan-dates.ts';
import { planDateSchema, type PlanDate } from '../../src/schemas/plan-date.ts';
import { AREAS, type Area } from '../../src/schemas/roles.ts';
import { urls } from '../../src/lib/site/urls.ts';

interface MilestoneFile {
  title: string;
  kind: string;
  when: unknown;
  wording: string;
  source: string;
  bodies?: { body: string; role: string; scope?: string[]; interpretation?: string }[];
}

/** The milestones straight from their YAML, each with the occurrences its date expands to. */
const milestones = readCollection<MilestoneFile>('milestones').map((m) => {
  const when = planDateSchema.parse(m.data.when);
  return {
    ...m,
    when,
    occurrences: expandPlanDate(when),
    bodyIds: [...new Set((m.data.bodies ?? []).map((b) => b.body))],
  };
});
type M = (typeof milestones)[number];
const bodyNames = new Map(readCollection<{ name: string }>('bodies').map((b) => [b.id, b.data.name]));
const provisions = new Map(readCollection<{ document: string }>('provisions').map((p) => [p.id, p.data]));
const tasks = readCollection<{ area: Area; milestones?: { milestone: string }[] }>('tasks');
/** A body's milestones: its own, and those of every group it is one of (or whose head post it holds). */
const milestonesOf = (body: string) => {
  const holders = new Set([body, ...sourcesOfDuties(body)]);
  return milestones.filter((m) => m.bodyIds.some((b) => holders.has(b)));
};
/** Every body with a date, its own or a group's: each has a view of the timeline. */
const viewIds = [...bodyNames.keys()].filter((b) => milestonesOf(b).length > 0);
/** Those with a dated one: each has a calendar file. */
const calendarIds = viewIds.filter((b) => milestonesOf(b).some((m) => m.occurrences.length > 0));

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
      ...viewIds.map((b) => urls.bodyTimeline(b)),
      ...calendarIds.map((b) => urls.bodyCalendar(b)),
    ];
    for (const href of wanted) {
      expect(hrefs, href).toContain(href);
      expect(existsSync(join(dist, href.endsWith('/') ? `${href}index.html` : href)), href).toBe(true);
    }
  });
});

const ROMAN = ['I', 'II', 'III', 'IV'];
const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
interface Quarter {
  year: number;
  quarter: number;
}
const quarterOfDay = (iso: string): Quarter => ({
  year: Number(iso.slice(0, 4)),
  quarter: Math.ceil(Number(iso.slice(5, 7)) / 3),
});
const qIndex = (q: Quarter) => q.year * 4 + q.quarter - 1;
const qFrom = (i: number): Quarter => ({ year: Math.floor(i / 4), quarter: (i % 4) + 1 });
const qStart = (q: Quarter) => `${q.year}-${String(q.quarter * 3 - 2).padStart(2, '0')}-01`;
const qAfter = (q: Quarter) => qStart(qFrom(qIndex(q) + 1));
const between = (a: Quarter, b: Quarter) =>
  Array.from({ length: qIndex(b) - qIndex(a) + 1 }, (_, i) => qFrom(qIndex(a) + i));
/** The quarters the words allow an occurrence: the options of «one of several quarters», else all it spans. */
const quartersAllowed = (when: PlanDate, o: Occurrence): Quarter[] =>
  when.kind === 'any-quarter'
    ? when.options.map((x) => ({ year: x.year, quarter: x.quarter }))
    : between(quarterOfDay(o.start), quarterOfDay(o.end));
const yearOf = (iso: string) => Number(iso.slice(0, 4));
/** The first year drawn by quarter: that of the plan's own first date (not of the documents it cites). */
const firstPlanYear = Math.min(
  ...milestones
    .filter((m) => m.data.kind !== 'legal-basis')
    .flatMap((m) => m.occurrences)
    .map((o) => yearOf(o.start)),
);
/** Quarters with a page: every quarter of the years of the plan's own dates, and any earlier one holding a date. */
function expectedQuarterPages(): Quarter[] {
  const last = Math.max(...milestones.flatMap((m) => m.occurrences).map((o) => yearOf(o.end)));
  const earlier = milestones.flatMap((m) => m.occurrences.flatMap((o) => quartersAllowed(m.when, o)));
  const all = [...between({ year: firstPlanYear, quarter: 1 }, { year: last, quarter: 4 }), ...earlier];
  return [...new Map(all.map((q) => [qIndex(q), q])).values()].sort((a, b) => qIndex(a) - qIndex(b));
}
/** Built pages, parsed once. */
const parsed = new Map<string, Document>();
const cached = (path: string) => {
  if (!parsed.has(path)) parsed.set(path, page(path));
  return parsed.get(path) as Document;
};

/** The chart of a page: its columns (the days each covers) and where a day begins on its axis. */
function chartOf(doc: Document) {
  const columns = [...doc.querySelectorAll('.tl-chart rect[data-from]')].map((r) => ({
    from: r.getAttribute('data-from') ?? '',
    to: r.getAttribute('data-to') ?? '',
    x: Number(r.getAttribute('x')),
    width: Number(r.getAttribute('width')),
  }));
  const xOf = (iso: string) => {
    const d = dayNumber(iso);
    const c = columns.find((col) => d >= dayNumber(col.from) && d <= dayNumber(col.to));
    if (c) return c.x + (c.width * (d - dayNumber(c.from))) / (dayNumber(c.to) + 1 - dayNumber(c.from));
    const last = columns.at(-1);
    if (last && d === dayNumber(last.to) + 1) return last.x + last.width;
    throw new Error(`${iso} is not on the chart`);
  };
  return { columns, xOf };
}

const NEAR = 0.15;
/**
 * Checks a milestone's row on a chart: one mark per occurrence, inside the
 * link to the milestone, named by its date, drawn at the precision of its
 * words — a point within its day, a bar exactly as wide as its period, the
 * options of «one of several quarters» and nothing between them.
 */
function expectRow(doc: Document, m: M, where: string) {
  const { xOf } = chartOf(doc);
  const row = doc.querySelector(`.tl-chart [data-row="${m.id}"]`);
  expect(row, `${where}: row ${m.id}`).not.toBeNull();
  expect(row?.querySelector(`a[href$="#${m.data.source}"]`), `${where}: ${m.id} links its clause`).not.toBeNull();
  const link = row?.querySelector(`a[href="#${m.id}"]`);
  const marks = [...(link?.querySelectorAll('[data-o]') ?? [])];
  expect(marks.map((g) => g.getAttribute('data-o')).sort(), `${where}: ${m.id}`).toEqual(
    m.occurrences.map((o) => o.key).sort(),
  );
  for (const o of m.occurrences) {
    const id = `${where}: ${m.id} ${o.key} (${o.precision})`;
    const g = link?.querySelector(`[data-o="${o.key}"]`);
    expect(g?.querySelector('title')?.textContent, id).toContain(o.label);
    if (o.cycle) expect(g?.getAttribute('class'), id).toContain(`tl-c-${o.cycle}`);
    const rects = [...(g?.querySelectorAll('rect') ?? [])].map((r) => ({
      x: Number(r.getAttribute('x')),
      end: Number(r.getAttribute('x')) + Number(r.getAttribute('width')),
    }));
    if (o.precision === 'day' || o.precision === 'deadline') {
      const use = g?.querySelector('use');
      expect(use?.getAttribute('href'), id).toBe(o.precision === 'day' ? '#tl-day' : '#tl-deadline');
      expect(rects, id).toEqual([]);
      const x = Number(use?.getAttribute('x'));
      expect(x, id).toBeGreaterThanOrEqual(xOf(o.start) - NEAR);
      expect(x, id).toBeLessThanOrEqual(xOf(addDays(o.start, 1)) + NEAR);
    } else if (o.precision === 'quarters') {
      const allowed = quartersAllowed(m.when, o);
      for (const q of allowed) {
        const middle = (xOf(qStart(q)) + xOf(qAfter(q))) / 2;
        expect(
          rects.some((r) => r.x <= middle && middle <= r.end),
          `${id}: ${q.year}-q${q.quarter}`,
        ).toBe(true);
      }
      const drawn = rects.reduce((w, r) => w + r.end - r.x, 0);
      const wanted = allowed.reduce((w, q) => w + xOf(qAfter(q)) - xOf(qStart(q)), 0);
      expect(drawn, id).toBeCloseTo(wanted, 0);
    } else {
      expect(rects, id).toHaveLength(1);
      expect(Math.abs((rects[0]?.x ?? NaN) - xOf(o.start)), id).toBeLessThanOrEqual(NEAR);
      expect(Math.abs((rects[0]?.end ?? NaN) - xOf(addDays(o.end, 1))), id).toBeLessThanOrEqual(NEAR);
    }
  }
  // «6 tháng, 1 năm»: the six-monthly one on the lane above the annual one.
  const laneOf = (cycle: string) =>
    Number(
      /translate\(0 ([\d.]+)\)/.exec(
        link?.querySelector(`.tl-c-${cycle}`)?.parentElement?.getAttribute('transform') ?? '',
      )?.[1],
    );
  if (m.occurrences.some((o) => o.cycle)) expect(laneOf('six-month'), m.id).toBeLessThan(laneOf('annual'));
}

/** A role is shown with the words of the clause that narrow it and, set apart, the site's reading. */
function expectRoleWords(
  item: Element | null | undefined,
  where: string,
  b: { scope?: string[]; interpretation?: string },
) {
  const texts = (selector: string) => [...(item?.querySelectorAll(selector) ?? [])].map((x) => x.textContent ?? '');
  for (const w of b.scope ?? [])
    expect(
      texts('[data-scope]').some((t) => t.includes(`«${w}»`)),
      `${where}: «${w}»`,
    ).toBe(true);
  if (b.interpretation)
    expect(
      texts('[data-reading]').some((t) => t.includes(b.interpretation ?? '')),
      `${where}: reading`,
    ).toBe(true);
}

describe('the chart of the whole plan', () => {
  const timeline = page(urls.timeline());
  const dated = milestones.filter((m) => m.occurrences.length > 0);

  it('has a column per quarter of the plan’s years, each linking to the quarter’s page', () => {
    const { columns } = chartOf(timeline);
    const quarters = expectedQuarterPages().filter((q) => q.year >= firstPlanYear);
    for (const q of quarters) {
      const col = columns.find((c) => c.from === qStart(q) && c.to === addDays(qAfter(q), -1));
      expect(col, `${q.year}-q${q.quarter}`).toBeDefined();
      expect(
        timeline.querySelector(`.tl-chart a[href="${urls.quarter(q.year, q.quarter)}"]`)?.getAttribute('aria-label'),
      ).toBe(`Quý ${ROMAN[q.quarter - 1]}/${q.year}`);
    }
    // Contiguous: each column begins where the last ended, in date order.
    for (const [a, b] of columns.slice(0, -1).map((c, i) => [c, columns[i + 1]] as const))
      expect(b?.from ?? '').toBe(addDays(a.to, 1));
  });

  it('draws every dated milestone, each occurrence at the precision of its words', () => {
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.some((m) => m.occurrences.some((o) => o.precision === 'quarters'))).toBe(true);
    expect(dated.some((m) => m.occurrences.some((o) => o.cycle))).toBe(true);
    for (const m of dated) expectRow(timeline, m, urls.timeline());
    expect(timeline.querySelectorAll('.tl-chart [data-row]').length).toBe(dated.length);
  });

  it('groups the rows: the documents first, then by the area of the tasks that carry them', () => {
    const panelOf = (id: string) => timeline.querySelector(`.tl-chart [data-row="${id}"]`)?.closest('svg');
    const documents = new Set(['legal-basis', 'proposal', 'signing', 'effective']);
    const first = timeline.querySelector('.tl-chart svg');
    for (const m of dated) {
      const area = tasks.find((t) => t.data.milestones?.some((x) => x.milestone === m.id))?.data.area;
      if (documents.has(m.data.kind)) expect(panelOf(m.id), m.id).toBe(first);
      else if (area) expect(panelOf(m.id)?.querySelector('.tl-group')?.textContent, m.id).toBe(AREAS[area]);
    }
  });

  it('leaves the reports with no date off the chart and lists them apart, «không có ngày định trước»', () => {
    const undated = milestones.filter((m) => m.occurrences.length === 0);
    expect(undated.length).toBeGreaterThan(0);
    const apart = timeline.getElementById('khong-co-ngay')?.closest('section');
    for (const m of undated) {
      expect(timeline.querySelector(`.tl-chart [data-row="${m.id}"]`), m.id).toBeNull();
      expect(apart?.querySelector(`[id="${m.id}"]`), m.id).not.toBeNull();
      expect(apart?.querySelector(`[id="${m.id}"]`)?.textContent, m.id).toContain('không có ngày định trước');
    }
  });

  it('says the same in words: each recurrence with its bounds, each role with the words narrowing it and the site’s reading', () => {
    for (const m of milestones) {
      const item = timeline.getElementById(m.id);
      if (m.when.kind === 'recurring') expect(item?.textContent, m.id).toContain(m.when.bounds);
      for (const b of m.data.bodies ?? []) {
        expectRoleWords(item, `${urls.timeline()} ${m.id} ${b.body}`, b);
      }
    }
  });
});

describe('each body’s chart', () => {
  it('draws exactly the body’s dated milestones, its own and its groups’, at the precision of their words', () => {
    for (const b of viewIds) {
      const view = cached(urls.bodyTimeline(b));
      const dated = milestonesOf(b).filter((m) => m.occurrences.length > 0);
      if (dated.length === 0) {
        expect(view.querySelector('.tl-chart'), b).toBeNull();
        continue;
      }
      const rows = [...view.querySelectorAll('.tl-chart [data-row]')].map((r) => r.getAttribute('data-row'));
      expect(rows.sort(), b).toEqual(dated.map((m) => m.id).sort());
      for (const m of dated) expectRow(view, m, urls.bodyTimeline(b));
    }
  });
});

describe('the quarter pages', () => {
  const pages = expectedQuarterPages();

  it('exist for every quarter of the plan’s years and each earlier quarter holding a date, and no other', () => {
    expect(pages.length).toBeGreaterThanOrEqual(16);
    const built = readdirSync(join(dist, 'thoi-gian')).filter((f) => /^\d{4}-q\d$/.test(f));
    expect(built.sort()).toEqual(pages.map((q) => `${q.year}-q${q.quarter}`).sort());
    for (const q of pages)
      expect(page(urls.quarter(q.year, q.quarter)).querySelector('h1')?.textContent).toBe(
        `Quý ${ROMAN[q.quarter - 1]} năm ${q.year}`,
      );
  });

  /** What an occurrence must say on a quarter page: its date at its own precision, and no more. */
  const words = (m: M, o: Occurrence): string[] => {
    const [y, mo, d] = o.start.split('-');
    switch (o.precision) {
      case 'day':
        return [`${d}/${mo}/${y}`];
      case 'deadline':
        return [o.label];
      case 'month':
        return [`tháng ${Number(mo)}/${y}`];
      case 'quarter':
        return [`quý ${ROMAN[quarterOfDay(o.start).quarter - 1]}/${y}`];
      case 'quarters':
        return [o.label, `một trong ${['', '', 'hai', 'ba', 'bốn'][quartersAllowed(m.when, o).length]} quý`];
      case 'half-year':
        return [o.label, 'không nêu quý'];
      case 'year':
        return [`năm ${y}`, 'không nêu quý'];
    }
  };

  it('list every occurrence of every milestone in each quarter it may fall in, at its precision, under each of its bodies', () => {
    let checked = 0;
    for (const m of milestones)
      for (const o of m.occurrences)
        for (const q of quartersAllowed(m.when, o)) {
          const where = `${urls.quarter(q.year, q.quarter)} ${m.id} ${o.key}`;
          const doc = cached(urls.quarter(q.year, q.quarter));
          const items = [...doc.querySelectorAll(`[data-milestone="${m.id}"]`)];
          expect(items.length, where).toBe(Math.max(1, m.bodyIds.length));
          for (const item of items) {
            const said = item.querySelector(`[data-o="${o.key}"]`);
            for (const w of words(m, o)) expect(said?.textContent, where).toContain(w);
            const days = [...(said?.querySelectorAll('time') ?? [])].map((t) => t.getAttribute('datetime') ?? '');
            if (!['day', 'deadline'].includes(o.precision))
              expect(
                days.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t)),
                `${where}: no day`,
              ).toEqual([]);
            expect(item.querySelector(`a[href$="#${m.data.source}"]`), `${where}: clause`).not.toBeNull();
          }
          for (const b of m.bodyIds)
            expect(
              doc
                .getElementById(`cq-${b}`)
                ?.closest('section')
                ?.querySelector(`[data-milestone="${m.id}"] [data-o="${o.key}"]`),
              `${where} under ${b}`,
            ).not.toBeNull();
          checked += 1;
        }
    expect(checked).toBeGreaterThan(100);
  });

  it('list nothing in a quarter it cannot fall in (one of two quarters is not the quarter between them)', () => {
    for (const q of pages) {
      const doc = cached(urls.quarter(q.year, q.quarter));
      for (const said of doc.querySelectorAll('[data-milestone] [data-o]')) {
        const m = milestones.find((x) => x.id === said.closest('[data-milestone]')?.getAttribute('data-milestone'));
        const o = m?.occurrences.find((x) => x.key === said.getAttribute('data-o'));
        expect(o, `${q.year}-q${q.quarter}: ${said.getAttribute('data-o')}`).toBeDefined();
        if (m && o)
          expect(
            quartersAllowed(m.when, o).some((x) => qIndex(x) === qIndex(q)),
            `${m.id} ${o.key} on ${q.year}-q${q.quarter}`,
          ).toBe(true);
      }
    }
  });

  it('show with each body’s role the words that narrow it and the site’s reading', () => {
    for (const m of milestones)
      for (const o of m.occurrences.slice(0, 1))
        for (const q of quartersAllowed(m.when, o).slice(0, 1)) {
          const doc = cached(urls.quarter(q.year, q.quarter));
          for (const b of m.data.bodies ?? []) {
            const item = doc
              .getElementById(`cq-${b.body}`)
              ?.closest('section')
              ?.querySelector(`[data-milestone="${m.id}"]`);
            expectRoleWords(item, `${q.year}-q${q.quarter} ${m.id} ${b.body}`, b);
          }
        }
  });
});

describe('the per-body views', () => {
  it('exist for every body with a date of its own or of a group it is one of, and no other', () => {
    const built = readdirSync(join(dist, 'thoi-gian'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !/^\d{4}-q\d$/.test(e.name))
      .map((e) => e.name);
    expect(built.sort()).toEqual([...viewIds].sort());
  });

  it('show exactly the body’s milestones, its groups’ ones under «Là việc của «…»»', () => {
    expect(viewIds.some((b) => milestonesOf(b).some((m) => !m.bodyIds.includes(b)))).toBe(true);
    for (const b of viewIds) {
      const view = cached(urls.bodyTimeline(b));
      const shown = milestones.filter((m) => view.getElementById(m.id)).map((m) => m.id);
      expect(shown.sort(), b).toEqual(
        milestonesOf(b)
          .map((m) => m.id)
          .sort(),
      );
      for (const m of milestonesOf(b).filter((x) => !x.bodyIds.includes(b))) {
        const heading = view.getElementById(m.id)?.closest('section')?.querySelector('h3')?.textContent ?? '';
        const groups = m.bodyIds
          .filter((g) => sourcesOfDuties(b).has(g))
          .map((g) => `Là việc của «${bodyNames.get(g)}»`);
        if (m.occurrences.length > 0) expect(groups, `${b}: ${m.id} under «${heading}»`).toContain(heading);
        else
          expect(
            groups.some((g) => view.getElementById(m.id)?.textContent?.includes(g)),
            `${b}: undated ${m.id}`,
          ).toBe(true);
      }
      expect(view.querySelector(`main a[href="${urls.body(b)}"]`), b).not.toBeNull();
      expect(!!view.querySelector(`main a[href="${urls.bodyCalendar(b)}"]`), b).toBe(calendarIds.includes(b));
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

  it('each body’s page with a date, its own or a group’s, links its timeline view', () => {
    for (const b of viewIds)
      expect(page(urls.body(b)).querySelector(`main a[href="${urls.bodyTimeline(b)}"]`), b).not.toBeNull();
  });
});

describe('timeline pages: no script, within the size budget', () => {
  const paths = [
    urls.timeline(),
    ...viewIds.map((b) => urls.bodyTimeline(b)),
    ...expectedQuarterPages().map((q) => urls.quarter(q.year, q.quarter)),
  ];

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
