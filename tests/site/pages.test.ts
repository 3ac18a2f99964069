import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/site/urls.ts';
import { BODY_RELATIONS, type BodyRelation } from '../../src/schemas/body.ts';
import { ROLES, type Role } from '../../src/schemas/roles.ts';
import { dist, page } from './built-site.ts';
import {
  allDuties,
  bodies,
  milestones,
  ownDuties,
  sourcesOfDuties,
  type ExpectedDuty,
  type RoleYaml,
} from './expected-duties.ts';
import { readCollection } from './content-files.ts';

/**
 * The collection pages, checked against the content files read directly
 * (not through the site's own code): every entry has a page, every relation
 * shows on both of its ends, every body's page lists all of its duties.
 */

const provisions = new Map(
  readCollection<{ text: string; paragraph: number; document: string }>('provisions').map((p) => [p.id, p.data]),
);
const objectives = readCollection<{ label: string; parent?: string }>('objectives');
const tasks = readCollection<{
  provision: string;
  objectives?: { objective: string; source: string; interpretation?: string }[];
  bodies?: RoleYaml[];
  milestones?: { milestone: string; source: string }[];
}>('tasks');
const references = readCollection('legal-references');
const glossary = readCollection<{ related?: string[] }>('glossary');

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const links = (doc: Document, scope = 'main') =>
  new Set([...doc.querySelectorAll(`${scope} a[href]`)].map((a) => a.getAttribute('href') ?? ''));
const READER = '/van-ban/qd-26-2007-qd-ubnd/';

const collections = [
  { name: 'objectives', entries: objectives, index: urls.objectives(), url: urls.objective },
  { name: 'tasks', entries: tasks, index: urls.tasks(), url: urls.task },
  { name: 'bodies', entries: bodies, index: urls.bodies(), url: urls.body },
  { name: 'legal references', entries: references, index: urls.legalReferences(), url: urls.legalReference },
  { name: 'glossary', entries: glossary, index: urls.glossary(), url: urls.term },
];

describe('collection pages', () => {
  it.each(collections)('every entry of $name has a page with a heading, linked from its index', (c) => {
    expect(c.entries.length).toBeGreaterThan(0);
    const index = links(page(c.index));
    for (const e of c.entries) {
      expect(index.has(c.url(e.id)), `${c.index} links ${c.url(e.id)}`).toBe(true);
      expect(norm(page(c.url(e.id)).querySelector('main h1')?.textContent), e.id).not.toBe('');
    }
  });

  it('reaches every entry page from the home page by following links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const path = queue.shift() as string;
      for (const href of links(page(path), 'body')) {
        const target = href.split('#')[0] ?? '';
        if (!target.startsWith('/') || !target.endsWith('/') || seen.has(target)) continue;
        if (!existsSync(join(dist, target, 'index.html'))) continue;
        seen.add(target);
        queue.push(target);
      }
    }
    for (const c of collections) {
      expect(seen.has(c.index), c.index).toBe(true);
      for (const e of c.entries) expect(seen.has(c.url(e.id)), c.url(e.id)).toBe(true);
    }
    for (const extra of [urls.matrix(), urls.reporting()]) expect(seen.has(extra), extra).toBe(true);
  });
});

