import type { Neighbours } from '../relations/relations.ts';

/** A link as pages list them: where it goes and the words it shows (a breadcrumb, a table of contents, a list). */
export interface Link {
  href: string;
  label: string;
}

/** The entries before and after one in a list in plan order, as links («Mục tiêu trước», «Nhiệm vụ sau»). */
export interface NeighbourLinks {
  prev?: Link | undefined;
  next?: Link | undefined;
}

/** Previous and next (`Relations['neighbours']`) as links, `link` naming each. */
export const neighbourLinks = ({ prev, next }: Neighbours, link: (id: string) => Link): NeighbourLinks => ({
  prev: prev === undefined ? undefined : link(prev),
  next: next === undefined ? undefined : link(next),
});
