import { describe, expect, it } from 'vitest';
import { dist } from './built-site.ts';
import { builtPages } from './gates/pages.ts';
import { linkSpacingProblems, linkSpacingProblemsIn } from './gates/spacing.ts';

const html = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;

describe('spaces around links on every built page', () => {
  it('no word or separator touches a link without the space the sentence needs', () => {
    const report = linkSpacingProblems(dist);
    expect(report.pages).toBe(builtPages(dist).length);
    expect(report.problems).toEqual([]);
  });
});

describe('the spacing check', () => {
  it('finds a separator or a word glued to a link, before or after it, across inline elements', () => {
    expect(
      linkSpacingProblemsIn(
        html(
          '<p><a href="/">Trang chủ</a> ·<a href="/b/">Dữ liệu mở</a></p>' +
            '<p>(từ<a href="/c/">danh sách cơ quan</a>)</p>' +
            '<p>Xem thêm<em><a href="/d/">ma trận</a></em>.</p>' +
            '<p><a href="/e/">Tài liệu in</a>· Đọc</p>' +
            '<p>Hạn:<a href="/f/">quý I</a></p>',
        ),
      ).map((p) => p.replace(/:.*\(link «(.*)»\)$/, ' $1')),
    ).toEqual([
      'no space before Dữ liệu mở',
      'no space before danh sách cơ quan',
      'no space before ma trận',
      'no space after Tài liệu in',
      'no space before quý I',
    ]);
  });

  it('accepts spaces, brackets and closing punctuation, block boundaries, and the official words as printed', () => {
    expect(
      linkSpacingProblemsIn(
        html(
          '<p><a href="/">Trang chủ</a> · <a href="/b/">Tìm kiếm</a>, «<a href="/c/">một cửa</a>» (<a href="/d/">x</a>).</p>' +
            '<ul><li><a href="/e/">Văn bản</a></li><li><a href="/f/">Mục tiêu</a></li></ul>' +
            '<p>Tên<br><a href="/g/">mới</a></p>' +
            '<p><span class="prov-text"><a href="#k">3.2.</a>Trong quý I</span></p>',
        ),
      ),
    ).toEqual([]);
  });
});