describe('a body’s page (the responsibility page)', () => {
  it('lists every duty the text gives the body by name, once, with its roles, scope, reading and quoted clause', () => {
    for (const body of bodies) {
      const doc = page(urls.body(body.id));
      const expected = ownDuties.get(body.id) ?? new Map();
      const shown = [...doc.querySelectorAll('#nhiem-vu ~ section[data-force] .duty')];
      expect(shown.map((d) => d.getAttribute('data-duty')).sort(), body.id).toEqual([...expected.keys()].sort());
      for (const el of shown) {
        const d = expected.get(el.getAttribute('data-duty') ?? '') as ExpectedDuty;
        const where = `${body.id} ${d.key}`;
        expect(el.getAttribute('data-roles')?.split(' ').sort(), where).toEqual([...d.roles].sort());
        for (const role of d.roles) expect(norm(el.textContent), where).toContain(ROLES[role].label);
        expect(el.closest('[data-force]')?.getAttribute('data-force'), where).toBe(
          ROLES[[...d.roles][0] as Role].force,
        );
        expect(norm(el.querySelector('blockquote')?.textContent), where).toBe(norm(provisions.get(d.source)?.text));
        const cite = el.querySelector('figcaption cite');
        expect(cite?.querySelector('a')?.getAttribute('href'), where).toBe(`${READER}#${d.source}`);
        expect(norm(cite?.textContent), where).toMatch(/Quyết định số 26\/2007\/QĐ-UBND ngày 09\/02\/2007/);
        // Words that narrow who are shown with the duty; a reading is shown apart, with its reason.
        for (const w of d.scope) expect(norm(el.querySelector('[data-scope]')?.textContent), where).toContain(`«${w}»`);
        expect(norm(el.querySelector('[data-reading]')?.textContent), where).toBe(
          d.interpretation ? norm(`Cách đọc của trang ${d.interpretation}`) : '',
        );
        for (const t of d.tasks)
          expect(links(doc, `[data-duty="${d.key}"]`).has(urls.task(t)), `${where} → ${t}`).toBe(true);
      }
    }
  });

  it('lists every duty the body has as one of a group, under the group, with why it applies', () => {
    for (const body of bodies) {
      const doc = page(urls.body(body.id));
      const from = sourcesOfDuties(body.id);
      const sections = [...doc.querySelectorAll('[data-inherited-from]')];
      expect(sections.map((x) => x.getAttribute('data-inherited-from')).sort(), body.id).toEqual(
        [...from].filter((g) => (ownDuties.get(g)?.size ?? 0) > 0).sort(),
      );
      for (const sec of sections) {
        const g = sec.getAttribute('data-inherited-from') ?? '';
        expect(
          [...sec.querySelectorAll('.duty')].map((d) => d.getAttribute('data-duty')).sort(),
          `${body.id} ← ${g}`,
        ).toEqual([...(ownDuties.get(g)?.keys() ?? [])].sort());
        expect(sec.querySelector(`.path a[href="${urls.body(g)}"]`), `${body.id} ← ${g}`).not.toBeNull();
      }
    }
  });

  it('has a printable checklist with every duty that applies, once, with a box, its dates and clause', () => {
    for (const body of bodies) {
      const list = page(urls.bodyChecklist(body.id));
      expect(links(page(urls.body(body.id))).has(urls.bodyChecklist(body.id)), body.id).toBe(true);
      const keys = [...list.querySelectorAll('.checklist li[data-duty]')].map((li) => li.getAttribute('data-duty'));
      expect(new Set(keys).size, `${body.id}: each duty once`).toBe(keys.length);
      expect(keys.sort(), body.id).toEqual([...allDuties(body.id).keys()].sort());
      expect(list.querySelector('script'), body.id).toBeNull();
    }
  });

  it('lists its milestones, its groups’ too, and its place in the structure, with the other end shown too', () => {
    for (const m of milestones)
      for (const b of m.data.bodies ?? []) {
        expect(page(urls.body(b.body)).querySelector(`[data-milestone="${m.id}"]`), `${b.body} ${m.id}`).not.toBeNull();
        for (const member of bodies.filter((x) => sourcesOfDuties(x.id).has(b.body)))
          expect(
            page(urls.body(member.id)).querySelector(`[data-milestone="${m.id}"]`),
            `${member.id} ← ${b.body} ${m.id}`,
          ).not.toBeNull();
      }
    for (const child of bodies)
      for (const p of child.data.parents ?? []) {
        const up = page(urls.body(child.id)).querySelector(`[data-parent="${p.body}"]`);
        expect(norm(up?.textContent), `${child.id} → ${p.body}`).toContain(BODY_RELATIONS[p.relation as BodyRelation]);
        expect(up?.querySelector(`a[href="${urls.body(p.body)}"]`), `${child.id} → ${p.body}`).not.toBeNull();
        const down = page(urls.body(p.body)).querySelector(`[data-child="${child.id}"]`);
        expect(down?.querySelector(`a[href="${urls.body(child.id)}"]`), `${p.body} ← ${child.id}`).not.toBeNull();
      }
  });

  it('says on a group’s page that it is a group', () => {
    for (const body of bodies)
      expect(!!page(urls.body(body.id)).querySelector(`[data-group="${body.id}"]`), body.id).toBe(
        body.data.group === true,
      );
  });

  it('has an on-page table of contents whose links land on the page', () => {
    for (const body of bodies) {
      const doc = page(urls.body(body.id));
      const toc = [...doc.querySelectorAll('.on-page-toc a')].map((a) => a.getAttribute('href') ?? '');
      expect(toc.length, body.id).toBeGreaterThan(3);
      for (const href of toc) expect(doc.getElementById(href.slice(1)), `${body.id} ${href}`).not.toBeNull();
    }
  });
});

