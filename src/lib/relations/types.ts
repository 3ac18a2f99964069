import type { BodyRelation, Level } from '../../schemas/body.ts';
import type { PlanDate } from '../../schemas/plan-date.ts';
import type { Role } from '../../schemas/roles.ts';
import type { Duty, Inheritance } from './duties.ts';

/** The shapes relations are built from and handed out as (see relations.ts). */

export interface Ref {
  id: string;
}
/** A role assignment as a task or milestone gives it (references as ids): the shape the CSVs read too. */
export interface BodyRoleData {
  body: Ref;
  role: Role;
  source: Ref;
  scope: string[];
  interpretation?: string | undefined;
  note?: string | undefined;
}

/** The data relations are built from: the corpus, reduced to the fields used. */
export interface RelationInput {
  /** Every provision id in plan order (documents in order, paragraphs as printed). */
  provisionOrder: string[];
  provisions: { id: string; data: { kind: string; document: Ref; parent?: Ref | undefined } }[];
  documents: { id: string; data: { bases: { reference: Ref; source: Ref }[] } }[];
  objectives: { id: string; data: { label: string; provision: Ref; parent?: Ref | undefined } }[];
  tasks: {
    id: string;
    data: {
      title: string;
      provision: Ref;
      objectives: { objective: Ref; source: Ref; interpretation?: string | undefined }[];
      bodies: BodyRoleData[];
      milestones: { milestone: Ref; source: Ref }[];
    };
  }[];
  milestones: { id: string; data: { when: PlanDate; source: Ref; bodies: BodyRoleData[] } }[];
  bodies: {
    id: string;
    data: {
      name: string;
      level: Level;
      parents: { body: Ref; relation: BodyRelation; source?: Ref | undefined; interpretation?: string | undefined }[];
    };
  }[];
  glossary: { id: string; data: { term: string; related: Ref[] } }[];
}

/** A task serving an objective, with the clause that says so. */
export interface ObjectiveLink {
  task: string;
  objective: string;
  source: string;
  /** The editors' reading, with its reason, when the text does not state the link. */
  interpretation?: string | undefined;
}
/** A role as a table cell shows it: whether it is the site's reading, whether words narrow it. */
export interface RoleMark {
  role: Role;
  reading: boolean;
  scoped: boolean;
}
/** Duties a body has through a group or a head post, and how. */
export interface InheritedDuties {
  via: Inheritance;
  duties: Duty[];
}
/** A body with the roles it has somewhere (in a task, an objective's tasks …). */
export interface RoleHolder {
  body: string;
  roles: Role[];
}
/** A link in the structure of bodies; `body` is the other end. */
export interface StructureLink {
  body: string;
  relation: BodyRelation;
  source?: string | undefined;
  interpretation?: string | undefined;
}
export interface RelatedTask {
  task: string;
  /** Stated in the same clause or a clause beside it. */
  sameProvision: boolean;
  sharedMilestones: string[];
}
/**
 * `from` reports to (or sends its plan to) `to` under the listed
 * milestones; a report routed through a body («qua Sở Nội vụ») is one
 * report, with the body it goes through in `via`.
 */
export interface ReportEdge {
  from: string;
  to: string;
  /** What travels: a report, or a plan sent to be followed («gửi về … để theo dõi»). */
  kind: 'report' | 'plan';
  via: string[];
  milestones: string[];
  sources: string[];
}
/** A report the text requires without naming who receives it. */
export interface UnaddressedReport {
  from: string;
  milestone: string;
  source: string;
}
/**
 * Tasks grouped for the responsibility matrix: by the numbered item they
 * fall under (II.1, III.2 …), or by document for paragraphs outside any.
 */
export interface MatrixGroup {
  /** The item or section heading the group, if any. */
  provision?: string | undefined;
  document: string;
  tasks: string[];
  /** Bodies with a role in these tasks: the table's columns. */
  bodies: string[];
}
export interface Neighbours {
  prev?: string | undefined;
  next?: string | undefined;
}

export interface Relations {
  /** A provision's place in the plan (documents in order, paragraphs as printed); unknown ones last. */
  provisionAt: (provision: string) => number;
  /** Task ids in plan order, and the comparison that puts them in it. */
  tasks: string[];
  taskOrder: (a: string, b: string) => number;
  /** Objective ids in plan order. */
  objectives: string[];
  /** Body ids by level, then name. */
  bodies: string[];
  objectivesOfTask: (task: string) => ObjectiveLink[];
  tasksOfObjective: (objective: string) => ObjectiveLink[];
  childObjectives: (objective: string) => string[];
  /** Bodies with a role in the tasks serving an objective. */
  bodiesOfObjective: (objective: string) => RoleHolder[];
  /** Objectives served by the tasks a body has a role in. */
  objectivesOfBody: (body: string) => string[];
  /** Tasks a body has a role in, in plan order. */
  tasksOfBody: (body: string) => { task: string; roles: RoleMark[] }[];
  /** The duties the text gives a body by its own name, by force, then in plan order. */
  dutiesOfBody: (body: string) => Duty[];
  /** The duties a body has as one of a group, or through the group its head belongs to; nearest first. */
  inheritedDutiesOf: (body: string) => InheritedDuties[];
  /** Every duty that applies to a body: its own, then the inherited ones. */
  allDutiesOf: (body: string) => Duty[];
  /** Milestones where a body has a role, by date; with `inherited`, also its groups' milestones. */
  milestonesOfBody: (body: string, inherited?: boolean) => { milestone: string; roles: Role[]; via?: string }[];
  /** A task's milestones, by date. */
  milestonesOfTask: (task: string) => string[];
  tasksOfMilestone: (milestone: string) => string[];
  parentsOfBody: (body: string) => StructureLink[];
  childrenOfBody: (body: string) => StructureLink[];
  relatedTasks: (task: string) => RelatedTask[];
  /** Who reports to whom, from the reporting milestones (III.4). */
  reportEdges: ReportEdge[];
  /** Reports whose receiver the text does not name. */
  unaddressedReports: UnaddressedReport[];
  /** The matrix, table by table. */
  matrixGroups: MatrixGroup[];
  documentsCiting: (reference: string) => { document: string; source: string }[];
  /** Related terms, both the ones a term lists and the ones that list it. */
  relatedTerms: (term: string) => string[];
  /** Bodies with a role in at least one task: the matrix's columns. */
  matrixBodies: string[];
  /** A body's roles in a task (empty when none), each marked if it is a reading or narrowed by scope words. */
  rolesIn: (task: string, body: string) => RoleMark[];
  /** Previous and next in a list in plan order. */
  neighbours: (list: string[], id: string) => Neighbours;
}
