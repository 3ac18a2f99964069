import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dist, page } from './built-site.ts';
import { readCollection } from './content-files.ts';

/**
 * The JSON, JSON Schema and CSV files of /du-lieu/, read from the built site
 * and checked against the content files, read independently as YAML.
 */

/** Content folders that are not the plan's data: its source texts, and the words search is taught (site configuration). */
const NOT_DATA = new Set(['sources', 'search-synonyms']);
const FOLDERS = readdirSync(join(import.meta.dirname, '../../content'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !NOT_DATA.has(e.name))
  .map((e) => e.name);

/** A built file by its URL (absolute or site-relative). */
const built = (url: string) => {
  const file = join(dist, new URL(url, 'http://x').pathname);
  if (!existsSync(file)) throw new Error(`No built file for ${url} (${file})`);
  return readFileSync(file, 'utf8');
};
const json = (url: string) => JSON.parse(built(url)) as Record<string, unknown> & { meta: Record<string, unknown> };

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validatorFor = (data: { meta: Record<string, unknown> }) => {
  const schema = json(data.meta['schema'] as string);
  ajv.removeSchema(schema['$id'] as string);
  return ajv.compile(schema);
};

describe('JSON files', () => {
  it.each(FOLDERS)('%s.json holds every entry of content/%s, field for field', (folder) => {
    const data = json(`/du-lieu/json/${folder}.json`);
    const items = data['items'] as { id: string }[];
    const yaml = readCollection(folder);
    expect(items.map((i) => i.id).sort()).toEqual(yaml.map((e) => e.id).sort());
    for (const entry of yaml) expect(items.find((i) => i.id === entry.id)).toMatchObject(entry.data);
  });

  it.each([...FOLDERS, 'all'])('%s.json validates against its JSON Schema', (name) => {
    const data = json(`/du-lieu/json/${name}.json`);
    const validate = validatorFor(data);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('all.json holds the same entries as the files of each collection', () => {
    const all = json('/du-lieu/json/all.json');
    const collections = Object.keys(all).filter((k) => k !== 'meta');
    expect(collections).toHaveLength(FOLDERS.length);
    for (const folder of FOLDERS) {
      const key = folder.replace(/-(\w)/g, (_, ch: string) => ch.toUpperCase());
      expect(all[key], key).toEqual(json(`/du-lieu/json/${folder}.json`)['items']);
    }
  });

  it('schemas reject data that breaks the content rules (they are not vacuous)', () => {
    const data = json('/du-lieu/json/tasks.json');
    const validate = validatorFor(data);
    const items = data['items'] as Record<string, unknown>[];
    const broken = (change: (item: Record<string, unknown>) => void) => {
      const copy = structuredClone(data);
      change((copy['items'] as Record<string, unknown>[])[0] as Record<string, unknown>);
      return validate(copy);
    };
    expect(items.length).toBeGreaterThan(0);
    expect(broken((t) => (t['area'] = 'khong-co'))).toBe(false);
    expect(broken((t) => delete t['provision'])).toBe(false);
    expect(broken((t) => (t['id'] = 'Có Dấu'))).toBe(false);
    expect(broken((t) => (t['bodies'] = [{ body: 'x', role: 'boss', source: 'y' }]))).toBe(false);
  });

  it('every file carries a stable URL, its schema, sources, the licence and the build date', () => {
    for (const name of [...FOLDERS, 'all']) {
      const { meta } = json(`/du-lieu/json/${name}.json`);
      expect(new URL(meta['url'] as string, 'http://x').pathname).toBe(`/du-lieu/json/${name}.json`);
      expect(new URL(meta['schema'] as string, 'http://x').pathname).toBe(`/du-lieu/schema/${name}.schema.json`);
      expect(meta['generated']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(meta['generated'] as string)).toBeLessThanOrEqual(Date.now());
      expect(meta['licence']).toMatchObject({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
      expect((meta['licence'] as { officialText: string }).officialText).toContain('Điều 15');
      expect((meta['sources'] as unknown[]).length).toBeGreaterThan(0);
    }
  });
});

type Row = Record<string, string>;
const csv = (url: string) => {
  const text = built(url);
  expect(text.startsWith('\uFEFF'), `${url} starts with a byte-order mark`).toBe(true);
  expect(text).toContain('\r\n');
  return parse(text, { bom: true, columns: true }) as Row[];
};

describe('CSV files', () => {
  const tasks = readCollection<{
    provision: string;
    bodies?: { body: string; role: string; source: string }[];
  }>('tasks');
  const bodies = new Map(readCollection<{ name: string }>('bodies').map((b) => [b.id, b.data.name]));

  it('nhiem-vu.csv has one row per task, with its clause, citation and lead bodies', () => {
    const rows = csv('/du-lieu/nhiem-vu.csv');
    expect(rows.map((r) => r['Mã nhiệm vụ']).sort()).toEqual(tasks.map((t) => t.id).sort());
    for (const t of tasks) {
      const row = rows.find((r) => r['Mã nhiệm vụ'] === t.id) as Row;
      expect(row['Mã khoản']).toBe(t.data.provision);
      expect(row['Trích dẫn']).not.toBe('');
      expect(new URL(row['Liên kết khoản'] as string, 'http://x').hash).toBe(`#${t.data.provision}`);
      const leads = (t.data.bodies ?? []).filter((b) => b.role === 'lead').map((b) => bodies.get(b.body));
      expect(row['Chủ trì']).toBe([...new Set(leads)].join('; '));
    }
  });

  it('trach-nhiem.csv has one row per body, role and clause of every task', () => {
    const rows = csv('/du-lieu/trach-nhiem.csv');
    const expected = tasks.flatMap((t) =>
      (t.data.bodies ?? []).map((b) => [t.id, b.body, b.role, b.source, bodies.get(b.body)].join('|')),
    );
    expect(
      rows
        .map((r) => [r['Mã nhiệm vụ'], r['Mã cơ quan'], r['Mã vai trò'], r['Mã khoản'], r['Cơ quan']].join('|'))
        .sort(),
    ).toEqual(expected.sort());
    for (const r of rows) expect(r['Trích dẫn'], JSON.stringify(r)).not.toBe('');
  });
});

describe('the data page', () => {
  const doc = page('/du-lieu/');
  const links = [...doc.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href') as string);

  it('links every file the build writes under /du-lieu/, and every link leads to a built file', () => {
    const files = (readdirSync(join(dist, 'du-lieu'), { recursive: true, encoding: 'utf8' }) as string[])
      // Precompressed copies (.gz) are the same files, served to browsers that accept them.
      .filter((f) => /\.\w+$/.test(f) && !f.endsWith('index.html') && !/\.(gz|br)$/.test(f))
      .map((f) => `/du-lieu/${f.split(sep).join('/')}`);
    expect(files.length).toBeGreaterThan(FOLDERS.length * 2);
    for (const f of files) expect(links, f).toContain(f);
    for (const l of links.filter((h) => h.startsWith('/du-lieu/'))) expect(() => built(l), l).not.toThrow();
  });

  it('states the licence of the official text and of the site, and the build date of the files', () => {
    const text = doc.querySelector('main')?.textContent ?? '';
    expect(text).toContain('Luật Sở hữu trí tuệ, Điều 15');
    expect(doc.querySelector('main a[rel="license"]')?.getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    const { meta } = json('/du-lieu/json/all.json');
    expect(doc.querySelector('main time')?.getAttribute('datetime')).toBe(meta['generated']);
    const readme = built('/du-lieu/README.txt');
    expect(readme).toContain(meta['generated'] as string);
    expect(readme).toContain('CC BY 4.0');
    for (const f of ['nhiem-vu.csv', 'trach-nhiem.csv', 'moc-thoi-gian.csv']) expect(readme).toContain(f);
  });

  it('is linked from the footer of every page', () => {
    expect(page('/').querySelector('footer a[href="/du-lieu/"]')).not.toBeNull();
  });
});
