import type { Browser } from 'playwright-core';
import { forEachPage, mayShipScript } from './pages.ts';

/** A request a page made to a host other than the site's own. */
export interface ForeignRequest {
  page: string;
  url: string;
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
  const context = await browser.newContext({ baseURL: origin });
  let requests = 0;
  const foreign: ForeignRequest[] = [];
  await forEachPage(context, paths, async () => undefined, {
    waitUntil: (path) => (mayShipScript(path) ? 'networkidle' : 'load'),
    onOpen: (page, current) =>
      page.on('request', (r) => {
        requests++;
        const url = r.url();
        if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) foreign.push({ page: current(), url });
      }),
  });
  await context.close();
  return { requests, foreign };
}
