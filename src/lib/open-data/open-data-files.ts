import { COLLECTIONS, type CollectionName } from '../../schemas/reference.ts';
import { describePlanDate } from '../dates/plan-dates.ts';
import { buildDate } from '../dates/build-date.ts';
import type { Corpus } from '../content/corpus.ts';
import { ALL_FILE, COLLECTION_FILES, LICENCE, type FileMeta } from './open-data.ts';
import { DUTY_COLUMNS, RESPONSIBILITY_COLUMNS, TASK_COLUMNS, type CsvLookups } from './open-data-csv.ts';
import { CSV_COLUMNS as DEADLINE_COLUMNS } from './deadlines-csv.ts';
import type { Relations } from '../relations/relations.ts';
import { urls } from '../site/urls.ts';
import { publicUrl } from '../site/site.ts';

/**
 * The open-data files as the site publishes them: which files there are
 * (for the data page and the README), and what the endpoints fill them from.
 */

/** How each collection is named and explained on the data page. */
export const COLLECTION_INFO: Record<CollectionName, { title: string; description: string }> = {
  documents: {
    title: 'Văn bản',
    description:
      'Quyết định và Kế hoạch: loại, tên, số hiệu, ngày ký, cơ quan ban hành, căn cứ, thời kỳ, tệp nguyên văn.',
  },
  provisions: {
    title: 'Khoản, đoạn (nguyên văn)',
    description:
      'Từng đoạn của nguyên văn, đúng như bản in và theo thứ tự: văn bản, vị trí, loại, số/nhãn, đoạn cha, lời văn, ghi chú của trang.',
  },
  objectives: {
    title: 'Mục tiêu',
    description: 'Mục tiêu chung và các mục tiêu cụ thể, mỗi mục tiêu dẫn về khoản nêu nó.',
  },
  tasks: {
    title: 'Nhiệm vụ',
    description:
      'Nhiệm vụ: lĩnh vực, cơ quan và vai trò, mục tiêu phục vụ, thời hạn; mỗi quan hệ dẫn về khoản nêu nó, quan hệ do trang diễn giải được đánh dấu.',
  },
  bodies: {
    title: 'Cơ quan',
    description:
      'Cơ quan, chức danh, cấp chính quyền văn bản nêu: tên, cách viết trong văn bản, cấp, loại, quan hệ trực thuộc.',
  },
  milestones: {
    title: 'Mốc thời gian',
    description:
      'Ngày, thời hạn và nghĩa vụ định kỳ, mỗi mốc ở đúng độ chính xác văn bản ghi (ngày, tháng, quý, năm, định kỳ, đột xuất), kèm lời văn và khoản nêu nó.',
  },
  legalReferences: {
    title: 'Văn bản dẫn chiếu',
    description:
      'Luật, quyết định, nghị định, chỉ thị, tờ trình mà văn bản dẫn chiếu, với những gì văn bản ghi về chúng.',
  },
  parts: {
    title: 'Lĩnh vực và phần tổ chức thực hiện',
    description:
      'Bốn lĩnh vực cải cách của mục II và các phần của mục III: khoản đầu, mục tiêu phục vụ (cách đọc của trang, có lý do) và bài giảng của trang.',
  },
  glossary: {
    title: 'Thuật ngữ',
    description: 'Thuật ngữ với lời giải thích của trang (không phải văn bản chính thức) và các thuật ngữ liên quan.',
  },
};

/** One published file, as the data page lists it. */
export interface DataFile {
  url: string;
  title: string;
  format: string;
  description: string;
  /** The JSON Schema a JSON file validates against. */
  schema?: string;
  /** A CSV file's columns, by header. */
  columns?: string[];
}
export interface DataFileGroup {
  title: string;
  files: DataFile[];
}

