import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/dates/build-date.ts';
import { corpus } from '../../lib/content/corpus.ts';
import { formatDay } from '../../lib/dates/dates.ts';
import { LICENCE } from '../../lib/open-data/open-data.ts';
import { dataFiles } from '../../lib/open-data/open-data-files.ts';
import { urls } from '../../lib/site/urls.ts';
import { publicUrl } from '../../lib/site/site.ts';

/** A plain-text note beside the files: what each holds, its columns, the licence and the build date. */
export const GET: APIRoute = async ({ site }) => {
  const c = await corpus();
  const abs = (path: string) => publicUrl(path, site);
  const lines = [
    'DỮ LIỆU MỞ — KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH TỈNH BẮC KẠN 2006 - 2010',
    '',
    `Trang: ${abs(urls.openData())}`,
    `Ngày tạo các tệp: ${formatDay(buildDate())} (${buildDate()})`,
    `Nguồn: ${c.publications.map((p) => c.documentCitation(p.root.id)).join('; ')}`,
    '',
    'GIẤY PHÉP',
    LICENCE.officialText,
    `${LICENCE.site} ${LICENCE.url}`,
    '',
    'CSV: UTF-8 có BOM, xuống dòng CRLF, dấu phẩy phân cách, dòng đầu là tên cột.',
    'JSON: khối "meta" (địa chỉ, lược đồ, nguồn, giấy phép, ngày tạo) và các mục; liên kết là mã của mục khác.',
    '',
    ...dataFiles(c).flatMap((group) => [
      group.title.toUpperCase(),
      ...group.files.flatMap((f) => [
        `- ${f.title} (${f.format}): ${abs(f.url)}`,
        `  ${f.description}`,
        ...(f.schema ? [`  Lược đồ: ${abs(f.schema)}`] : []),
        ...(f.columns ? [`  Các cột: ${f.columns.join(' | ')}`] : []),
      ]),
      '',
    ]),
  ];
  return new Response(`${lines.join('\r\n')}\r\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
