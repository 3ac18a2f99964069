import { urls } from '../site/urls.ts';
import type { Link } from './link.ts';

/** The list pages other pages sit under, as the breadcrumb step that leads back to them. */
export const LIST_PAGES = {
  bodies: { href: urls.bodies(), label: 'Cơ quan' },
  objectives: { href: urls.objectives(), label: 'Mục tiêu' },
  tasks: { href: urls.tasks(), label: 'Nhiệm vụ' },
  glossary: { href: urls.glossary(), label: 'Thuật ngữ' },
  legalReferences: { href: urls.legalReferences(), label: 'Văn bản dẫn chiếu' },
  documents: { href: urls.documents(), label: 'Văn bản' },
  timeline: { href: urls.timeline(), label: 'Mốc thời gian' },
  handouts: { href: urls.handouts(), label: 'Tài liệu in' },
} as const satisfies Record<string, Link>;
export type ListPage = keyof typeof LIST_PAGES;

/** The breadcrumb trail of a page under a list page: the home page, the list, then any steps between. */
export const trailUnder = (list: ListPage, ...steps: Link[]): Link[] => [
  { href: urls.home(), label: 'Trang chủ' },
  LIST_PAGES[list],
  ...steps,
];
