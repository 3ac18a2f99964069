import type { Browser } from 'playwright-core';
import { sweepPages, type PageCheck } from './sweep.ts';

/** A request a page made to a host other than the site's own. */
export interface ForeignRequest {
  page: string;
  url: string;
}

/**
 * The request check of a page sweep: records every request the pages it
 * applies to make, and those to any other origin than `origin`.
 */
export function requestsCheck(
  origin: string,
  applies?: (path: string) => boolean,
): PageCheck & { requests: () => number; foreign: ForeignRequest[] } {
  let requests = 0;
  const foreign: ForeignRequest[] = [];
  return {
    requests: () => requests,
    foreign,
    ...(applies ? { applies } : {}),
    onOpen: (page, current) =>
      page.on('request', (r) => {
        if (applies && !applies(current())) return;
        requests++;
        const url = r.url();
        if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) foreign.push({ page: current(), url });
      }),
  };
}

/**
 * Loads every page with JavaScript on and records every request it makes;
 * returns those to any other origin than the local server's. Pages with
 * scripts are given until the network is idle, so late requests count too.
 */
export async function foreignRequests(
  browser: Browser,
  origin: string,
  paths: string[],
): Promise<{ requests: number; foreign: ForeignRequest[] }> {
  const check = requestsCheck(origin);
  await sweepPages(browser, { baseURL: origin }, paths, [check]);
  return { requests: check.requests(), foreign: check.foreign };
}
