import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { dist } from './built-site.ts';
import { consoleErrors, inlineCode } from './gates/csp.ts';
import { startNginx, type RunningNginx } from './gates/nginx.ts';
import { builtPages } from './gates/pages.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { CONTENT_SECURITY_POLICY } from '../../deploy/headers.ts';

let browser: Browser;
let nginx: RunningNginx;
beforeAll(async () => {
  [browser, nginx] = await Promise.all([launchBrowser(), startNginx(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

const pages = builtPages(dist);

describe('Content-Security-Policy', () => {
  it('is strict: only the site itself, no inline script, no framing', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  });

  it('no page carries inline scripts, event handlers or inline styles it would block', () => {
    expect(pages.flatMap((p) => inlineCode(dist, p))).toEqual([]);
  });

  it(
    'every page, served by nginx with the shipped headers, loads with 0 console errors or violations',
    { timeout: 600_000 },
    async () => {
      const paths = pages.map((p) => p.path);
      // The search page also runs a search, so that Pagefind's WebAssembly and worker load under the policy.
      if (paths.includes(urls.search())) paths.push(`${urls.search()}?q=${encodeURIComponent('cải cách hành chính')}`);
      expect(await consoleErrors(browser, nginx.origin, paths)).toEqual([]);
    },
  );
});
