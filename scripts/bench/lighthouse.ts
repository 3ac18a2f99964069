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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Runs Lighthouse on each URL in turn, in one Chromium, `runs` times per URL
 * and keeps the median of each figure (a loaded machine makes single runs
 * noisy). A run that fails to record its trace is tried again once.
 */
export async function runLighthouse(urls: string[], runs = 1): Promise<LighthouseResult[]> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  const once = async (url: string): Promise<LighthouseResult> => {
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
    return {
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
    };
  };
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const all: LighthouseResult[] = [];
      for (let i = 0; i < runs; i++) {
        let r = await once(url);
        if (r.failed.some((f) => f.startsWith('error:'))) r = await once(url);
        all.push(r);
      }
      results.push({
        url,
        scores: Object.fromEntries(
          CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))]),
        ) as LighthouseResult['scores'],
        lcp: median(all.map((r) => r.lcp)),
        tbt: median(all.map((r) => r.tbt)),
        cls: median(all.map((r) => r.cls)),
        failed: [...new Set(all.flatMap((r) => r.failed))],
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
