import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dist } from './built-site.ts';
import { formatHtmlErrors, formatNuErrors, nuErrors, nuValidate, validateHtml, validator } from './gates/html.ts';
import { builtPages } from './gates/pages.ts';

describe('HTML of every built page', () => {
  it('has 0 errors from html-validate with its recommended rules', async () => {
    const report = await validateHtml(dist);
    expect(report.pages).toBe(builtPages(dist).length);
    expect(formatHtmlErrors(report.errors)).toEqual([]);
  });

  it('has 0 errors from the W3C Nu HTML Checker', () => {
    const report = nuValidate(dist);
    expect(report.pages).toBe(builtPages(dist).length);
    expect(formatNuErrors(report.errors)).toEqual([]);
  });

  it('is checked by a validator that catches duplicate ids and images without alt text', async () => {
    const report = await validator().validateString(
      '<!DOCTYPE html><html lang="vi"><head><title>t</title></head><body><main><p id="x">a</p><p id="x">b</p><img src="/x.png"></main></body></html>',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('wcag/h37');
  });
});

describe('the Nu HTML Checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-vnu-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a script after </html> (which html-validate lets pass) and passes a valid page', async () => {
    const page = (after: string) =>
      `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body><p>a</p></body></html>${after}`;
    const bad = join(dir, 'bad.html');
    const good = join(dir, 'good.html');
    writeFileSync(bad, page('<script type="module" src="/x.js"></script>'));
    writeFileSync(good, page(''));
    const errors = nuErrors([bad, good]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file === bad)).toBe(true);
    expect(errors.map((e) => e.message).join(' ')).toMatch(/Stray start tag “script”/);
    const hv = await validator().validateString(page('<script type="module" src="/x.js"></script>'));
    expect(hv.results.flatMap((r) => r.messages).filter((m) => m.severity === 2)).toEqual([]);
  });
});