/** Every open-data file, grouped as the data page shows them. */
export function dataFiles(c: Pick<Corpus, 'publications' | 'documentCitation'>): DataFileGroup[] {
  const collection = (name: CollectionName): DataFile => ({
    url: urls.dataJson(COLLECTION_FILES[name]),
    title: COLLECTION_INFO[name].title,
    format: 'JSON',
    description: COLLECTION_INFO[name].description,
    schema: urls.dataSchema(COLLECTION_FILES[name]),
  });
  return [
    {
      title: 'Toàn bộ dữ liệu',
      files: [
        {
          url: urls.dataJson(ALL_FILE),
          title: 'Tất cả bộ dữ liệu trong một tệp',
          format: 'JSON',
          description: 'Mọi bộ dữ liệu dưới đây trong một tệp, mỗi bộ là một mảng mang tên của nó.',
          schema: urls.dataSchema(ALL_FILE),
        },
      ],
    },
    { title: 'Từng bộ dữ liệu', files: COLLECTIONS.map(collection) },
    {
      title: 'Bảng tính',
      files: [
        {
          url: urls.tasksCsv(),
          title: 'Nhiệm vụ',
          format: 'CSV',
          description:
            'Mỗi dòng một nhiệm vụ, với nguyên văn khoản, cơ quan chủ trì, mọi cơ quan và vai trò, mục tiêu, thời hạn.',
          columns: Object.values(TASK_COLUMNS),
        },
        {
          url: urls.responsibilitiesCsv(),
          title: 'Trách nhiệm',
          format: 'CSV',
          description:
            'Mỗi dòng một cơ quan giữ một vai trò trong một nhiệm vụ, với khoản nêu vai trò ấy và trích dẫn.',
          columns: Object.values(RESPONSIBILITY_COLUMNS),
        },
        {
          url: urls.dutiesCsv(),
          title: 'Việc của từng cơ quan',
          format: 'CSV',
          description:
            'Mỗi dòng một việc áp dụng cho một cơ quan: việc văn bản giao đích danh, và việc giao chung cho nhóm mà cơ quan là một trong đó (ghi rõ nhóm), với vai trò, phạm vi, cách đọc của trang, thời hạn và khoản.',
          columns: Object.values(DUTY_COLUMNS),
        },
        {
          url: urls.deadlinesCsv(),
          title: 'Mốc thời gian và thời hạn',
          format: 'CSV',
          description: 'Mỗi dòng một thời hạn, hoặc một kỳ của nghĩa vụ định kỳ; mốc đột xuất một dòng, không có ngày.',
          columns: Object.values(DEADLINE_COLUMNS),
        },
      ],
    },
    {
      title: 'Văn bản theo chuẩn Akoma Ntoso',
      files: c.publications.map((p) => ({
        url: urls.akomaNtoso(p.root.id),
        title: p.documents.map((d) => d.data.shortTitle).join(' và '),
        format: 'XML (Akoma Ntoso 3.0)',
        description: `Nguyên văn ${c.documentCitation(p.root.id)}${p.documents.length > 1 ? ' và văn bản ban hành kèm theo' : ''} theo chuẩn OASIS LegalDocML (Akoma Ntoso 3.0): cấu trúc, từng đoạn đúng như bản in, mã định danh (eId) trùng mã khoản của trang, liên kết đến văn bản dẫn chiếu và cơ quan.`,
      })),
    },
  ];
}

/** The `meta` block of a JSON file. */
export function fileMeta(
  c: Pick<Corpus, 'publications' | 'documentCitation'>,
  site: URL | undefined,
  file: { title: string; url: string; schema: string },
): FileMeta {
  return {
    title: file.title,
    url: publicUrl(file.url, site),
    schema: publicUrl(file.schema, site),
    generated: buildDate(),
    sources: c.publications.map((p) => ({
      citation: c.documentCitation(p.root.id),
      url: publicUrl(urls.reader(p.root.id), site),
    })),
    licence: { ...LICENCE },
  };
}

/** Every collection's entries in a stable order: plan order where there is one, else by id. */
export function orderedCollections(
  c: Corpus,
  r: Relations,
): Record<CollectionName, { id: string; data: unknown; body?: string | undefined }[]> {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    documents: c.documents,
    provisions: c.documents.flatMap((d) => c.provisionsOf(d.id)),
    objectives: r.objectives.map(c.objective),
    tasks: r.tasks.map(c.task),
    bodies: r.bodies.map(c.body),
    milestones: byId(c.milestones),
    legalReferences: byId(c.legalReferences),
    glossary: byId(c.glossary),
    parts: c.parts,
  };
}

/** What the CSV rows are filled from. */
export function csvLookups(c: Corpus, site: URL | undefined): CsvLookups {
  const clauseUrl = (id: string) => publicUrl(c.clauseHref(id), site);
  return {
    bodyName: (id) => c.body(id).data.name,
    objectiveLabel: (id) => c.objective(id).data.label,
    milestoneWhen: (id) => describePlanDate(c.milestone(id).data.when).label,
    citation: c.citation,
    provisionText: (id) => c.provision(id).data.text,
    clauseUrl,
    taskUrl: (id) => publicUrl(urls.task(id), site),
  };
}
