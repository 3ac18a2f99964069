import { describe, expect, it } from 'vitest';
import { isSaved, offlineManifest, urlOf } from '../../src/lib/offline/offline-manifest.ts';
import { formatBytes, offlineStatus } from '../../src/lib/offline/offline-state.ts';
import { itReturns } from './table.ts';

const file = (path: string, text = path) => ({ path, data: new TextEncoder().encode(text) });

describe('offline manifest', () => {
  it('saves pages, assets and the search index, not data downloads or the worker', () => {
    for (const p of ['index.html', '_astro/a.css', '_astro/b.js', 'favicon.svg', 'pagefind/pagefind-entry.json'])
      expect(isSaved(p), p).toBe(true);
    for (const p of ['du-lieu/json/all.json', 'du-lieu/nhiem-vu.csv', 'lich/ke-hoach.ics', 'du-lieu/akn/qd.xml'])
      expect(isSaved(p), p).toBe(false);
    for (const p of ['sw.js', 'offline-manifest.json', 'index.html.gz', '_headers']) expect(isSaved(p), p).toBe(false);
  });

  itReturns('serves index.html files at their folder’s URL', urlOf, [
    ['index.html', '/'],
    ['van-ban/qd/index.html', '/van-ban/qd/'],
    ['404.html', '/404.html'],
  ]);

  it('lists files with sizes and a version that changes with any saved file, and only with those', () => {
    const [page, css, csv] = [file('index.html', 'a'), file('_astro/x.css', 'bb'), file('du-lieu/nhiem-vu.csv', 'ccc')];
    const m = offlineManifest([page, css, csv], '2024-05-01');
    expect(m.files).toEqual([
      { url: '/_astro/x.css', bytes: 2 },
      { url: '/', bytes: 1 },
    ]);
    expect(m.bytes).toBe(3);
    expect(offlineManifest([csv, css, page], '2024-06-01').version).toBe(m.version);
    expect(offlineManifest([page, css, file('du-lieu/nhiem-vu.csv', 'changed')], 'x').version).toBe(m.version);
    expect(offlineManifest([file('index.html', 'A'), css, csv], 'x').version).not.toBe(m.version);
  });
});

describe('offline page status', () => {
  const m = (version: string) => ({
    version,
    generated: '2024-05-01',
    files: [{ url: '/', bytes: 1_800_000 }],
    bytes: 1_800_000,
  });

  it('writes sizes the Vietnamese way', () => {
    expect(formatBytes(1_840_000)).toBe('1,8 MB');
    expect(formatBytes(12_300)).toBe('12 kB');
  });

  it('offers to save when nothing is saved, to update when the site changed, to save again otherwise', () => {
    expect(offlineStatus(undefined, m('a'))).toMatchObject({
      action: 'Lưu trang để đọc khi không có mạng',
      size: 'Cần lưu 1 tệp, khoảng 1,8 MB.',
    });
    expect(offlineStatus({ version: 'a', manifest: m('a') }, m('b')).action).toBe('Cập nhật bản đã lưu');
    expect(offlineStatus({ version: 'a', manifest: m('a') }, m('a')).message).toContain('Đây là bản mới nhất');
    expect(offlineStatus({ version: 'a', manifest: m('a') }, m('a')).message).toContain('01/05/2024');
  });

  it('offers nothing it cannot do without a network', () => {
    expect(offlineStatus(undefined, undefined).action).toBe('');
    expect(offlineStatus({ version: 'a', manifest: m('a') }, undefined)).toMatchObject({ action: '' });
  });
});
