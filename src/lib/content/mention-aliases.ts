import type { AliasTarget } from './mentions.ts';

/** What a mention in the text points at. */
export type MentionTarget =
  | { collection: 'bodies'; id: string }
  | { collection: 'legalReferences'; id: string }
  | { collection: 'glossary'; id: string };

/** An entry with the spellings the text uses for it. */
interface Aliased {
  id: string;
  data: { aliases: string[] };
}

/**
 * The aliases mentions are found by: every spelling of every body, cited
 * document and glossary term. The reader (through `corpus()`) and the rehype
 * plugin for Markdown both build their list here, so they link alike.
 */
export function mentionAliases(entries: {
  bodies: Aliased[];
  legalReferences: Aliased[];
  glossary: Aliased[];
}): AliasTarget<MentionTarget>[] {
  const of = (collection: MentionTarget['collection'], list: Aliased[]) =>
    list.flatMap((e) => e.data.aliases.map((alias) => ({ alias, target: { collection, id: e.id } })));
  return [
    ...of('bodies', entries.bodies),
    ...of('legalReferences', entries.legalReferences),
    ...of('glossary', entries.glossary),
  ];
}
