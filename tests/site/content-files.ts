import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import yaml from 'js-yaml';

/**
 * Reads a collection straight from its YAML files, independently of the
 * site's own loading code, so tests compare the built pages with the data.
 */
export function readCollection<T = Record<string, unknown>>(folder: string): { id: string; data: T }[] {
  const dir = join(import.meta.dirname, '../../content', folder);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
  return files.map((f) => ({ id: basename(f, extname(f)), data: yaml.load(readFileSync(join(dir, f), 'utf8')) as T }));
}
