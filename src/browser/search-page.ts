/**
 * The search page's live search: the only client script of the site besides
 * the offline page. It enhances the page's form (hidden without JavaScript)
 * and talks to Pagefind's JS API; the markup of results is ours.
 */
import { decodeAnchorFacets, SEARCH_KINDS } from '../lib/search/search-facets.ts';
import {
  bestNamed,
  decodeEntries,
  namedEntries,
  reword,
  spellOut,
  type NamedEntry,
  type Rewording,
} from '../lib/search/search-entries.ts';
import type { SearchNames } from '../lib/search/search-page-data.ts';
import { readingsOf, stripFiller, type Readings } from '../lib/search/search-query.ts';
import {
  byScore,
  clauseExcerpt,
  diacriticSimilarity,
  excerptParts,
  focusMarks,
  mergePassages,
  pagefindFilters,
  parseSearchState,
  hasDiacritics,
  tiered,
  passagesOf,
  pickSubResults,
  searchStateToQuery,
  statusMessage,
  type PageHit,
  type SearchState,
  type SubResult,
} from '../lib/search/search-results.ts';
import { prepareQuery } from '../lib/search/search-text.ts';

/** The parts of Pagefind's browser API (1.6) this page uses. */
interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  anchors: { id: string; location: number; title?: string }[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ) => Promise<{ results: PagefindResult[] }>;
}

/** Results shown at once; more on request, so a later query fetches few fragments. */
const PAGE_SIZE = 3;
/** Passages shown under one page at once; the rest behind a button. */
const PASSAGES = 2;
/** Passages of one page kept for that button. */
const MORE_PASSAGES = 12;
/** Words shown of a clause a query names by its label. */
const CLAUSE_WORDS = 40;
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
const note = required<HTMLElement>(app, '[data-search-note]');
const failure = required<HTMLElement>(document, '[data-search-error]');
const anchorFacets = decodeAnchorFacets(app.dataset['anchorFacets'] ?? '');
const names = JSON.parse(
  app.dataset['searchNames'] ?? '{"entries":"","lexicon":{"abbreviations":{},"everyday":[]}}',
) as SearchNames;
const entries = decodeEntries(names.entries);

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
  for (const part of focusMarks(excerptParts(html))) {
    if (part.mark) p.append(text('mark', '', part.text));
    else p.append(part.text);
  }
  return p;
}

let moreIds = 0;
/** The passages past the first few, hidden behind a button that says how many there are. */
function passageList(passages: SubResult[]): HTMLElement[] {
  const ul = document.createElement('ul');
  ul.className = 'result__passages';
  ul.id = `doan-${(moreIds += 1)}`;
  passages.forEach((passage, i) => {
    const item = document.createElement('li');
    item.className = 'result__passage';
    item.hidden = i >= PASSAGES;
    if (passage.anchor) item.append(link(passage.url, passage.title, 'result__cite'));
    item.append(excerpt(passage.excerpt));
    ul.append(item);
  });
  const hidden = passages.length - PASSAGES;
  if (hidden <= 0) return [ul];
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'result__more';
  button.textContent = `Xem thêm ${hidden} đoạn`;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', ul.id);
  button.addEventListener('click', () => {
    const items = [...ul.querySelectorAll<HTMLLIElement>(':scope > li')].slice(PASSAGES);
    for (const item of items) item.hidden = false;
    button.remove();
    // Focus goes where the new passages start (the button is gone): to the first one's citation, or to the
    // passage itself when it has none.
    const first = items[0];
    const cite = first?.querySelector('a');
    if (first && !cite) first.tabIndex = -1;
    (cite ?? first)?.focus();
  });
  return [ul, button];
}

function resultItem(url: string, title: string, meta: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  li.dataset['resultUrl'] = url;
  const heading = document.createElement('h2');
  heading.className = 'result__title';
  heading.append(link(url, title));
  li.append(heading);
  if (meta) li.append(text('p', 'result__meta', meta));
  return li;
}

