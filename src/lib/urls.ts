/**
 * Every URL the site builds comes from here, so that a route can move in one
 * place. Pages end in a slash (the site uses `trailingSlash: 'always'`); files do not.
 */
export const urls = {
  home: () => '/',
  documents: () => '/van-ban/',
  reader: (rootDocumentId: string) => `/van-ban/${rootDocumentId}/`,
  objectives: () => '/muc-tieu/',
  objective: (id: string) => `/muc-tieu/${id}/`,
  tasks: () => '/nhiem-vu/',
  task: (id: string) => `/nhiem-vu/${id}/`,
  bodies: () => '/co-quan/',
  body: (id: string) => `/co-quan/${id}/`,
  bodyChecklist: (id: string) => `/co-quan/${id}/danh-sach/`,
  matrix: () => '/ma-tran-trach-nhiem/',
  reporting: () => '/bao-cao/',
  legalReferences: () => '/van-ban-dan-chieu/',
  legalReference: (id: string) => `/van-ban-dan-chieu/${id}/`,
  glossary: () => '/thuat-ngu/',
  term: (id: string) => `/thuat-ngu/${id}/`,
  timeline: () => '/thoi-gian/',
  milestone: (id: string) => `/thoi-gian/#${id}`,
  /** Only the dates a body has a part in. */
  bodyTimeline: (bodyId: string) => `/thoi-gian/${bodyId}/`,
  /** iCalendar files: the whole plan, and each body's dates (files, so no trailing slash). */
  planCalendar: () => '/lich/ke-hoach.ics',
  bodyCalendar: (bodyId: string) => `/lich/co-quan/${bodyId}.ics`,
  /** Every deadline and occurrence as CSV. */
  deadlinesCsv: () => '/du-lieu/moc-thoi-gian.csv',
  search: () => '/tim-kiem/',
  /** Where a mention in the text links: the page of the body, cited document or term. */
  mention: (t: { collection: 'bodies' | 'legalReferences' | 'glossary'; id: string }) =>
    t.collection === 'bodies'
      ? `/co-quan/${t.id}/`
      : t.collection === 'legalReferences'
        ? `/van-ban-dan-chieu/${t.id}/`
        : `/thuat-ngu/${t.id}/`,
} as const;
