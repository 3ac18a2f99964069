import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { builtPages } from './pages.ts';

/** A link that does not land: on which page, in which attribute, and why. */
export interface BrokenLink {
  page: string;
  attribute: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Same-site URLs checked (a page and, if any, its fragment). */
  checked: number;
  /** Links to other sites: counted, not followed (the tests run offline). */
  external: number;
  broken: BrokenLink[];
}

const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['form[action]', 'action'],
  ['[src]', 'src'],
  ['[srcset]', 'srcset'],
  ['object[data]', 'data'],
];

/** Ids of a page (cached: most links point to a handful of pages). */
function idsReader() {
  const cache = new Map<string, Set<string>>();
  return (file: string) => {
    let ids = cache.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));
      cache.set(file, ids);
    }
    return ids;
  };
}

/** The file a same-site path is served from, or why there is none. */
export function resolvePath(dist: string, path: string): { file: string } | { reason: string } {
  const file = join(dist, path);
  if (!file.startsWith(dist)) return { reason: 'leaves the site' };
  if (path.endsWith('/')) {
    const index = join(file, 'index.html');
    return existsSync(index) ? { file: index } : { reason: `no page ${path}index.html in the build` };
  }
  if (existsSync(file) && statSync(file).isFile()) return { file };
  if (existsSync(join(file, 'index.html')))
    return { reason: `missing trailing slash (the site uses ${path}/); costs a redirect` };
  return { reason: 'no such file in the build' };
}

/**
 * Checks every same-site href/src/action/srcset of every built page: the
 * target is a file in dist, and a #fragment names an id on the target page.
 */
export function checkLinks(dist: string): LinkReport {
  const pages = builtPages(dist);
  const idsOf = idsReader();
  const report: LinkReport = { pages: pages.length, checked: 0, external: 0, broken: [] };
  for (const page of pages) {
    const { document } = parseHTML(readFileSync(page.file, 'utf8'));
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const siteOrigin = canonical ? new URL(canonical).origin : undefined;
    const base = new URL(page.path, 'http://site.invalid');
    for (const [selector, attribute] of URL_ATTRIBUTES)
      for (const el of document.querySelectorAll(selector)) {
        const value = el.getAttribute(attribute) ?? '';
        const values = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
        for (const raw of values) {
          const fail = (reason: string) => report.broken.push({ page: page.path, attribute, url: raw, reason });
          if (raw.trim() === '') {
            fail('empty URL');
            continue;
          }
          if (/^(mailto|tel|data):/i.test(raw)) continue;
          if (/^javascript:/i.test(raw)) {
            fail('javascript: URL');
            continue;
          }
          const url = new URL(raw, base);
          const sameSite = url.origin === base.origin || url.origin === siteOrigin;
          if (!sameSite) {
            report.external++;
            continue;
          }
          report.checked++;
          const target = resolvePath(dist, decodeURIComponent(url.pathname));
          if ('reason' in target) {
            fail(target.reason);
            continue;
          }
          if (raw.includes('#')) {
            const id = decodeURIComponent(url.hash.slice(1));
            if (id === '') fail('empty #fragment');
            else if (target.file.endsWith('.html') && !idsOf(target.file).has(id))
              fail(`no element with id «${id}» on ${url.pathname}`);
          }
        }
      }
  }
  return report;
}

/** One line per broken link, each (page, URL) once. */
export const formatBrokenLinks = (broken: BrokenLink[]) => [
  ...new Set(broken.map((b) => `${b.page}: ${b.attribute}="${b.url}" — ${b.reason}`)),
];
