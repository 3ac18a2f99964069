import { stringify } from 'csv-stringify/sync';
import { AREAS, ROLE_FORCES, ROLES, roleLabel, type Area, type Role } from '../../schemas/roles.ts';
import type { BodyRoleData } from '../relations/relations.ts';

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
    bodies: BodyRoleData[];
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

/** The columns of the duties CSV: one row per body and duty that applies to it, its groups' included. */
export const DUTY_COLUMNS = {
  body: 'Mã cơ quan',
  bodyName: 'Cơ quan',
  duty: 'Mã việc',
  holder: 'Văn bản giao cho',
  via: 'Việc giao chung cho nhóm mà cơ quan là một trong đó',
  roles: 'Vai trò',
  force: 'Tính chất',
  scope: 'Phạm vi (nguyên văn khoản)',
  interpretation: 'Cách đọc của trang (nếu văn bản không nói thẳng)',
  tasks: 'Nhiệm vụ',
  deadlines: 'Thời hạn',
  source: 'Mã khoản',
  citation: 'Trích dẫn',
  clauseUrl: 'Liên kết khoản',
} as const;
export type DutyRow = Record<keyof typeof DUTY_COLUMNS, string>;

/** A duty as the duties CSV needs it (relations' Duty satisfies this). */
export interface CsvDuty {
  key: string;
  body: string;
  force: keyof typeof ROLE_FORCES;
  roles: Role[];
  source: string;
  scope: string[];
  interpretation?: string | undefined;
  tasks: string[];
  milestones: string[];
}

/** One row per duty of each body, its own first, then those it has through a group (with the group named). */
export function dutyRows(
  bodies: { body: string; duties: { duty: CsvDuty; via?: string | undefined }[] }[],
  l: CsvLookups & { taskTitle: (id: string) => string },
): DutyRow[] {
  return bodies.flatMap(({ body, duties }) =>
    duties.map(({ duty, via }) => ({
      body,
      bodyName: l.bodyName(body),
      duty: duty.key,
      holder: l.bodyName(duty.body),
      via: via ? 'có' : '',
      roles: duty.roles.map((r) => roleLabel(r)).join('; '),
      force: ROLE_FORCES[duty.force],
      scope: duty.scope.map((w) => `«${w}»`).join('; '),
      interpretation: duty.interpretation ?? '',
      tasks: list(duty.tasks.map(l.taskTitle)),
      deadlines: list(duty.milestones.map(l.milestoneWhen)),
      source: duty.source,
      citation: l.citation(duty.source),
      clauseUrl: l.clauseUrl(duty.source),
    })),
  );
}
