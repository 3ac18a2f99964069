import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/dates/build-date.ts';
import {
  allFileSchema,
  collectionFileSchema,
  entrySchema,
  jsonSchema,
  LICENCE,
  records,
  toContentForm,
} from '../../src/lib/open-data/open-data.ts';
import {
  csvText,
  responsibilityRows,
  RESPONSIBILITY_COLUMNS,
  taskRows,
  TASK_COLUMNS,
  type CsvLookups,
  type CsvTask,
} from '../../src/lib/open-data/open-data-csv.ts';
import { COLLECTIONS } from '../../src/schemas/reference.ts';

const ref = (collection: string, id: string) => ({ collection, id });

describe('toContentForm', () => {
  it("turns Astro's references back into ids, at any depth", () => {
    expect(
      toContentForm({
        provision: ref('provisions', 'kh-i'),
        bodies: [{ body: ref('bodies', 'so-noi-vu'), role: 'lead', source: ref('provisions', 'kh-i') }],
        note: undefined,
      }),
    ).toEqual({ provision: 'kh-i', bodies: [{ body: 'so-noi-vu', role: 'lead', source: 'kh-i' }] });
  });

  it('leaves objects that only look like references alone', () => {
    expect(toContentForm({ x: { collection: 'nope', id: 'a' } })).toEqual({ x: { collection: 'nope', id: 'a' } });
    expect(toContentForm({ x: { collection: 'tasks', id: 'a', more: 1 } })).toEqual({
      x: { collection: 'tasks', id: 'a', more: 1 },
    });
  });

  it('puts the id first in a record', () => {
    expect(Object.keys(records([{ id: 'a', data: { title: 't' } }])[0] ?? {})).toEqual(['id', 'title']);
  });
});

describe('JSON Schemas generated from the zod schemas', () => {
  const meta = {
    title: 't',
    url: 'http://x/du-lieu/json/tasks.json',
    schema: 'http://x/du-lieu/schema/tasks.schema.json',
    generated: '2024-05-01',
    sources: [{ citation: 'c', url: 'http://x/' }],
    licence: { ...LICENCE },
  };
  const task = {
    id: 'nv-1',
    title: 'T',
    provision: 'kh-ii-1',
    area: 'the-che',
    bodies: [{ body: 'so-noi-vu', role: 'lead', source: 'kh-ii-1' }],
  };
  const ajv = new Ajv2020({ strict: true });
  const validate = ajv.compile(jsonSchema(collectionFileSchema('tasks'), 'http://x/tasks.schema.json', 'Tasks'));

  it('carry an $id and a title, and describe fields with the schemas’ own descriptions', () => {
    const schema = jsonSchema(collectionFileSchema('tasks'), 'http://x/s.json', 'Tasks');
    expect(schema).toMatchObject({ $id: 'http://x/s.json', title: 'Tasks' });
    expect(JSON.stringify(schema)).toContain('Id of the provision whose words state this relation.');
  });

  it('accept content as its files write it (defaults may be left out)', () => {
    expect(validate({ meta, items: [task] }), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('reject what the zod schema rejects', () => {
    expect(validate({ meta, items: [{ ...task, area: 'khac' }] })).toBe(false);
    expect(validate({ meta, items: [{ ...task, id: 'NV 1' }] })).toBe(false);
    expect(validate({ meta: { ...meta, licence: { ...LICENCE, name: 'MIT' } }, items: [task] })).toBe(false);
    expect(validate({ items: [task] })).toBe(false);
  });

  it('agree with zod on the same input', () => {
    const input = { meta, items: [task] };
    expect(collectionFileSchema('tasks').safeParse(input).success).toBe(true);
    expect(validate(input)).toBe(true);
  });

  it('cover every collection, in the file of all collections', () => {
    const schema = jsonSchema(allFileSchema(), 'http://x/all.json', 'All') as { properties: object };
    expect(Object.keys(schema.properties)).toEqual(['meta', ...COLLECTIONS]);
    for (const c of COLLECTIONS) expect(Object.keys(entrySchema(c).shape)[0]).toBe('id');
  });
});

describe('buildDate', () => {
  it('is the current UTC day by default', () => {
    expect(buildDate({}, new Date('2024-05-01T23:30:00Z'))).toBe('2024-05-01');
  });
  it('follows SOURCE_DATE_EPOCH for reproducible builds', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1170979200' })).toBe('2007-02-09');
  });
  it('rejects a malformed SOURCE_DATE_EPOCH, naming it', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH = «yesterday»/);
  });
});

