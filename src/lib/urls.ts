/**
 * Every URL the site builds comes from here, so that a route can move in one
 * place. All end in a slash (the site uses `trailingSlash: 'always'`).
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
  legalReferences: () => '/van-ban-dan-chieu/',
  legalReference: (id: string) => `/van-ban-dan-chieu/${id}/`,
  glossary: () => '/thuat-ngu/',
  term: (id: string) => `/thuat-ngu/${id}/`,
  timeline: () => '/thoi-gian/',
  milestone: (id: string) => `/thoi-gian/#${id}`,
  search: () => '/tim-kiem/',
} as const;