/** One result: the page's title, what kind of page it is, and its best passages with their citations. */
function renderResult(data: PagefindData, passages: SubResult[]): HTMLLIElement {
  const kind = data.filters['kind']?.[0];
  const meta = [kind ? KIND_LABELS[kind] : undefined, data.meta['cite']].filter(Boolean).join(' · ');
  const li = resultItem(data.url, data.meta['title'] ?? data.url, meta);
  const anchored = passages.filter((p) => p.anchor);
  if (anchored.length === 0) li.append(excerpt(passages[0]?.excerpt ?? data.excerpt));
  else li.append(...passageList(passages));
  return li;
}

/** A clause the query names by its label or place («khoản 3.5 mục III»): its citation and its first words. */
function renderClause(data: PagefindData, id: string): HTMLLIElement | undefined {
  const anchor = data.anchors.find((a) => a.id === id);
  const start = clauseExcerpt(data.content, data.anchors, id, CLAUSE_WORDS);
  if (!anchor || start === undefined) return undefined;
  const title = anchor.title ?? id;
  const li = resultItem(
    `${data.url}#${id}`,
    title.charAt(0).toUpperCase() + title.slice(1),
    KIND_LABELS['provision'] ?? '',
  );
  li.append(text('p', 'result__excerpt', start));
  return li;
}

/** A page in the results, or a clause of the reader that the query names. */
type Hit = PageHit<PagefindResult> & { clause?: string | undefined };