describe('relations shown on both ends', () => {
  it('task ↔ body, with the role, scope and reading on the task page', () => {
    for (const t of tasks)
      for (const b of t.data.bodies ?? []) {
        const where = `${t.id} ${b.body} ${b.role}`;
        const items = [...page(urls.task(t.id)).querySelectorAll(`.role-assignments [data-body="${b.body}"]`)].filter(
          (li) => (li.getAttribute('data-roles') ?? '').split(' ').includes(b.role),
        );
        expect(items.length, where).toBeGreaterThan(0);
        const li = items.find((x) => x.querySelector(`a[href="${READER}#${b.source}"]`));
        expect(norm(li?.textContent), where).toContain(ROLES[b.role].label);
        for (const w of b.scope ?? []) expect(norm(li?.textContent), where).toContain(`«${w}»`);
        if (b.interpretation) expect(norm(li?.textContent), where).toContain(norm(b.interpretation));
        expect(links(page(urls.body(b.body))).has(urls.task(t.id)), `${b.body} → ${t.id}`).toBe(true);
      }
  });

  it('task ↔ objective, with the editors’ links marked', () => {
    for (const t of tasks)
      for (const o of t.data.objectives ?? []) {
        const onTask = page(urls.task(t.id)).querySelector(`[data-objective="${o.objective}"]`);
        const onObjective = page(urls.objective(o.objective)).querySelector(`[data-task="${t.id}"]`);
        for (const [el, where] of [
          [onTask, `${t.id} → ${o.objective}`],
          [onObjective, `${o.objective} → ${t.id}`],
        ] as const) {
          expect(el, where).not.toBeNull();
          expect(!!el?.querySelector('[data-reading]'), where).toBe(o.interpretation !== undefined);
        }
      }
  });

  it('objective ↔ body, through the tasks between them', () => {
    for (const o of objectives) {
      const serving = tasks.filter((t) => (t.data.objectives ?? []).some((x) => x.objective === o.id));
      const involved = new Set(serving.flatMap((t) => (t.data.bodies ?? []).map((b) => b.body)));
      const shown = [...page(urls.objective(o.id)).querySelectorAll('[data-body]')].map((e) =>
        e.getAttribute('data-body'),
      );
      expect(shown.sort(), o.id).toEqual([...involved].sort());
      for (const b of involved)
        expect(links(page(urls.body(b))).has(urls.objective(o.id)), `${b} → ${o.id}`).toBe(true);
    }
  });

  it('objective ↔ parent objective', () => {
    for (const o of objectives.filter((x) => x.data.parent)) {
      expect(links(page(urls.objective(o.id))).has(urls.objective(o.data.parent ?? '')), o.id).toBe(true);
      expect(links(page(urls.objective(o.data.parent ?? ''))).has(urls.objective(o.id)), o.id).toBe(true);
    }
  });

  it('task → milestone with its date, and related tasks both ways', () => {
    for (const t of tasks) {
      const doc = page(urls.task(t.id));
      for (const m of t.data.milestones ?? []) {
        const item = doc.querySelector(`[data-milestone="${m.milestone}"]`);
        expect(norm(item?.textContent), `${t.id} ${m.milestone}`).toMatch(/Văn bản ghi: «.+»/);
      }
      for (const li of doc.querySelectorAll('#lien-quan ~ .task-links [data-task]')) {
        const other = li.getAttribute('data-task') ?? '';
        expect(
          page(urls.task(other)).querySelector(`.task-links [data-task="${t.id}"]`),
          `${other} ↔ ${t.id}`,
        ).not.toBeNull();
      }
    }
  });

  it('term ↔ related term', () => {
    for (const t of glossary)
      for (const r of t.data.related ?? []) {
        expect(links(page(urls.term(t.id))).has(urls.term(r)), `${t.id} → ${r}`).toBe(true);
        expect(links(page(urls.term(r))).has(urls.term(t.id)), `${r} → ${t.id}`).toBe(true);
      }
  });

  it('reader mention ↔ backlink on the page of the body, cited document or term', () => {
    const reader = page(READER);
    const prefixes = ['/co-quan/', '/van-ban-dan-chieu/', '/thuat-ngu/'];
    const linked = new Map<string, Set<string>>();
    for (const a of reader.querySelectorAll('[data-official-text] .prov-text a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (!prefixes.some((p) => href.startsWith(p))) continue;
      const provision = a.closest('[data-pagefind-title]')?.id ?? '';
      linked.set(href, (linked.get(href) ?? new Set()).add(provision));
    }
    expect(linked.size).toBeGreaterThan(0);
    // The reader links a name once per numbered item; the entry's page lists every clause that names it.
    for (const [href, ids] of linked) {
      const listed = [...page(href).querySelectorAll('.mention-list [data-provision-ref]')].map((li) => ({
        id: li.getAttribute('data-provision-ref') ?? '',
        href: li.querySelector('a')?.getAttribute('href'),
      }));
      expect(
        [...ids].filter((id) => !listed.some((l) => l.id === id)),
        href,
      ).toEqual([]);
      for (const l of listed) {
        expect(l.href, href).toBe(`${READER}#${l.id}`);
        expect(reader.getElementById(l.id), `${href} lists ${l.id}`).not.toBeNull();
      }
    }
  });
});

describe('task and objective pages', () => {
  it('quote the provision word for word, with a citation linking to the reader', () => {
    for (const t of tasks) {
      const quote = page(urls.task(t.id)).querySelector('#noi-dung-van-ban ~ .provision-quote');
      expect(norm(quote?.querySelector('blockquote')?.textContent), t.id).toBe(
        norm(provisions.get(t.data.provision)?.text),
      );
      expect(quote?.querySelector('cite a')?.getAttribute('href'), t.id).toBe(`${READER}#${t.data.provision}`);
    }
  });

  it('chain previous and next through every task and objective in plan order', () => {
    for (const [list, url] of [
      [tasks, urls.task],
      [objectives, urls.objective],
    ] as const) {
      const paragraph = (id: string) =>
        provisions.get((list.find((e) => e.id === id)?.data as { provision: string }).provision)?.paragraph ?? 0;
      const start = list.filter((e) => !page(url(e.id)).querySelector('a[rel="prev"]'));
      expect(start.length, 'one first entry').toBe(1);
      const visited: string[] = [];
      for (let at = start[0]?.id; at !== undefined;) {
        visited.push(at);
        const next = page(url(at)).querySelector('a[rel="next"]')?.getAttribute('href');
        at = list.find((e) => url(e.id) === next)?.id;
        if (at !== undefined)
          expect(page(url(at)).querySelector('a[rel="prev"]')?.getAttribute('href'), at).toBe(
            url(visited.at(-1) ?? ''),
          );
      }
      expect([...visited].sort(), 'every entry once').toEqual(list.map((e) => e.id).sort());
      visited
        .slice(1)
        .forEach((id, i) => expect(paragraph(id), id).toBeGreaterThanOrEqual(paragraph(visited[i] ?? '')));
    }
  });
});

describe('glossary and legal reference pages', () => {
  it('mark every explanation as the site’s, not official text', () => {
    for (const t of glossary)
      expect(norm(page(urls.term(t.id)).querySelector('.explanation')?.textContent), t.id).toContain(
        'Giải thích của trang, không phải văn bản chính thức',
      );
  });

  it('give the fields the text gives for each cited document', () => {
    for (const r of references) {
      const text = norm(page(urls.legalReference(r.id)).querySelector('main dl')?.textContent);
      for (const field of ['type', 'number', 'issuer', 'title'])
        if (typeof r.data[field] === 'string') expect(text, `${r.id} ${field}`).toContain(r.data[field]);
    }
  });
});

describe('the responsibility matrix', () => {
  const doc = page(urls.matrix());

  it('is made of tables with a caption and a scope on every header cell', () => {
    const tables = [...doc.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(norm(table.querySelector('caption')?.textContent)).not.toBe('');
      for (const th of table.querySelectorAll('th')) expect(['col', 'row']).toContain(th.getAttribute('scope'));
    }
  });

  it('has every task as a row and every role of a body in a task in its cell, and the same in the per-body list', () => {
    for (const t of tasks) {
      const row = doc.querySelector(`tr[data-task="${t.id}"]`);
      expect(row, t.id).not.toBeNull();
      for (const b of t.data.bodies ?? []) {
        const cell = norm(row?.querySelector(`td[data-body="${b.body}"]`)?.textContent);
        expect(cell, `${t.id} ${b.body}`).toContain(ROLES[b.role].label);
        // A role only the site reads is marked; one the text states is not.
        const stated = (t.data.bodies ?? []).some((x) => x.body === b.body && x.role === b.role && !x.interpretation);
        expect(cell.includes(`${ROLES[b.role].label}*`), `${t.id} ${b.body} ${b.role} marked`).toBe(!stated);
        const item = [...doc.querySelectorAll(`.matrix-by-body section`)]
          .find((s) => s.querySelector(`h3 a[href="${urls.body(b.body)}"]`))
          ?.querySelector(`a[href="${urls.task(t.id)}"]`)?.parentElement;
        expect(norm(item?.textContent), `list: ${b.body} ${t.id}`).toContain(ROLES[b.role].label);
      }
    }
  });
});

describe('the who-reports-to-whom diagram', () => {
  const doc = page(urls.reporting());
  const pairs = new Set(
    milestones.flatMap((m) => {
      const list = m.data.bodies ?? [];
      return list
        .filter((r) => r.role === 'report')
        .flatMap((r) =>
          list
            .filter((x) => x.role === 'receive-reports' && x.source === r.source && x.body !== r.body)
            .map((x) => `${r.body}>${x.body}`),
        );
    }),
  );

  it('is an SVG image with a title and a text equivalent on the page', () => {
    const svg = doc.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(norm(doc.getElementById(svg?.getAttribute('aria-labelledby') ?? '')?.textContent)).not.toBe('');
    const described = doc.getElementById(svg?.getAttribute('aria-describedby') ?? '');
    expect(described).not.toBeNull();
    const drawn = [...doc.querySelectorAll('svg [data-edges]')].flatMap((e) =>
      e.getAttribute('data-edges')?.split(' '),
    );
    const listed = [...doc.querySelectorAll('.report-list [data-edge]')].map((e) => e.getAttribute('data-edge'));
    expect(drawn.sort()).toEqual(listed.sort());
  });

  it('draws a report routed through a body as one report, and plans sent as their own kind', () => {
    for (const m of milestones) {
      const list = m.data.bodies ?? [];
      for (const via of list.filter((x) => x.role === 'route'))
        for (const from of list.filter((x) => x.role === 'report' && x.source === via.source))
          for (const to of list.filter((x) => x.role === 'receive-reports' && x.source === via.source)) {
            const li = doc.querySelector(`.report-list [data-edge="${from.body}>${to.body}"]`);
            expect(norm(li?.textContent), `${from.body} via ${via.body}`).toContain('vẫn là một báo cáo');
            expect(doc.querySelector(`.report-list [data-edge="${from.body}>${via.body}"]`)).toBeNull();
          }
      for (const from of list.filter((x) => x.role === 'submit'))
        for (const to of list.filter((x) => x.role === 'receive-plans' && x.source === from.source))
          expect(
            doc.querySelector(`.report-list [data-edge="${from.body}>${to.body}"]`)?.getAttribute('data-kind'),
          ).toBe('plan');
    }
  });

  it('draws and lists every reporting pair the milestones state', () => {
    expect(pairs.size).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(doc.querySelector(`svg [data-edges~="${pair}"]`), pair).not.toBeNull();
      const [from, to] = pair.split('>');
      const li = doc.querySelector(`.report-list [data-edge="${pair}"]`);
      expect(li?.closest('[data-reporter]')?.querySelector(`a[href="${urls.body(from ?? '')}"]`), pair).not.toBeNull();
      expect(li?.querySelector(`a[href="${urls.body(to ?? '')}"]`), pair).not.toBeNull();
    }
  });
});

describe('the home page and the 404 page', () => {
  it('offers three ways in: citizens, officials, trainers', () => {
    const home = page('/');
    const way = (id: string) => `section[aria-labelledby="${id}"]`;
    expect(home.querySelector(`${way('nguoi-dan')} blockquote`)?.getAttribute('cite')).toBe(`${READER}#kh-iii-2-8`);
    expect(links(home, way('nguoi-dan')).has(urls.term('co-che-mot-cua'))).toBe(true);
    expect(links(home, way('can-bo')).has(urls.bodies())).toBe(true);
    for (const href of [urls.glossary(), urls.objectives(), READER])
      expect(
        [...links(home, way('tap-huan'))].some((l) => l.startsWith(href)),
        href,
      ).toBe(true);
  });

  it('has a 404 page that leads back to the site', () => {
    const notFound = page('/404.html');
    expect(norm(notFound.querySelector('h1')?.textContent)).toBe('Không tìm thấy trang');
    expect(links(notFound).has('/')).toBe(true);
  });
});
