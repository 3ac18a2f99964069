import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/site/urls.ts';
import { browserAndServer } from './browser.ts';
import { dist } from './built-site.ts';

/**
 * The who-reports-to-whom diagram is read as people meet it: on a 390 px
 * phone it gives way to the list (no label would stay at 12 px); on a wide
 * screen every label is at least 12 px; on paper it prints whole, on one A4
 * page of its own.
 */
const env = browserAndServer(dist);
const work = mkdtempSync(join(tmpdir(), 'report-diagram-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The smallest label's rendered size in CSS px, or null when the drawing is not shown. */
async function smallestLabel(width: number) {
  const tab = await env.browser.newPage({ viewport: { width, height: 900 } });
  await tab.goto(env.server.origin + urls.reporting());
  const result = await tab.evaluate(() => {
    const svg = document.querySelector('.report-diagram svg');
    if (!svg || svg.getBoundingClientRect().width === 0) return null;
    const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
    const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    return Math.min(...sizes);
  });
  const listShown = await tab.locator('.report-list').isVisible();
  await tab.close();
  return { result, listShown };
}

describe('the report diagram', () => {
  it('gives way to the list on a 390 px phone', async () => {
    const { result, listShown } = await smallestLabel(390);
    expect(result).toBeNull();
    expect(listShown).toBe(true);
  });

  it('keeps every label at 12 px or more where it is shown', async () => {
    for (const width of [1024, 1280, 1600]) {
      const { result } = await smallestLabel(width);
      if (result !== null) expect(result, `${width}px`).toBeGreaterThanOrEqual(12);
    }
    expect((await smallestLabel(1280)).result).not.toBeNull();
  });

  it('prints whole, with every box, on one A4 page', async () => {
    const tab = await env.browser.newPage();
    await tab.goto(env.server.origin + urls.reporting());
    const labels = await tab.$$eval('.report-diagram svg tspan', (ts) => ts.map((t) => t.textContent ?? ''));
    const file = join(work, 'bao-cao.pdf');
    await tab.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
    await tab.close();
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const text = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const page = Array.from({ length: pages }, (_, i) => i + 1).find((n) => text(n).includes('Sơ đồ do trang dựng'));
    expect(page).toBeDefined();
    const words = text(page ?? 1).replace(/\s+/g, ' ');
    for (const line of labels.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean))
      expect(words, line).toContain(line);
  });
});
