/**
 * The search page's live search: the only client script of the site besides
 * the offline page. It enhances the page's form (hidden without JavaScript)
 * and talks to Pagefind's JS API; the markup of results is ours.
 */
import { SEARCH_KINDS, type AnchorFacets } from '../lib/search-facets.ts';
import {
  diacriticSimilarity,
  excerptParts,
  mergePassages,
  pagefindFilters,
  parseSearchState,
  hasDiacritics,
  tiered,
  passagesOf,
  phraseOf,
  pickSubResults,
  searchStateToQuery,
  statusMessage,
  type PageHit,
  type SearchState,
  type SubResult,
} from '../lib/search-results.ts';
import { prepareQuery } from '../lib/search-text.ts';

/** The parts of Pagefind's browser API (1.6) this page uses. */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] }>;
}

/** Results shown at once; more on request, so a later query fetches few fragments. */
const PAGE_SIZE = 5;
/** Passages shown under one page. */
const PASSAGES = 3;
/** The live region speaks, and the address changes, once typing settles, not at every keystroke. */
const SETTLE_AFTER_MS = 600;

const KIND_LABELS: Record<string, string> = SEARCH_KINDS;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Search page: missing ${selector}`);
  return el;
}

const app = required<HTMLElement>(document, '[data-search]');
const form = required<HTMLFormElement>(app, '[data-search-form]');
const input = required<HTMLInputElement>(form, 'input[name="q"]');
const filters = required<HTMLDetailsElement>(form, '[data-search-filters]');
const status = required<HTMLElement>(app, '[data-search-status]');
const list = required<HTMLOListElement>(app, '[data-search-results]');
const more = required<HTMLButtonElement>(app, '[data-search-more]');
const failure = required<HTMLElement>(document, '[data-search-error]');
const anchorFacets = JSON.parse(app.dataset['anchorFacets'] ?? '{}') as Record<string, AnchorFacets>;

let pagefind: Promise<Pagefind> | undefined;
/**
 * Loads Pagefind once, at page load so the first keystroke is answered fast.
 * - `noWorker`: search runs on the main thread (a few ms on this index), so
 *   the worker script is neither fetched nor shipped. Pagefind 1.6 reads it
 *   but also logs it as an unknown option (a console warning).
 * - `pageLength` below the default 0.75: the reader is one long page holding
 *   the whole official text, and should not sink for its length alone.
 */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ noWorker: true, excerptLength: 30, ranking: { pageLength: 0.3 } });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

function readState(): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return parseSearchState(params);
}

function writeForm(state: SearchState) {
  input.value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
    box.checked = (box.name === 'kind' ? state.kinds : state.areas).includes(box.value);
  const body = form.querySelector<HTMLSelectElement>('select[name="body"]');
  if (body) body.value = state.body;
  if (state.kinds.length > 0 || state.areas.length > 0 || state.body) filters.open = true;
}

function text(tag: string, className: string, content: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
}

function link(href: string, content: string, className = ''): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = content;
  if (className) a.className = className;
  return a;
}

function excerpt(html: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'result__excerpt';
  for (const part of excerptParts(html)) {
    if (part.mark) p.append(text('mark', '', part.text));
    else p.append(part.text);
  }
  return p;
}

/** One result: the page's title, what kind of page it is, and its best passages with their citations. */
function renderResult(data: PagefindData, passages: SubResult[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  li.dataset['resultUrl'] = data.url;
  const title = document.createElement('h2');
  title.className = 'result__title';
  title.append(link(data.url, data.meta['title'] ?? data.url));
  li.append(title);
  const kind = data.filters['kind']?.[0];
  const meta = [kind ? KIND_LABELS[kind] : undefined, data.meta['cite']].filter(Boolean).join(' · ');
  if (meta) li.append(text('p', 'result__meta', meta));
  const anchored = passages.filter((p) => p.anchor);
  if (anchored.length === 0) {
    li.append(excerpt(passages[0]?.excerpt ?? data.excerpt));
    return li;
  }
  const ul = document.createElement('ul');
  ul.className = 'result__passages';
  for (const passage of passages) {
    const item = document.createElement('li');
    item.className = 'result__passage';
    if (passage.anchor) item.append(link(passage.url, passage.title, 'result__cite'));
    item.append(excerpt(passage.excerpt));
    ul.append(item);
  }
  li.append(ul);
  return li;
}

interface Shown {
  state: SearchState;
  results: PageHit<PagefindResult>[];
  next: number;
  /** Results dropped because none of their passages is in the chosen area or body. */
  dropped: number;
}
let shown: Shown | undefined;

/**
 * A page's data, and its passages in the preferred search that found it.
 * Pagefind's searches share one fragment object per page, so the two are
 * read one after the other, keeping the preferred passages before the loose
 * ones replace them.
 */
async function load(hit: PageHit<PagefindResult>): Promise<{ data: PagefindData; preferred: SubResult[] | undefined }> {
  const preferred = hit.preferred ? passagesOf(await hit.preferred.data()) : undefined;
  const data = await (hit.loose ?? hit.preferred)?.data();
  if (!data) throw new Error(`Search page: result ${hit.id} has no data`);
  return { data, preferred };
}

/** Appends the next page of results to `target`; returns the first new item. */
async function showMore(current: Shown, target: ParentNode): Promise<HTMLLIElement | undefined> {
  let first: HTMLLIElement | undefined;
  let added = 0;
  while (added < PAGE_SIZE && current.next < current.results.length) {
    const batch = current.results.slice(current.next, current.next + PAGE_SIZE - added);
    current.next += batch.length;
    const pages = await Promise.all(batch.map(load));
    if (current !== shown) return undefined;
    for (const { data, preferred } of pages) {
      const passages = preferred
        ? mergePassages(preferred, passagesOf(data), anchorFacets, current.state, PASSAGES)
        : pickSubResults(passagesOf(data), anchorFacets, current.state, PASSAGES);
      if (passages.length === 0) {
        current.dropped += 1;
        continue;
      }
      const item = renderResult(data, passages);
      target.append(item);
      first ??= item;
      added += 1;
    }
  }
  const left = current.results.length - current.next;
  more.hidden = left === 0;
  more.textContent = `Xem thêm kết quả (còn ${left})`;
  return first;
}

let settleTimer: ReturnType<typeof setTimeout> | undefined;
/**
 * Once typing settles: says how many results there are, and puts the search
 * in the address (history.replaceState), so it can be shared or reloaded.
 */
function settle(state: SearchState, message: string) {
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => {
    status.textContent = message;
    history.replaceState(null, '', `${location.pathname}${searchStateToQuery(state)}`);
  }, SETTLE_AFTER_MS);
}

/** Runs one search for the form's current state and shows it, unless a newer one is waiting. */
async function searchOnce(isStale: () => boolean) {
  const state = readState();
  const term = prepareQuery(state.q);
  if (!term) {
    shown = undefined;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    settle(state, '');
    app.dataset['searchCount'] = '0';
    app.dataset['searchRendered'] = state.q;
    return;
  }
  const pf = await loadPagefind();
  const options = { filters: pagefindFilters(state) };
  const find = async (query: string) => (await pf.search(query, options)).results;
  const phrase = phraseOf(term);
  // Stricter readings first: the exact diacritics typed, then the words side by side.
  const preferred: PagefindResult[][] = [];
  if (hasDiacritics(term)) {
    await pf.options({ exactDiacritics: true });
    if (phrase) preferred.push(await find(phrase));
    preferred.push(await find(term));
    await pf.options({ exactDiacritics: false });
  }
  await pf.options({ ranking: { diacriticSimilarity: diacriticSimilarity(term) } });
  if (phrase) preferred.push(await find(phrase));
  const loose = await find(term);
  if (isStale()) return;
  const current: Shown = { state, results: tiered(preferred, loose), next: 0, dropped: 0 };
  shown = current;
  // The first page is built aside and swapped in, so the list never flashes empty.
  const page = new DocumentFragment();
  await showMore(current, page);
  if (current !== shown || isStale()) return;
  list.replaceChildren(page);
  const count = current.results.length - current.dropped;
  // Which query the list now answers, and how many pages: lets tests and the benchmark wait for it.
  app.dataset['searchCount'] = String(count);
  app.dataset['searchRendered'] = state.q;
  settle(state, statusMessage(count, state.q));
}

// Latest wins: a keystroke during a search queues one more run instead of a
// fixed debounce delay, so results follow typing as fast as the index allows.
let running = false;
let queued = false;
/** Times of the input events not yet answered by shown results (for the benchmark). */
let waiting: number[] = [];

async function run() {
  if (running) {
    queued = true;
    return;
  }
  running = true;
  try {
    do {
      queued = false;
      const answering = waiting;
      waiting = [];
      await searchOnce(() => queued);
      if (!queued) for (const start of answering) performance.measure('search:keystroke', { start });
      else waiting.unshift(...answering);
    } while (queued);
  } catch (error) {
    failure.hidden = false;
    throw error;
  } finally {
    running = false;
  }
}

input.addEventListener('input', (event) => {
  waiting.push(event.timeStamp);
  void run();
});
form.addEventListener('change', (event) => {
  if (event.target !== input) void run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
more.addEventListener('click', async () => {
  if (!shown) return;
  const first = await showMore(shown, list);
  first?.querySelector('a')?.focus();
});

writeForm(parseSearchState(new URLSearchParams(location.search)));
app.hidden = false;
loadPagefind().catch(() => {
  failure.hidden = false;
});
if (input.value.trim()) void run();
