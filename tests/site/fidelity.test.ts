import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseParagraph, sourceParagraphs } from '../../src/lib/content/source-text.ts';
import { page } from './built-site.ts';

const root = join(import.meta.dirname, '../..');
const copy = join(root, 'content/sources/qd-26-2007-qd-ubnd.txt');
const canonical = join(root, '../shared/source/qd-26-2007-qd-ubnd.txt');

describe('the official text', () => {
  it.runIf(existsSync(canonical))('is a byte-for-byte copy of the canonical source in ../shared', () => {
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(canonical, 'utf8'));
  });

  it('is shown on the reader page exactly: every paragraph, in order, nothing added', () => {
    const expected = sourceParagraphs(readFileSync(existsSync(canonical) ? canonical : copy, 'utf8'));
    const doc = page('/van-ban/qd-26-2007-qd-ubnd/');
    const region = doc.querySelector('[data-official-text]');
    expect(region).not.toBeNull();
    const shown = [...(region as Element).querySelectorAll('.prov-text')].map((el) =>
      normaliseParagraph(el.textContent ?? ''),
    );
    expect(shown).toHaveLength(104);
    expect(shown).toEqual(expected);
  });

  it('adds nothing to the region but marked site additions (anchors, citations, notes)', () => {
    const region = page('/van-ban/qd-26-2007-qd-ubnd/').querySelector('[data-official-text]') as Element;
    const stray: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (el.classList.contains('prov-text') || el.hasAttribute('data-site-addition')) return;
        node.childNodes.forEach(walk);
      } else if (node.nodeType === 3 && (node.textContent ?? '').trim()) stray.push((node.textContent ?? '').trim());
    };
    walk(region);
    expect(stray).toEqual([]);
  });

  it('shows the quirks as printed', () => {
    const text = page('/van-ban/qd-26-2007-qd-ubnd/').querySelector('[data-official-text]')?.textContent ?? '';
    for (const quirk of ['Căn Luật Ban hành', '3.2.Trong quý I', 'các các sở, ngành', 'Sở Kế hoạch Đầu tư', 'Uỷ ban'])
      expect(text).toContain(quirk);
  });
});
