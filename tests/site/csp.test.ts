import { describe, expect, it } from 'vitest';
import { dist } from './built-site.ts';
import { inlineCode } from './gates/csp.ts';
import { builtPages } from './gates/pages.ts';
import { CONTENT_SECURITY_POLICY } from '../../deploy/headers.ts';

const pages = builtPages(dist);

/** Every page loaded under the policy, served by nginx, is checked in every-page.test.ts. */
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
});
