/**
 * Lighthouse (mobile, default simulated throttling) on a page, in Debian's
 * Chromium started by chrome-launcher with the project's flags.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../tests/site/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Largest Contentful Paint and Total Blocking Time in ms; Cumulative Layout Shift unitless. */
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that did not pass, for the categories above (id: title), and errors Lighthouse met. */
  failed: string[];
}

/** Runs Lighthouse on each URL in turn, in one Chromium. */
export async function runLighthouse(urls: string[]): Promise<LighthouseResult[]> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const run = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = run;
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const audited = new Set(
        CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? []),
      );
      results.push({
        url,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as LighthouseResult['scores'],
        lcp: numeric('largest-contentful-paint'),
        tbt: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        failed: [
          ...(lhr.runtimeError ? [`error: ${lhr.runtimeError.message}`] : []),
          ...Object.values(lhr.audits)
            .filter((a) => audited.has(a.id) && (a.errorMessage || (a.score !== null && a.score < 1)))
            .map((a) => `${a.id}: ${a.errorMessage ?? a.title}`),
        ],
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
