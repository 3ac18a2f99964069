import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseParagraph, sourceParagraphs } from '../../src/lib/content/source-text.ts';

describe('sourceParagraphs', () => {
  it('keeps non-blank lines, trimmed and NFC-normalised, in order', () => {
    const decomposed = 'Uy\u0309 ban'; // «Uỷ» written with a combining hook above
    expect(sourceParagraphs(` A \n\n${decomposed}\r\n\u00a0\n`)).toEqual(['A', 'Uỷ ban']);
  });

  it('finds the 104 paragraphs of the official text', () => {
    const text = readFileSync('content/sources/qd-26-2007-qd-ubnd.txt', 'utf8');
    const paragraphs = sourceParagraphs(text);
    expect(paragraphs).toHaveLength(104);
    expect(paragraphs[0]).toBe('QUYẾT ĐỊNH');
    expect(paragraphs.at(-1)).toMatch(/^Các thành viên Ban Chỉ đạo/);
  });

  it('normalises one paragraph the same way', () => {
    expect(normaliseParagraph('  KẾ HOẠCH ')).toBe('KẾ HOẠCH');
  });
});
