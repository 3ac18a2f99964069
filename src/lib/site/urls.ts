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
  /** Everything asked of one level of government (a district, the province's departments) on one page. */
  levelView: (view: string) => `/cap/${view}/`,
  matrix: () => '/ma-tran-trach-nhiem/',
  reporting: () => '/bao-cao/',
  legalReferences: () => '/van-ban-dan-chieu/',
  legalReference: (id: string) => `/van-ban-dan-chieu/${id}/`,
  /** An area of reform of section II (a lesson page), or a part of section III. */
  part: (p: { id: string; data: { kind: 'area' | 'implementation' } }) =>
    p.data.kind === 'area' ? `/linh-vuc/${p.id}/` : `/to-chuc-thuc-hien/${p.id}/`,
  glossary: () => '/thuat-ngu/',
  term: (id: string) => `/thuat-ngu/${id}/`,
  timeline: () => '/thoi-gian/',
  milestone: (id: string) => `/thoi-gian/#${id}`,
  /** Only the dates a body has a part in. */
  bodyTimeline: (bodyId: string) => `/thoi-gian/${bodyId}/`,
  /** Everything due or falling within one quarter («2008-q2»), by body. */
  quarter: (year: number, quarter: number) => `/thoi-gian/${year}-q${quarter}/`,
  /** iCalendar files: the whole plan, and each body's dates (files, so no trailing slash). */
  planCalendar: () => '/lich/ke-hoach.ics',
  bodyCalendar: (bodyId: string) => `/lich/co-quan/${bodyId}.ics`,
  /** Every deadline and occurrence as CSV. */
  deadlinesCsv: () => '/du-lieu/moc-thoi-gian.csv',
  /** Open data: the page that lists every file, and the files. */
  openData: () => '/du-lieu/',
  dataReadme: () => '/du-lieu/README.txt',
  /** One collection as JSON (`all` = every collection in one file), and its JSON Schema. */
  dataJson: (name: string) => `/du-lieu/json/${name}.json`,
  dataSchema: (name: string) => `/du-lieu/schema/${name}.schema.json`,
  tasksCsv: () => '/du-lieu/nhiem-vu.csv',
  responsibilitiesCsv: () => '/du-lieu/trach-nhiem.csv',
  /** Every duty of every body, its groups' included. */
  dutiesCsv: () => '/du-lieu/viec-cua-co-quan.csv',
  /** A publication (a decision and what it issues) as Akoma Ntoso 3.0 XML. */
  akomaNtoso: (rootDocumentId: string) => `/du-lieu/akn/${rootDocumentId}.xml`,
  /** Printable handouts for trainers: one per section of a plan, and a one-page summary of a plan. */
  handouts: () => '/in/',
  handout: (sectionId: string) => `/in/${sectionId}/`,
  /** The same handout with the suggested answers to its questions, for the trainer. */
  trainerHandout: (sectionId: string) => `/in/${sectionId}/giang-vien/`,
  summary: (documentId: string) => `/in/tom-tat/${documentId}/`,
  /** The page that saves the site for offline reading, and the list of files it saves. */
  offline: () => '/ngoai-tuyen/',
  offlineManifest: () => '/offline-manifest.json',
  search: () => '/tim-kiem/',
  /** How the site reads the text: the roles, every reading the words imply but do not state, groups, dates. */
  readings: () => '/cach-doc-van-ban/',
  role: (role: string) => `/cach-doc-van-ban/#vai-tro-${role}`,
  /** Where a mention in the text links: the page of the body, cited document or term. */
  mention: (t: { collection: 'bodies' | 'legalReferences' | 'glossary'; id: string }) =>
    t.collection === 'bodies'
      ? `/co-quan/${t.id}/`
      : t.collection === 'legalReferences'
        ? `/van-ban-dan-chieu/${t.id}/`
        : `/thuat-ngu/${t.id}/`,
} as const;

/**
 * An address as a link on the page at `pathname` writes it: only the fragment when it points into
 * that page (a clause cited in the reader itself), else whole.
 */
export const fromPage = (pathname: string, href: string) =>
  href.startsWith(`${pathname}#`) ? href.slice(pathname.length) : href;
