import type { Plugin } from 'vite';

/**
 * Prints absolute link URLs on paper: print.css declares `--print-origin: ''`
 * and this Vite plugin fills in the site's origin at build time, so that
 * `content: var(--print-origin) attr(href)` reads «https://site/path/».
 * CSS cannot read the configured site URL itself, and an inline style
 * would need 'unsafe-inline' in the Content-Security-Policy.
 */
export function printOrigin(site: string | undefined): Plugin {
  // Without a public address, printed links stay root-relative (the declaration keeps its empty origin).
  const origin = site ? new URL(site).origin : '';
  return {
    name: 'print-origin',
    transform(code, id) {
      if (!/[\\/]src[\\/]styles[\\/]print\.css$/.test(id.split('?')[0] ?? '')) return undefined;
      const declaration = "--print-origin: '';";
      if (!code.includes(declaration)) throw new Error(`${id}: expected «${declaration}» to fill in the site origin`);
      return { code: code.replace(declaration, `--print-origin: ${JSON.stringify(origin)};`), map: null };
    },
  };
}
