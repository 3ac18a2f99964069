import type { Body } from '../content/corpus.ts';
import { expandPlanDate } from '../dates/plan-dates.ts';
import type { InheritedDuties, Relations } from '../relations/relations.ts';
import type { SearchFacets } from '../search/search-facets.ts';
import { urls } from '../site/urls.ts';
import type { PlanDate } from '../../schemas/plan-date.ts';
import type { Area } from '../../schemas/roles.ts';
import type { Link } from './link.ts';

/** A milestone on a body's page: its roles there, and the group it comes through. */
export type BodyMilestone = ReturnType<Relations['milestonesOfBody']>[number];

/** What a body's page shows beyond the body's own fields. */
export type BodyPage = {
  /** How search sees the page: a body, the areas of its tasks; a group gathers others' duties (a hub). */
  search: SearchFacets;
  /** The page's table of contents, each list of duties with its count. */
  toc: Link[];
  /** The duties it has through a group or a head post, by the way it has them. */
  inherited: InheritedDuties[];
  /** Its dates, its groups' included: deadlines, then reports and recurring work. */
  deadlines: BodyMilestone[];
  recurring: BodyMilestone[];
  /** The objectives its tasks serve, in plan order. */
  objectives: Link[];
  /** Whether it has a date on the timeline, and one with a day, for a calendar file. */
  onTimeline: boolean;
  calendar: boolean;
};

/** What a body's page reads from the corpus. */
export interface BodyPageCorpus {
  milestone: (id: string) => { data: { when: PlanDate } };
  task: (id: string) => { data: { area: Area } };
  objective: (id: string) => { data: { title: string } };
}

type BodyPageRelations = Pick<
  Relations,
  'dutiesOfBody' | 'inheritedDutiesOf' | 'milestonesOfBody' | 'objectivesOfBody' | 'tasksOfBody'
>;

/** Recurring work and ad-hoc reports: listed apart from deadlines. */
const periodic = (when: PlanDate) => when.kind === 'recurring' || when.kind === 'ad-hoc';

/** The table of contents: the group's duties only when it has some through a group. */
export function bodyToc(own: number, inherited: InheritedDuties[]): Link[] {
  const count = inherited.reduce((n, x) => n + x.duties.length, 0);
  return [
    { href: '#nhiem-vu', label: `Việc văn bản giao (${own})` },
    ...(inherited.length > 0 ? [{ href: '#viec-cua-nhom', label: `Việc có vì thuộc nhóm (${count})` }] : []),
    { href: '#moc-thoi-gian', label: 'Hạn và mốc thời gian' },
    { href: '#dinh-ky', label: 'Báo cáo và việc định kỳ' },
    { href: '#bo-may', label: 'Vị trí trong bộ máy' },
    { href: '#muc-tieu', label: 'Mục tiêu liên quan' },
    { href: '#nhac-den', label: 'Được nhắc đến trong văn bản' },
  ];
}

/**
 * Whether the body gets a calendar file (/lich/co-quan/<id>.ics): one of its milestones, its groups' included, falls
 * on days. Ad-hoc reports fall on none, so they alone make no calendar. The one test the calendar route, the timeline
 * and the body's page share.
 */
export function hasCalendar(
  c: Pick<BodyPageCorpus, 'milestone'>,
  r: Pick<Relations, 'milestonesOfBody'>,
  body: string,
): boolean {
  return r.milestonesOfBody(body, true).some((m) => expandPlanDate(c.milestone(m.milestone).data.when).length > 0);
}

/** A body's duties, dates, objectives and search facets, its groups' included. */
export function bodyPage(
  body: Pick<Body, 'id'> & { data: Pick<Body['data'], 'group'> },
  c: BodyPageCorpus,
  r: BodyPageRelations,
): BodyPage {
  const inherited = r.inheritedDutiesOf(body.id);
  const milestones = r.milestonesOfBody(body.id, true);
  const isPeriodic = (m: BodyMilestone) => periodic(c.milestone(m.milestone).data.when);
  return {
    search: {
      kind: 'body',
      hub: body.data.group,
      bodies: [body.id],
      areas: [...new Set(r.tasksOfBody(body.id).map((t) => c.task(t.task).data.area))],
    },
    toc: bodyToc(r.dutiesOfBody(body.id).length, inherited),
    inherited,
    deadlines: milestones.filter((m) => !isPeriodic(m)),
    recurring: milestones.filter(isPeriodic),
    objectives: r
      .objectivesOfBody(body.id)
      .map((id) => ({ href: urls.objective(id), label: c.objective(id).data.title })),
    onTimeline: milestones.length > 0,
    calendar: hasCalendar(c, r, body.id),
  };
}
