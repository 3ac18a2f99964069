import { describe, expect, it } from 'vitest';
import { browserAndServer, VIEWPORTS } from './browser.ts';
import { dist } from './built-site.ts';
import { CHART } from '../../src/lib/dates/timeline-chart.ts';
import { urls } from '../../src/lib/site/urls.ts';

const env = browserAndServer(dist);

describe('the timeline chart in a browser', () => {
  // The whole plan's chart has every dated milestone's row; a body's chart wraps the same titles the same way.
  it('fits every wrapped title and clause in its column (the wrap is measured against the real font)', async () => {
    const page = await env.browser.newPage({ viewport: VIEWPORTS[1] });
    await page.goto(env.server.origin + urls.timeline());
    const overflows = await page.evaluate(
      ({ title, location }) =>
        [...document.querySelectorAll<SVGTSpanElement>('.tl-chart [data-row] tspan')]
          .map((t) => {
            const room = t.closest('text')?.classList.contains('tl-loc') ? location : title;
            return { text: t.textContent ?? '', length: t.getComputedTextLength(), room };
          })
          .filter((t) => t.length > t.room)
          .map((t) => `«${t.text}» is ${Math.round(t.length)} wide, room for ${t.room}`),
      { title: CHART.titleWidth - 4, location: CHART.locationWidth - 6 },
    );
    const rows = await page.locator('.tl-chart [data-row]').count();
    await page.close();
    expect(rows).toBeGreaterThan(0);
    expect(overflows).toEqual([]);
  });

  it('shows the chart on a wide screen; on a phone, the table by quarter and the list that say the same', async () => {
    for (const viewport of VIEWPORTS) {
      const page = await env.browser.newPage({ viewport });
      await page.goto(env.server.origin + urls.timeline());
      const shown = await page.evaluate(() =>
        ['.tl-chart', '[aria-labelledby="theo-quy"] table', '#danh-sach', '.tl-narrow'].map((s) =>
          document.querySelector(s)?.checkVisibility(),
        ),
      );
      await page.close();
      expect(shown, viewport.name).toEqual(
        viewport.width < 768 ? [false, true, true, true] : [true, true, true, false],
      );
    }
  });
});
