/**
 * Synthetic content for the scale benchmark: a copy of content/ plus N
 * plan-sized documents modelled on the real plan (same paragraphs, kinds,
 * labels and nesting), each with its own source text, document entry and
 * provisions, so that every integrity check still holds.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

interface ProvisionData {
  document: string;
  paragraph: number;
  kind: string;
  label?: string;
  parent?: string;
  text: string;
  note?: string;
}

/** Every YAML entry of a collection folder (sub-folders included), by id. */
function readEntries<T>(dir: string): Map<string, T> {
  const entries = new Map<string, T>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile() && /\.ya?ml$/.test(e.name))
      entries.set(e.name.replace(/\.ya?ml$/, ''), yaml.load(readFileSync(join(e.parentPath, e.name), 'utf8')) as T);
  return entries;
}

/** The real plan the synthetic ones copy: the document issued with another (the decision's plan). */
function modelPlan(content: string) {
  const documents = readEntries<Record<string, unknown>>(join(content, 'documents'));
  const [planId, plan] = [...documents].find(([, d]) => d['issuedWith']) ?? [];
  if (!planId || !plan) throw new Error(`${content}/documents: no plan (a document with issuedWith) to model`);
  const provisions = [...readEntries<ProvisionData>(join(content, 'provisions'))]
    .filter(([, p]) => p.document === planId)
    .sort(([, a], [, b]) => a.paragraph - b.paragraph);
  // A root document needs the day it was signed: the synthetic plans take the decision's.
  const decision = documents.get((plan['issuedWith'] as { document: string }).document);
  const signed = decision?.['signed'] as { date: string; source: string } | undefined;
  return { planId, plan, provisions, signed };
}

/** Writes `target` as a copy of `content` plus `n` synthetic plans; returns their document ids. */
export function writeSyntheticContent(content: string, target: string, n: number): string[] {
  rmSync(target, { recursive: true, force: true });
  cpSync(content, target, { recursive: true });
  const { plan, provisions, signed } = modelPlan(content);
  const ownIds = new Set(provisions.map(([id]) => id));
  const ids: string[] = [];
  mkdirSync(join(target, 'provisions/synthetic'), { recursive: true });
  mkdirSync(join(target, 'documents/synthetic'), { recursive: true });
  for (let i = 1; i <= n; i++) {
    const id = `ke-hoach-thu-nghiem-${String(i).padStart(3, '0')}`;
    const pid = (original: string) => `tn${i}-${original}`;
    ids.push(id);
    writeFileSync(join(target, `sources/${id}.txt`), `${provisions.map(([, p]) => p.text).join('\n\n')}\n`);
    const source = (field: unknown) => pid(String((field as { source: string }).source));
    const period = plan['period'] as { from: number; to: number; source: string } | undefined;
    const doc = {
      type: plan['type'],
      title: `Kế hoạch thử nghiệm số ${i} (dữ liệu sinh ra để đo hiệu năng)`,
      shortTitle: `Kế hoạch thử nghiệm ${i}`,
      issuer: { body: (plan['issuer'] as { body: string }).body, source: source(plan['issuer']) },
      ...(period ? { period: { from: period.from, to: period.to, source: source(period) } } : {}),
      ...(signed
        ? {
            signed: {
              date: signed.date,
              source: pid(ownIds.has(signed.source) ? signed.source : (provisions[0]?.[0] ?? '')),
            },
          }
        : {}),
      sourceFile: `sources/${id}.txt`,
      order: 0,
    };
    writeFileSync(join(target, `documents/synthetic/${id}.yaml`), yaml.dump(doc));
    provisions.forEach(([originalId, p], k) => {
      const copy: ProvisionData = {
        document: id,
        paragraph: k + 1,
        kind: p.kind,
        ...(p.label ? { label: p.label } : {}),
        ...(p.parent ? { parent: pid(p.parent) } : {}),
        text: p.text,
      };
      writeFileSync(join(target, `provisions/synthetic/${pid(originalId)}.yaml`), yaml.dump(copy));
    });
  }
  return ids;
}
