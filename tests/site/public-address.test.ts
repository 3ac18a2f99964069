import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from './built-site.ts';

/**
 * SITE_URL is the one setting for the public address. A build without it
 * (as this one) writes root-relative addresses, and never a made-up host,
 * into pages, printed pages' styles, calendar files, CSV, JSON or XML.
 */
const TEXT = /\.(html|css|js|json|csv|ics|xml|txt|svg|webmanifest)$/;

describe('the public address', () => {
  it('is not set for the test build, so nothing may name a local host', () => {
    expect(process.env['SITE_URL'] ?? '').toBe('');
  });

  it('appears nowhere as localhost or 127.0.0.1', () => {
    const files = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => TEXT.test(f));
    expect(files.length).toBeGreaterThan(100);
    const found = files.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(join(dist, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
