/**
 * Runs the quality gates' measurements on a built site outside the test
 * runner and prints a summary table, then the problems found. The checks
 * are the very functions the site tests call (tests/site/gates/).
 *
 * Usage: npm run audit [-- <dist>]   (default: dist, or DIST_DIR; build first)
 * Exits with 1 when any gate finds a problem.
 */
import { resolve } from 'node:path';
import { launchBrowser, serveDist, VIEWPORTS } from '../tests/site/browser.ts';
import { axePages, formatViolations, keyboardWalk } from '../tests/site/gates/a11y.ts';
import { consoleErrors, inlineCode } from '../tests/site/gates/csp.ts';
import { formatHtmlErrors, formatNuErrors, nuValidate, validateHtml } from '../tests/site/gates/html.ts';
import { checkLinks, formatBrokenLinks } from '../tests/site/gates/links.ts';
import { linkSpacingProblems } from '../tests/site/gates/spacing.ts';
import { servedPageProblems, startNginx } from '../tests/site/gates/nginx.ts';
import { builtPages, mayShipScript, onePerTemplate } from '../tests/site/gates/pages.ts';
import { printProblems } from '../tests/site/gates/print.ts';
import { foreignRequests } from '../tests/site/gates/requests.ts';
import { noJsProblems, scriptsOf } from '../tests/site/gates/scripts.ts';

const dist = resolve(process.argv[2] ?? process.env['DIST_DIR'] ?? 'dist');
const pages = builtPages(dist);
const paths = pages.map((p) => p.path);
const templates = onePerTemplate(pages);

interface Row {
  gate: string;
  checked: string;
  problems: string[];
  seconds: number;
}
const rows: Row[] = [];
async function gate(name: string, run: () => Promise<{ checked: string; problems: string[] }>) {
  const started = performance.now();
  process.stderr.write(`… ${name}\n`);
  const { checked, problems } = await run();
  rows.push({ gate: name, checked, problems, seconds: (performance.now() - started) / 1000 });
}

const browser = await launchBrowser();
const server = await serveDist(dist);
const nginx = await startNginx(dist);
try {
  await gate('Links', async () => {
    const r = checkLinks(dist);
    return {
      checked: `${r.checked} same-site URLs (${r.external} external not followed)`,
      problems: formatBrokenLinks(r.broken),
    };
  });
  await gate('HTML (html-validate)', async () => {
    const r = await validateHtml(dist);
    return { checked: `${r.pages} pages`, problems: formatHtmlErrors(r.errors) };
  });
  await gate('HTML (W3C Nu checker)', async () => {
    const r = nuValidate(dist);
    return { checked: `${r.pages} pages`, problems: formatNuErrors(r.errors) };
  });
  await gate('Spaces around links', async () => {
    const r = linkSpacingProblems(dist);
    return { checked: `${r.pages} pages`, problems: r.problems };
  });
  await gate('Accessibility (axe)', async () => {
    const v = await axePages(browser, server.origin, paths);
    return { checked: `${paths.length} pages × ${VIEWPORTS.length} viewports`, problems: formatViolations(v) };
  });
  await gate('Keyboard', async () => {
    const problems: string[] = [];
    let controls = 0;
    for (const viewport of VIEWPORTS)
      for (const { path } of templates) {
        const context = await browser.newContext({ viewport });
        const r = await keyboardWalk(await context.newPage(), server.origin, path);
        await context.close();
        controls += r.controls;
        const at = `${path} [${viewport.name}]`;
        if (r.skipLink) problems.push(`${at}: ${r.skipLink}`);
        problems.push(...r.unreached.map((c) => `${at}: not reached by Tab: ${c}`));
        problems.push(...r.noVisibleFocus.map((c) => `${at}: no visible focus: ${c}`));
      }
    return { checked: `${templates.length} templates × ${VIEWPORTS.length} viewports, ${controls} controls`, problems };
  });
  await gate('No JS needed to read', async () => ({
    checked: `${paths.length} pages, JS off`,
    problems: await noJsProblems(browser, server.origin, paths),
  }));
  await gate('0 bytes of JS (except search)', async () => {
    const plain = pages.filter((p) => !mayShipScript(p.path));
    return {
      checked: `${plain.length} pages`,
      problems: plain
        .map((p) => scriptsOf(dist, p))
        .filter((s) => s.inline > 0 || s.files.length > 0)
        .map((s) => `${s.page}: ${s.inline} inline scripts, ${s.files.length} script files (${s.fileBytes} B)`),
    };
  });
  await gate('No third party', async () => {
    const r = await foreignRequests(browser, server.origin, paths);
    return { checked: `${r.requests} requests`, problems: r.foreign.map((f) => `${f.page} → ${f.url}`) };
  });
  await gate('CSP: no inline code', async () => ({
    checked: `${pages.length} pages`,
    problems: pages.flatMap((p) => inlineCode(dist, p)),
  }));
  await gate('nginx headers', async () => ({
    checked: `${paths.length} pages`,
    problems: await servedPageProblems(nginx.origin, paths),
  }));
  await gate('Console under CSP (nginx)', async () => ({
    checked: `${paths.length} pages`,
    problems: await consoleErrors(browser, nginx.origin, paths),
  }));
  await gate('Print', async () => ({
    checked: `${paths.length} pages`,
    problems: await printProblems(browser, server.origin, paths),
  }));
} finally {
  await browser.close();
  await server.close();
  await nginx.stop();
}

const table = [
  ['Gate', 'Checked', 'Problems', 'Time'],
  ...rows.map((r) => [r.gate, r.checked, String(r.problems.length), `${r.seconds.toFixed(1)} s`]),
];
const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length))) ?? [];
const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
console.log(`\nAudit of ${dist}: ${pages.length} pages, ${templates.length} templates\n`);
console.log(line(table[0] ?? []));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));

// Axe violations per page, then every problem (at most 20 per gate).
const axeRow = rows.find((r) => r.gate.startsWith('Accessibility'));
if (axeRow && axeRow.problems.length > 0) {
  const perPage = new Map<string, number>();
  for (const p of axeRow.problems) {
    const page = p.split(' ')[0] ?? '';
    perPage.set(page, (perPage.get(page) ?? 0) + 1);
  }
  console.log('\nAxe violations per page:');
  for (const [page, n] of perPage) console.log(`  ${String(n).padStart(3)}  ${page}`);
}
for (const r of rows.filter((row) => row.problems.length > 0)) {
  console.log(`\n${r.gate}:`);
  for (const p of r.problems.slice(0, 20)) console.log(`  ${p}`);
  if (r.problems.length > 20) console.log(`  … and ${r.problems.length - 20} more`);
}
const total = rows.reduce((sum, r) => sum + r.problems.length, 0);
console.log(`\n${total === 0 ? 'All gates pass.' : `${total} problem(s).`}`);
process.exitCode = total === 0 ? 0 : 1;
