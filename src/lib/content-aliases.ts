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
    .map((f) => {
      const data = yaml.load(readFileSync(join(dir, f), 'utf8')) as { aliases?: unknown } | null;
      // A malformed list is left to the content schema, whose error names the file and field.
      const aliases = Array.isArray(data?.aliases) ? data.aliases.filter((a) => typeof a === 'string') : [];
      return { id: basename(f, extname(f)), data: { aliases } };
    });
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
