import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeMentions, { type HastNode } from '../../src/lib/content/rehype-mentions.ts';
import { loadMentionAliases } from '../../src/lib/content/content-aliases.ts';
import { mentionAliases } from '../../src/lib/content/mention-aliases.ts';

const aliases = mentionAliases({
  bodies: [
    { id: 'so-noi-vu', data: { aliases: ['Sở Nội vụ'] } },
    { id: 'bcd', data: { aliases: ['Ban Chỉ đạo', 'Ban Chỉ đạo cải cách hành chính của tỉnh'] } },
  ],
  legalReferences: [{ id: 'qd-94', data: { aliases: ['Quyết định số 94/2006/QĐ-TTg'] } }],
  glossary: [{ id: 'mot-cua', data: { aliases: ['một cửa'] } }],
});

async function render(markdown: string) {
  const processor = await createMarkdownProcessor({ rehypePlugins: [[rehypeMentions, { aliases }]] });
  return (await processor.render(markdown)).code;
}

describe('rehypeMentions', () => {
  it('links bodies, cited documents and terms in Markdown, longest alias first', async () => {
    const html = await render('Ban Chỉ đạo cải cách hành chính của tỉnh giao **Sở Nội vụ** thực hiện cơ chế một cửa.');
    expect(html).toContain('<a href="/co-quan/bcd/">Ban Chỉ đạo cải cách hành chính của tỉnh</a>');
    expect(html).toContain('<strong><a href="/co-quan/so-noi-vu/">Sở Nội vụ</a></strong>');
    expect(html).toContain('<a href="/thuat-ngu/mot-cua/">một cửa</a>');
  });

  it('leaves links and code alone', async () => {
    const html = await render('[Sở Nội vụ](/khac/) và `Quyết định số 94/2006/QĐ-TTg`');
    expect(html).toContain('<a href="/khac/">Sở Nội vụ</a>');
    expect(html).toContain('<code>Quyết định số 94/2006/QĐ-TTg</code>');
    expect(html).not.toContain('/van-ban-dan-chieu/');
  });

  it('keeps every character of the text', () => {
    const tree: HastNode = { type: 'root', children: [{ type: 'text', value: 'Xem Quyết định số 94/2006/QĐ-TTg.' }] };
    rehypeMentions({ aliases })(tree);
    const text = (n: HastNode): string => n.value ?? (n.children ?? []).map(text).join('');
    expect(text(tree)).toBe('Xem Quyết định số 94/2006/QĐ-TTg.');
    expect(tree.children?.[1]?.properties).toEqual({ href: '/van-ban-dan-chieu/qd-94/' });
  });
});

describe('loadMentionAliases', () => {
  it('reads every alias of the content folders, with the file name as id', () => {
    const loaded = loadMentionAliases(join(import.meta.dirname, '../fixtures/mini-content'));
    expect(loaded).toContainEqual({ alias: 'Sở Thử nghiệm', target: { collection: 'bodies', id: 'so-thu-nghiem' } });
    expect(loaded).toContainEqual({ alias: 'thử nghiệm', target: { collection: 'glossary', id: 'thu-nghiem' } });
    expect(loaded).toContainEqual({ alias: 'QUYẾT ĐỊNH', target: { collection: 'legalReferences', id: 'khong-co' } });
  });

  it('skips a file that does not parse, leaving the error to the content loader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
    try {
      mkdirSync(join(dir, 'bodies'));
      writeFileSync(join(dir, 'bodies/hong.yaml'), 'aliases: [khong dong');
      writeFileSync(join(dir, 'bodies/tot.yaml'), 'aliases:\n  - Sở Tốt\n');
      expect(loadMentionAliases(dir)).toEqual([{ alias: 'Sở Tốt', target: { collection: 'bodies', id: 'tot' } }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rehypeMentions in explanations', () => {
  it('never links inside a component that is itself a link, and counts it as the mention', () => {
    const tree: HastNode = {
      type: 'root',
      children: [
        {
          type: 'mdxJsxTextElement',
          name: 'EntryLink',
          attributes: [
            { name: 'collection', value: 'bodies' },
            { name: 'id', value: 'so' },
          ],
          children: [{ type: 'text', value: 'Sở Thử' }],
        },
        { type: 'text', value: ' và Sở Thử.' },
      ],
    };
    rehypeMentions({ aliases: [{ alias: 'Sở Thử', target: { collection: 'bodies', id: 'so' } }] })(tree);
    expect(JSON.stringify(tree)).not.toContain('"tagName":"a"');
  });
});
