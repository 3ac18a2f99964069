import { describe, expect, it } from 'vitest';
import { dist } from './built-site.ts';
import { formatHtmlErrors, validateHtml, validator } from './gates/html.ts';
import { builtPages } from './gates/pages.ts';

describe('HTML of every built page', () => {
  it('has 0 errors from html-validate with its recommended rules', async () => {
    const report = await validateHtml(dist);
    expect(report.pages).toBe(builtPages(dist).length);
    expect(formatHtmlErrors(report.errors)).toEqual([]);
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
