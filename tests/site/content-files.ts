import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import yaml from 'js-yaml';

/**
 * Reads a collection straight from its YAML and MDX files (content/, or the folder given), independently of the
 * site's own loading code, so tests compare the built pages with the data.
 */
export function readCollection<T = Record<string, unknown>>(
  folder: string,
  dir = join(import.meta.dirname, '../../content', folder),
): { id: string; data: T; body: string }[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ya?ml|mdx)$/.test(f));
  return files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    // An .mdx entry's data is its frontmatter; its body is the site's explanation.
    const [, front = '', body = ''] = f.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? []) : [];
    return { id: basename(f, extname(f)), data: yaml.load(f.endsWith('.mdx') ? front : text) as T, body };
  });
}
