import { describe, expect, it } from 'vitest';
import { browserAndServer } from './browser.ts';
import { dist } from './built-site.ts';
import { builtPages } from './gates/pages.ts';
import { foreignRequests } from './gates/requests.ts';

const env = browserAndServer(dist);

describe('no third party', () => {
  it(
    'no page requests anything from another host: fonts, icons and scripts are the site’s own',
    { timeout: 600_000 },
    async () => {
      const pages = builtPages(dist);
      const { requests, foreign } = await foreignRequests(
        env.browser,
        env.server.origin,
        pages.map((p) => p.path),
      );
      // Each page at least requests itself and its stylesheet: the recording works.
      expect(requests).toBeGreaterThanOrEqual(pages.length * 2);
      expect(foreign.map((f) => `${f.page} → ${f.url}`)).toEqual([]);
    },
  );
});