describe('task and responsibility CSV', () => {
  const tasks: CsvTask[] = [
    {
      id: 'nv-a',
      data: {
        title: 'Việc A, có dấu phẩy',
        area: 'tai-chinh',
        provision: { id: 'kh-ii-4-1' },
        bodies: [
          { body: { id: 'stc' }, role: 'lead', source: { id: 'kh-ii-4-1' }, scope: [] },
          {
            body: { id: 'snv' },
            role: 'coordinate',
            source: { id: 'kh-iii-2-2-2' },
            scope: ['các ngành liên quan'],
            interpretation: 'Lý do của trang.',
          },
        ],
        objectives: [{ objective: { id: 'mt-2-4' } }, { objective: { id: 'mt-1' }, interpretation: 'Lý do.' }],
        milestones: [{ milestone: { id: 'm1' } }],
      },
    },
  ];
  const lookups: CsvLookups = {
    bodyName: (id) => ({ stc: 'Sở Tài chính', snv: 'Sở Nội vụ' })[id] ?? id,
    objectiveLabel: (id) => ({ 'mt-2-4': '2.4', 'mt-1': '1' })[id] ?? id,
    milestoneWhen: () => 'quý III năm 2008',
    citation: (id) => `khoản ${id}`,
    provisionText: (id) => `Lời văn "${id}"`,
    clauseUrl: (id) => `http://x/van-ban/qd/#${id}`,
    taskUrl: (id) => `http://x/nhiem-vu/${id}/`,
  };

  it('writes one row per task with leads, roles, objectives split by who states them', () => {
    const [row] = taskRows(tasks, lookups);
    expect(row).toMatchObject({
      lead: 'Sở Tài chính',
      bodies: 'Sở Tài chính (Chủ trì); Sở Nội vụ (Phối hợp)',
      objectivesStated: '2.4',
      objectivesInterpreted: '1',
      areaLabel: 'Cải cách tài chính công',
      deadlines: 'quý III năm 2008',
    });
  });

  it('writes one responsibility row per body and role, citing the clause that gives it', () => {
    const rows = responsibilityRows(tasks, lookups);
    expect(rows.map((r) => [r.body, r.role, r.source, r.citation, r.force, r.scope, r.interpretation])).toEqual([
      ['stc', 'lead', 'kh-ii-4-1', 'khoản kh-ii-4-1', 'Việc phải làm', '', ''],
      [
        'snv',
        'coordinate',
        'kh-iii-2-2-2',
        'khoản kh-iii-2-2-2',
        'Việc phải làm',
        '«các ngành liên quan»',
        'Lý do của trang.',
      ],
    ]);
  });

  it('round-trips through a CSV parser, with a BOM, CRLF and quoting', () => {
    const text = csvText(TASK_COLUMNS, taskRows(tasks, lookups));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')[0]?.replace('\uFEFF', '')).toBe(Object.values(TASK_COLUMNS).join(','));
    const [parsed] = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed?.['Nhiệm vụ (tóm tắt của trang)']).toBe('Việc A, có dấu phẩy');
    expect(parsed?.['Nguyên văn khoản']).toBe('Lời văn "kh-ii-4-1"');
    expect(csvText(RESPONSIBILITY_COLUMNS, []).trimEnd()).toBe(
      `\uFEFF${Object.values(RESPONSIBILITY_COLUMNS).join(',')}`,
    );
  });
});
