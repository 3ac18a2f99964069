import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import yaml from 'js-yaml';
import { mentionAliases, type MentionTarget } from './mention-aliases.ts';
import type { AliasTarget } from './mentions.ts';

/** Reads the `aliases` of every entry of a collection folder; the id is the file name. */
function readAliased(dir: string) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
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
    data = yaml.load(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const aliases = (data as { aliases?: unknown } | null)?.aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
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
