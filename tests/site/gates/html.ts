import { readFileSync } from 'node:fs';
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
