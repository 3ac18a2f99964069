import type { ContentProblem, RawEntry } from './integrity.ts';
import { mentionAliases } from './mention-aliases.ts';
import { findMentions } from './mentions.ts';

/**
 * Checks that every role is read from the words of its clause: the clause
 * names the body, the words that narrow who it binds occur in it, a reading
 * says why, and no body a duty-giving clause names is left without a role
 * or a stated reason. What a schema cannot see, named by file, field, value.
 */

/** Paragraph kinds that give duties: every body they name needs a role or a reason. */
export const DUTY_KINDS = new Set(['article', 'item', 'bullet', 'paragraph', 'closing']);

interface Ref {
  collection: string;
  id: string;
}
/** One relation read from a clause: a role in a task or milestone, or a link in the structure of bodies. */
interface SourcedRelation {
  entry: RawEntry;
  field: string;
  body: string;
  source?: string | undefined;
  scope: string[];
  interpretation?: string | undefined;
  isRole: boolean;
  /** For a structural link: the other body, whose name may stand in the clause instead. */
  other?: string | undefined;
}

const idOf = (v: unknown) => (v as Ref | undefined)?.id;
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

/** Every body-role and body-structure relation in the content, with where it is written. */
function relationsOf(entries: RawEntry[]): SourcedRelation[] {
  const out: SourcedRelation[] = [];
  for (const entry of entries) {
    if (entry.collection === 'tasks' || entry.collection === 'milestones')
      list(entry.data['bodies']).forEach((b, i) =>
        out.push({
          entry,
          field: `bodies[${i}]`,
          body: idOf(b['body']) ?? '',
          source: idOf(b['source']),
          scope: (b['scope'] as string[] | undefined) ?? [],
          interpretation: b['interpretation'] as string | undefined,
          isRole: true,
        }),
      );
    if (entry.collection === 'bodies')
      list(entry.data['parents']).forEach((p, i) =>
        out.push({
          entry,
          field: `parents[${i}]`,
          body: entry.id,
          other: idOf(p['body']),
          source: idOf(p['source']),
          scope: [],
          interpretation: p['interpretation'] as string | undefined,
          isRole: false,
        }),
      );
  }
  return out;
}

export function checkRoles(entries: RawEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const of = (collection: string) => entries.filter((e) => e.collection === collection);
  const provisions = new Map(of('provisions').map((p) => [p.id, p]));
  const bodies = new Map(of('bodies').map((b) => [b.id, b]));
  const textOf = (id: string | undefined) => String(provisions.get(id ?? '')?.data['text'] ?? '').normalize('NFC');
  const aliasesOf = (id: string | undefined) =>
    ((bodies.get(id ?? '')?.data['aliases'] as string[] | undefined) ?? []).map((a) => a.normalize('NFC'));
  const relations = relationsOf(entries);

  for (const r of relations) {
    if (r.source === undefined) {
      if (r.interpretation === undefined)
        problems.push({
          file: r.entry.filePath,
          field: `${r.field}.source`,
          value: r.other ?? r.body,
          message:
            'a link with no clause that states it must be marked as the editors\' reading, with its reason ("interpretation")',
        });
      continue;
    }
    if (!provisions.has(r.source) || !bodies.has(r.body)) continue; // unknown ids are reported elsewhere
    const text = textOf(r.source);
    const names = [...aliasesOf(r.body), ...aliasesOf(r.other)];
    if (!names.some((n) => text.includes(n)))
      problems.push({
        file: r.entry.filePath,
        field: `${r.field}.source`,
        value: r.source,
        message: `this provision does not name «${r.other ?? r.body}» by any of its aliases (${names.map((n) => `«${n}»`).join(', ')}), so it cannot be the clause that gives this ${r.isRole ? 'role' : 'link'}`,
      });
    r.scope.forEach((words, i) => {
      if (!text.includes(words.normalize('NFC')))
        problems.push({
          file: r.entry.filePath,
          field: `${r.field}.scope[${i}]`,
          value: words,
          message: `these words do not occur in provision ${r.source}, the clause the role is read from`,
        });
    });
  }

  // A proposal («Xét đề nghị của …») is read from a clause that names who proposed it.
  for (const d of of('documents')) {
    const proposal = d.data['proposal'] as { by?: Ref; source?: Ref } | undefined;
    if (!proposal?.by || !proposal.source || !provisions.has(proposal.source.id)) continue;
    const names = aliasesOf(proposal.by.id);
    if (!names.some((n) => textOf(proposal.source?.id).includes(n)))
      problems.push({
        file: d.filePath,
        field: 'proposal.source',
        value: proposal.source.id,
        message: `this provision does not name «${proposal.by.id}», who the document says proposed it`,
      });
  }

  // Coverage: a body named in a clause that gives duties has a role read from that clause, or a reason why not.
  const aliases = mentionAliases({
    bodies: of('bodies').map((b) => ({ id: b.id, data: { aliases: (b.data['aliases'] as string[]) ?? [] } })),
    legalReferences: of('legalReferences').map((e) => ({
      id: e.id,
      data: { aliases: (e.data['aliases'] as string[]) ?? [] },
    })),
    glossary: of('glossary').map((e) => ({ id: e.id, data: { aliases: (e.data['aliases'] as string[]) ?? [] } })),
  });
  const rolesFrom = new Map<string, Set<string>>();
  for (const r of relations.filter((x) => x.isRole && x.source))
    rolesFrom.set(r.source as string, (rolesFrom.get(r.source as string) ?? new Set()).add(r.body));

  for (const p of provisions.values()) {
    const named = new Map<string, string>();
    for (const m of findMentions(textOf(p.id), aliases))
      if (m.target.collection === 'bodies' && !named.has(m.target.id))
        named.set(m.target.id, textOf(p.id).slice(m.start, m.end));
    const withRole = rolesFrom.get(p.id) ?? new Set<string>();
    const excused = list(p.data['mentionedWithoutDuty']);
    excused.forEach((x, i) => {
      const body = idOf(x['body']) ?? '';
      if (!named.has(body))
        problems.push({
          file: p.filePath,
          field: `mentionedWithoutDuty[${i}].body`,
          value: body,
          message: 'this provision does not name this body, so it cannot be listed as named without a duty',
        });
      else if (withRole.has(body))
        problems.push({
          file: p.filePath,
          field: `mentionedWithoutDuty[${i}].body`,
          value: body,
          message: 'this body has a role read from this provision, so it is not named without a duty',
        });
    });
    if (!DUTY_KINDS.has(String(p.data['kind']))) continue;
    const excusedIds = new Set(excused.map((x) => idOf(x['body'])));
    for (const [body, words] of named)
      if (!withRole.has(body) && !excusedIds.has(body))
        problems.push({
          file: p.filePath,
          field: 'mentionedWithoutDuty',
          value: body,
          message: `the provision names «${words}» but no task or milestone gives this body a role read from it; add the role, or list the body under mentionedWithoutDuty with the reason it has no duty here`,
        });
  }
  return problems;
}
