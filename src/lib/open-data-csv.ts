import { stringify } from 'csv-stringify/sync';
import { AREAS, ROLE_FORCES, ROLES, roleLabel, type Area, type Role } from '../schemas/roles.ts';

/**
 * The CSV files of tasks and of responsibilities. Like the deadlines CSV
 * (deadlines-csv.ts), they are UTF-8 with a byte-order mark and CRLF line
 * ends, with Vietnamese headers, so that a spreadsheet opens them as is.
 */

/** The columns of the tasks CSV, with the header a spreadsheet shows. */
export const TASK_COLUMNS = {
  id: 'Mã nhiệm vụ',
  title: 'Nhiệm vụ (tóm tắt của trang)',
  area: 'Mã lĩnh vực',
  areaLabel: 'Lĩnh vực',
  provision: 'Mã khoản',
  citation: 'Trích dẫn',
  text: 'Nguyên văn khoản',
  lead: 'Chủ trì',
  bodies: 'Cơ quan (vai trò)',
  objectivesStated: 'Mục tiêu văn bản nêu',
  objectivesInterpreted: 'Mục tiêu theo cách hiểu của trang',
  deadlines: 'Thời hạn',
  taskUrl: 'Trang nhiệm vụ',
  clauseUrl: 'Liên kết khoản',
} as const;

/** The columns of the responsibilities CSV: one row per body, role and clause of a task. */
export const RESPONSIBILITY_COLUMNS = {
  task: 'Mã nhiệm vụ',
  taskTitle: 'Nhiệm vụ (tóm tắt của trang)',
  body: 'Mã cơ quan',
  bodyName: 'Cơ quan',
  role: 'Mã vai trò',
  roleLabel: 'Vai trò',
  force: 'Tính chất',
  scope: 'Phạm vi (nguyên văn khoản)',
  interpretation: 'Cách đọc của trang (nếu văn bản không nói thẳng)',
  note: 'Ghi chú của trang',
  source: 'Mã khoản',
  citation: 'Trích dẫn',
  clauseUrl: 'Liên kết khoản',
} as const;

export type TaskRow = Record<keyof typeof TASK_COLUMNS, string>;
export type ResponsibilityRow = Record<keyof typeof RESPONSIBILITY_COLUMNS, string>;

interface Ref {
  id: string;
}
/** A task as the CSVs need it (the corpus's entry satisfies this). */
export interface CsvTask {
  id: string;
  data: {
    title: string;
    area: Area;
    provision: Ref;
    bodies: {
      body: Ref;
      role: Role;
      source: Ref;
      scope: string[];
      interpretation?: string | undefined;
      note?: string | undefined;
    }[];
    objectives: { objective: Ref; interpretation?: string | undefined }[];
    milestones: { milestone: Ref }[];
  };
}

/** Lookups the rows are filled from; URLs are absolute. */
export interface CsvLookups {
  bodyName: (id: string) => string;
  objectiveLabel: (id: string) => string;
  /** A milestone's date in words («quý III năm 2008»). */
  milestoneWhen: (id: string) => string;
  citation: (provisionId: string) => string;
  provisionText: (provisionId: string) => string;
  clauseUrl: (provisionId: string) => string;
  taskUrl: (taskId: string) => string;
}

const list = (items: string[]) => [...new Set(items)].join('; ');

/** One row per task, in the order given. */
export function taskRows(tasks: CsvTask[], l: CsvLookups): TaskRow[] {
  return tasks.map((t) => {
    const objectives = (interpretation: boolean) =>
      list(
        t.data.objectives
          .filter((o) => (o.interpretation !== undefined) === interpretation)
          .map((o) => l.objectiveLabel(o.objective.id)),
      );
    return {
      id: t.id,
      title: t.data.title,
      area: t.data.area,
      areaLabel: AREAS[t.data.area],
      provision: t.data.provision.id,
      citation: l.citation(t.data.provision.id),
      text: l.provisionText(t.data.provision.id),
      lead: list(t.data.bodies.filter((b) => b.role === 'lead').map((b) => l.bodyName(b.body.id))),
      bodies: list(t.data.bodies.map((b) => `${l.bodyName(b.body.id)} (${roleLabel(b.role)})`)),
      objectivesStated: objectives(false),
      objectivesInterpreted: objectives(true),
      deadlines: list(t.data.milestones.map((m) => l.milestoneWhen(m.milestone.id))),
      taskUrl: l.taskUrl(t.id),
      clauseUrl: l.clauseUrl(t.data.provision.id),
    };
  });
}

/** One row per body, role and clause of each task, in the order given. */
export function responsibilityRows(tasks: CsvTask[], l: CsvLookups): ResponsibilityRow[] {
  return tasks.flatMap((t) =>
    t.data.bodies.map((b) => ({
      task: t.id,
      taskTitle: t.data.title,
      body: b.body.id,
      bodyName: l.bodyName(b.body.id),
      role: b.role,
      roleLabel: roleLabel(b.role),
      force: ROLE_FORCES[ROLES[b.role].force],
      scope: b.scope.map((w) => `«${w}»`).join('; '),
      interpretation: b.interpretation ?? '',
      note: b.note ?? '',
      source: b.source.id,
      citation: l.citation(b.source.id),
      clauseUrl: l.clauseUrl(b.source.id),
    })),
  );
}

/** Writes rows as CSV under the given columns. */
export function csvText<K extends string>(columns: Record<K, string>, rows: Record<K, string>[]): string {
  return stringify(rows, {
    bom: true,
    header: true,
    record_delimiter: 'windows',
    columns: (Object.entries(columns) as [K, string][]).map(([key, header]) => ({ key, header })),
  });
}
