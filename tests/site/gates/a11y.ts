import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { AXE_URL_PATH, VIEWPORTS } from '../browser.ts';
import { sweepPages, type PageCheck } from './sweep.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe rules turned off, each with its reason. None so far. */
export const AXE_DISABLED: Record<string, string> = {};

export interface AxeViolation {
  page: string;
  viewport: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe in a page loaded from the test server (serveDist, which serves axe-core) and returns its violations. */
export async function axe(page: Page, path: string, viewport: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_URL_PATH });
  const violations = await page.evaluate(
    async ({ tags, disabled }) => {
      const run = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } }).axe.run;
      const result = await run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { tags: AXE_TAGS, disabled: Object.keys(AXE_DISABLED) },
  );
  return violations.map((v) => ({ ...v, page: path, viewport }));
}

/** The axe check of a page sweep: axe at the phone and then the desktop viewport, on each page it loads. */
export function axeCheck(): PageCheck & { violations: AxeViolation[] } {
  const violations: AxeViolation[] = [];
  return {
    violations,
    visit: async (page, path) => {
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        violations.push(...(await axe(page, path, viewport.name)));
      }
    },
  };
}

/** Loads each page once and runs axe at the phone and the desktop viewport. */
export async function axePages(browser: Browser, origin: string, paths: string[]): Promise<AxeViolation[]> {
  const check = axeCheck();
  await sweepPages(browser, { viewport: VIEWPORTS[0], baseURL: origin }, paths, [check]);
  return check.violations;
}

/** One line per violation, in page order, for a test failure or the audit. */
export const formatViolations = (vs: AxeViolation[]) =>
  vs
    .toSorted((a, b) => a.page.localeCompare(b.page))
    .map((v) => `${v.page} [${v.viewport}] ${v.rule} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(', ')}`);
export interface KeyboardReport {
  page: string;
  /** Visible interactive controls on the page. */
  controls: number;
  /** Controls reached by pressing Tab from the top. */
  reached: number;
  unreached: string[];
  /** Controls whose outline and box-shadow look the same focused and not. */
  noVisibleFocus: string[];
  /** What is wrong with the skip link, if anything. */
  skipLink: string | undefined;
}

/**
 * Tabs through a page from the top: every visible interactive control must
 * be reached and look different when focused (outline or box-shadow); the
 * first stop is a skip link that moves focus to <main>.
 */
export async function keyboardWalk(page: Page, origin: string, path: string): Promise<KeyboardReport> {
  // The skip link comes first, shows when focused and takes focus to <main>.
  await page.goto(origin + path);
  await page.keyboard.press('Tab');
  const skipLink = await page.evaluate(() => {
    const a = document.activeElement;
    if (!(a instanceof HTMLAnchorElement) || !a.hash) return 'the first Tab stop is not an in-page link';
    const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
    if (target?.tagName !== 'MAIN') return `the first link (${a.hash}) does not lead to <main>`;
    const box = a.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || box.bottom <= 0 || box.top >= innerHeight)
      return 'the skip link stays out of sight when focused';
    return undefined;
  });
  let skipProblem = skipLink;
  if (!skipProblem) {
    await page.keyboard.press('Enter');
    if (!(await page.evaluate(() => document.activeElement?.tagName === 'MAIN')))
      skipProblem = 'Enter on the skip link does not focus <main>';
  }

  // Tab through everything from the top, recording each stop's focus style.
  await page.goto(origin + path);
  const controls = await page.evaluate((selector) => {
    const w = window as unknown as Walk;
    w.controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (e) => e.checkVisibility({ visibilityProperty: true }) || e.matches('.skip-link'),
    );
    w.stops = [];
    return w.controls.length;
  }, INTERACTIVE);
  for (let i = 0; i < controls * 2 + 10; i++) {
    await page.keyboard.press('Tab');
    const done = await page.evaluate(() => {
      const w = window as unknown as Walk;
      const a = document.activeElement;
      if (!a || a === document.body || w.stops.some((s) => s.el === a)) return true;
      const s = getComputedStyle(a);
      w.stops.push({ el: a, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow });
      return false;
    });
    if (done) break;
  }
  const result = await page.evaluate(() => {
    const w = window as unknown as Walk;
    (document.activeElement as HTMLElement | null)?.blur();
    const describe = (e: Element) =>
      `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}> «${(e.textContent ?? '').trim().slice(0, 40)}»${
        e.getAttribute('href') ? ` ${e.getAttribute('href')}` : ''
      }`;
    const reached = new Set(w.stops.map((s) => s.el));
    const noVisibleFocus = w.stops.filter((stop) => {
      const s = getComputedStyle(stop.el);
      const outlined = !stop.outline.startsWith('none') && !stop.outline.includes(' 0px ');
      const changed =
        (outlined && `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` !== stop.outline) ||
        (stop.shadow !== 'none' && s.boxShadow !== stop.shadow);
      return !changed;
    });
    return {
      reached: w.stops.length,
      unreached: w.controls.filter((c) => !reached.has(c)).map(describe),
      noVisibleFocus: noVisibleFocus.map((s) => describe(s.el)),
    };
  });
  return { page: path, controls, ...result, skipLink: skipProblem };
}

/** What counts as an interactive control. */
const INTERACTIVE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex^="-"])',
].join(', ');

/** State the keyboard walk keeps in the page between steps. */
interface Walk {
  controls: HTMLElement[];
  stops: { el: Element; outline: string; shadow: string }[];
}
