import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type Message } from 'html-validate';
import config from '../../../.htmlvalidate.mjs';
import { builtPages } from './pages.ts';

export interface HtmlReport {
  pages: number;
  /** Errors per page path (pages without errors are left out). */
  errors: Map<string, Message[]>;
}

/** html-validate with the project's configuration (.htmlvalidate.mjs). */
export const validator = () => new HtmlValidate(config);

/** Runs html-validate, with the project's configuration, on every built page. */
export async function validateHtml(dist: string): Promise<HtmlReport> {
  const htmlvalidate = validator();
  const pages = builtPages(dist);
  const errors = new Map<string, Message[]>();
  for (const page of pages) {
    const report = await htmlvalidate.validateString(readFileSync(page.file, 'utf8'), page.file);
    const messages = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
    if (messages.length > 0) errors.set(page.path, messages);
  }
  return { pages: pages.length, errors };
}

/** One line per error, for a test failure or the audit. */
export const formatHtmlErrors = (errors: Map<string, Message[]>) =>
  [...errors].flatMap(([path, ms]) => ms.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));

/** The W3C Nu HTML Checker (vnu.jar from the `vnu-jar` package), run on Debian's Java. */
export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** One error the Nu HTML Checker reports. */
export interface NuError {
  file: string;
  line: number | undefined;
  message: string;
}

/**
 * Runs the Nu HTML Checker once (one JVM) over the given HTML files and
 * returns its errors. It catches what html-validate does not, such as
 * markup after </html>. Throws when Java or the checker cannot run.
 */
export function nuErrors(files: string[]): NuError[] {
  if (files.length === 0) return [];
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`The Nu HTML Checker could not start (java -jar ${VNU_JAR}): ${run.error.message}`);
  let report: { messages?: { type: string; url?: string; lastLine?: number; message: string }[] };
  try {
    report = JSON.parse(run.stderr) as typeof report;
  } catch {
    throw new Error(`The Nu HTML Checker gave no JSON report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  return (report.messages ?? [])
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url ? fileURLToPath(m.url) : '(no file)',
      line: m.lastLine,
      message: m.message,
    }));
}

/** Runs the Nu HTML Checker on every built page; errors per page path. */
export function nuValidate(dist: string): { pages: number; errors: Map<string, NuError[]> } {
  const pages = builtPages(dist);
  const pathOf = new Map(pages.map((p) => [resolve(p.file), p.path]));
  const errors = new Map<string, NuError[]>();
  for (const e of nuErrors(pages.map((p) => p.file))) {
    const path = pathOf.get(resolve(e.file)) ?? e.file;
    errors.set(path, [...(errors.get(path) ?? []), e]);
  }
  return { pages: pages.length, errors };
}

/** One line per Nu error, for a test failure or the audit. */
export const formatNuErrors = (errors: Map<string, NuError[]>) =>
  [...errors].flatMap(([path, es]) => es.map((e) => `${path}:${e.line ?? '?'} vnu: ${e.message}`));
