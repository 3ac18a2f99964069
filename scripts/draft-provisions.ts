/**
 * Drafts one provision file per paragraph of an official text, so that an
 * editor adding a new document starts from the text rather than a blank page.
 * The draft guesses labels, kinds and parents from the numbering; the editor
 * reviews every file before committing. Existing files are never overwritten.
 *
 * Usage: node scripts/draft-provisions.ts <source.txt> <document-id> <id-prefix> <out-dir>
 *        [--split-at <paragraph number where the second document begins> <second-document-id> <second-prefix>]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceParagraphs } from '../src/lib/content/source-text.ts';

const [sourcePath, documentId, prefix, outDir, flag, splitAt, secondDoc, secondPrefix] = process.argv.slice(2);
if (!sourcePath || !documentId || !prefix || !outDir) {
  console.error('Usage: node scripts/draft-provisions.ts <source.txt> <document-id> <id-prefix> <out-dir>');
  process.exit(1);
}

const paragraphs = sourceParagraphs(readFileSync(sourcePath, 'utf8'));
const roman = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s/;
const numbered = /^((?:\d+\.)+)\s*/;
const article = /^(Điều \d+\.)\s/;

let doc = documentId;
let pre = prefix;
let section = '';
const lastAtDepth: string[] = [];
let bulletCount = 0;
let paraCount = 0;
const bulletParent = { id: '' };

mkdirSync(outDir, { recursive: true });
paragraphs.forEach((text, index) => {
  const paragraph = index + 1;
  if (flag === '--split-at' && splitAt && paragraph === Number(splitAt)) {
    doc = secondDoc ?? doc;
    pre = secondPrefix ?? pre;
    section = '';
    lastAtDepth.length = 0;
  }
  let id = `${pre}-p${paragraph}`;
  let label: string | undefined;
  let kind = 'paragraph';
  let parent: string | undefined;
  const r = roman.exec(text);
  const n = numbered.exec(text);
  const a = article.exec(text);
  if (r?.[1]) {
    label = `${r[1]}.`;
    section = r[1].toLowerCase();
    id = `${pre}-${section}`;
    kind = 'section';
    lastAtDepth.length = 0;
    lastAtDepth[0] = id;
  } else if (n?.[1]) {
    label = n[1];
    const parts = n[1].split('.').filter(Boolean);
    id = [pre, section, ...parts].filter(Boolean).join('-');
    kind = 'item';
    parent = lastAtDepth[parts.length - 1];
    lastAtDepth[parts.length] = id;
    lastAtDepth.length = parts.length + 1;
    bulletCount = 0;
    paraCount = 0;
    bulletParent.id = id;
  } else if (a?.[1]) {
    label = a[1];
    id = `${pre}-art-${a[1].replace(/\D/g, '')}`;
    kind = 'article';
  } else if (/^-/.test(text) && bulletParent.id) {
    bulletCount += 1;
    id = `${bulletParent.id}-g${bulletCount}`;
    kind = 'bullet';
    parent = bulletParent.id;
  } else if (bulletParent.id) {
    paraCount += 1;
    id = `${bulletParent.id}-p${paraCount}`;
    parent = bulletParent.id;
  }
  const file = join(outDir, `${id}.yaml`);
  if (existsSync(file)) {
    console.error(`exists, left alone: ${file}`);
    return;
  }
  const lines = [
    `document: ${doc}`,
    `paragraph: ${paragraph}`,
    `kind: ${kind}`,
    ...(label ? [`label: ${JSON.stringify(label)}`] : []),
    ...(parent ? [`parent: ${parent}`] : []),
    `text: ${JSON.stringify(text)}`,
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
});
console.log(`drafted ${paragraphs.length} provisions in ${outDir}`);