interface Shown {
  state: SearchState;
  results: Hit[];
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
    for (const [i, { data, preferred }] of pages.entries()) {
      const clause = batch[i]?.clause;
      const passages = preferred
        ? mergePassages(preferred, passagesOf(data), anchorFacets, current.state, MORE_PASSAGES)
        : pickSubResults(passagesOf(data), anchorFacets, current.state, MORE_PASSAGES);
      const item = clause ? renderClause(data, clause) : passages.length > 0 ? renderResult(data, passages) : undefined;
      if (!item) {
        current.dropped += 1;
        continue;
      }
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

/** Says, above the results, when search also looked for the plan's own word for what was typed. */
function showNote(rewording: Rewording | undefined, foundTyped: boolean) {
  note.hidden = !rewording;
  if (!rewording) return;
  note.textContent = foundTyped
    ? `Văn bản dùng từ «${rewording.planTerm}»: kết quả có cả đoạn dùng từ này.`
    : `Văn bản không dùng từ «${rewording.typed}»; văn bản dùng từ «${rewording.planTerm}». Kết quả dưới đây cho từ này.`;
}

type Find = (query: string | null, extra?: Record<string, unknown>) => Promise<PagefindResult[]>;

/** What the searches of one query found, before they are put in one list. */
interface Found {
  /** Stricter readings, best first: exact diacritics, then the words side by side. */
  tiers: PagefindResult[][];
  /** Every word anywhere (the last one open if it may still be being typed). */
  loose: PagefindResult[];
  /** Each page's score across diacritics, to order tiers Pagefind leaves unscored. */
  scores: Map<string, number>;
}

/** The searches of a query's own words, strictest first. */
async function searchWords(
  pf: Pagefind,
  find: Find,
  term: string,
  readings: Readings,
  quoted: boolean,
): Promise<Found> {
  const tiers: PagefindResult[][] = [];
  if (hasDiacritics(term)) {
    await pf.options({ exactDiacritics: true });
    const closedExact = await find(readings.closed);
    if (readings.phrase && !quoted) tiers.push(await find(readings.phrase));
    tiers.push(closedExact);
    await pf.options({ exactDiacritics: false });
  }
  await pf.options({ ranking: { diacriticSimilarity: diacriticSimilarity(term) } });
  let loose = await find(readings.closed);
  // The last word may still be being typed: when the text has no such word whole (Pagefind then
  // drops it), it is read as the start of a longer word.
  if (readings.open && readings.last && (loose.length === 0 || (await find(readings.last)).length === 0))
    loose = await find(readings.open);
  if (readings.phrase && !quoted) tiers.push(await find(readings.phrase));
  // Ordered by the scores of the search across diacritics, so that a query typed with and without marks ranks alike.
  const scores = new Map(loose.map((r) => [r.id, r.score]));
  return { tiers, loose, scores };
}

/** The phrase and the words of another wording of the query (the plan's term, abbreviations spelt out). */
async function searchWording(find: Find, wording: string | undefined, scores: Map<string, number>) {
  const readings = wording ? readingsOf(prepareQuery(wording)) : undefined;
  if (!readings) return [];
  const closed = await find(readings.closed);
  for (const r of closed) if (!scores.has(r.id)) scores.set(r.id, r.score);
  return [...(readings.phrase ? [await find(readings.phrase)] : []), closed];
}

/** Each named entry's own page (through its `page` filter), with the query's words marked where it holds them. */
async function namedHits(find: Find, named: NamedEntry[], closed: string): Promise<Hit[]> {
  const hits: Hit[] = [];
  for (const entry of named) {
    const page = { page: entry.url.replace(/#.*$/u, '') };
    const withWords = await find(closed, page);
    const [own] = withWords.length > 0 ? withWords : await find(null, page);
    if (!own) continue;
    const clause = entry.url.includes('#') ? entry.url.slice(entry.url.indexOf('#') + 1) : undefined;
    hits.push({ id: own.id, preferred: own, loose: clause ? undefined : own, clause });
  }
  return hits;
}

/**
 * The results of a query, in order: the entries it names; then its stricter
 * readings, each by relevance; then its words anywhere. The plan's term for
 * an everyday word goes first when the text lacks the word, else after the
 * words as typed; abbreviations spelt out come last.
 */
async function rank(
  pf: Pagefind,
  state: SearchState,
): Promise<{ hits: Hit[]; note: Rewording | undefined; foundTyped: boolean }> {
  const quoted = prepareQuery(state.q).startsWith('"');
  // Question words («… là gì», «ở đâu») say what is wanted, not what the text says.
  const asked = quoted ? state.q : stripFiller(state.q);
  const term = prepareQuery(asked);
  const readings = readingsOf(term);
  if (!readings) return { hits: [], note: undefined, foundTyped: true };
  const filters = pagefindFilters(state);
  const find: Find = async (query, extra = {}) =>
    (await pf.search(query, { filters: { ...filters, ...extra } })).results;
  const { tiers, loose, scores } = await searchWords(pf, find, term, readings, quoted);

  const rewording = quoted ? undefined : reword(asked, names.lexicon);
  const typed = rewording && readingsOf(prepareQuery(rewording.typed));
  const foundTyped = !typed || (await find(typed.phrase ?? typed.closed)).length > 0;
  const note = rewording && (!foundTyped || rewording.whole) ? rewording : undefined;
  const reworded = await searchWording(find, note?.query, scores);
  const spelt = await searchWording(find, spellOut(asked, names.lexicon), scores);

  const named = bestNamed([
    ...(quoted ? [] : namedEntries(asked, entries, names.lexicon)),
    ...(note ? namedEntries(note.query, entries, names.lexicon) : []),
  ]);
  const pinned = await namedHits(find, named, readings.closed);
  const pinnedPages = new Set(pinned.filter((p) => !p.clause).map((p) => p.id));
  const ordered = (foundTyped ? [...tiers, ...reworded, ...spelt] : [...reworded, ...tiers, ...spelt]).map((tier) =>
    byScore(tier, scores),
  );
  const rest = tiered(ordered, loose).filter((hit) => !pinnedPages.has(hit.id));
  return { hits: [...pinned, ...rest], note, foundTyped };
}

/** Runs one search for the form's current state and shows it, unless a newer one is waiting. */
async function searchOnce(isStale: () => boolean) {
  const state = readState();
  if (!prepareQuery(state.q)) {
    shown = undefined;
    list.replaceChildren();
    more.hidden = true;
    showNote(undefined, false);
    status.textContent = '';
    settle(state, '');
    app.dataset['searchCount'] = '0';
    app.dataset['searchRendered'] = state.q;
    return;
  }
  const pf = await loadPagefind();
  const { hits, note: rewording, foundTyped } = await rank(pf, state);
  if (isStale()) return;
  const current: Shown = { state, results: hits, next: 0, dropped: 0 };
  shown = current;
  // The first page is built aside and swapped in, so the list never flashes empty.
  const page = new DocumentFragment();
  await showMore(current, page);
  if (current !== shown || isStale()) return;
  list.replaceChildren(page);
  showNote(rewording, foundTyped);
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
