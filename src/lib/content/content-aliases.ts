import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import yaml from 'js-yaml';
import { mentionAliases, type MentionTarget } from './mention-aliases.ts';
import type { AliasTarget } from './mentions.ts';

/** Reads the `aliases` of every entry of a collection folder; the id is the file name. */
function readAliased(dir: string) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ya?ml|mdx)$/.test(f))
    .map((f) => ({ id: basename(f, extname(f)), data: { aliases: aliasesIn(join(dir, f)) } }));
}

/**
 * The string aliases of one file. A file that does not parse, or a malformed
 * list, is skipped here: the content loader then stops the build with an
 * error naming the file and field, which this early read must not pre-empt.
 */
function aliasesIn(file: string): string[] {
  let data: unknown;
  try {
    data = yaml.load(frontmatterOf(readFileSync(file, 'utf8'), file));
  } catch {
    return [];
  }
  const aliases = (data as { aliases?: unknown } | null)?.aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
}

/** The YAML of an entry file: the whole of a .yaml file, the frontmatter of an .mdx file. */
export function frontmatterOf(text: string, file: string): string {
  if (!file.endsWith('.mdx')) return text;
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return match?.[1] ?? '';
}

/**
 * The mention aliases, read straight from the content's YAML. Used where
 * `astro:content` is not available yet: the Markdown pipeline, configured in
 * astro.config.mjs before the collections load.
 */
export function loadMentionAliases(contentDir: string): AliasTarget<MentionTarget>[] {
  return mentionAliases({
    bodies: readAliased(join(contentDir, 'bodies')),
    legalReferences: readAliased(join(contentDir, 'legal-references')),
    glossary: readAliased(join(contentDir, 'glossary')),
  });
}

/**
 * The ids of every entry, by collection, read from the file names of
 * content/ (the id is the file name): what explanations' components may name,
 * checked when the MDX is compiled, before the collections load.
 */
export function loadContentIds(contentDir: string): Record<string, Set<string>> {
  const folders: Record<string, string> = {
    provisions: 'provisions',
    bodies: 'bodies',
    glossary: 'glossary',
    tasks: 'tasks',
    objectives: 'objectives',
    milestones: 'milestones',
    parts: 'parts',
  };
  return Object.fromEntries(
    Object.entries(folders).map(([collection, folder]) => {
      const dir = join(contentDir, folder);
      const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : [];
      return [collection, new Set(files.filter((f) => /\.(ya?ml|mdx)$/.test(f)).map((f) => basename(f, extname(f))))];
    }),
  );
}
