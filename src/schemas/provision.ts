import { z } from 'astro/zod';
import type { RefFactory } from './reference.ts';
import { keyOf } from './label-keys.ts';

/** The kinds of paragraph a Vietnamese legal document is made of. */
export const PROVISION_KINDS = {
  title: 'Tên loại văn bản',
  subject: 'Trích yếu',
  issuer: 'Cơ quan ban hành',
  basis: 'Căn cứ',
  /** «Xét đề nghị của … tại Tờ trình …»: who proposed the document; not a legal basis. */
  proposal: 'Xét đề nghị',
  'enacting-formula': 'Quyết định',
  article: 'Điều',
  'issued-with': 'Dòng ban hành kèm theo',
  preamble: 'Lời mở đầu',
  section: 'Mục',
  item: 'Khoản, điểm',
  bullet: 'Gạch đầu dòng',
  paragraph: 'Đoạn',
  closing: 'Đoạn kết',
} as const;
export type ProvisionKind = keyof typeof PROVISION_KINDS;

/**
 * One paragraph of an official text. The file name is the provision's id:
 * stable, ASCII, usable as a URL fragment (e.g. `kh-iii-2-2-1`).
 */
export const provisionSchema = (ref: RefFactory) =>
  z.object({
    /** The document this paragraph belongs to. */
    document: ref('documents'),
    /** Position of the paragraph in the document's source file, counting from 1. */
    paragraph: z.number().int().min(1),
    /** What kind of paragraph this is. */
    kind: keyOf(PROVISION_KINDS),
    /** The number or label as printed at its start («2.2.1.», «Điều 1.», «II.»), if any. */
    label: z.string().min(1).optional(),
    /** The enclosing provision (an item's section, a bullet's item). */
    parent: ref('provisions').optional(),
    /** The paragraph's words exactly as printed, label included. */
    text: z.string().min(1),
    /** An editor's note on a quirk of the printed text; shown as a note, never in the text. */
    note: z.string().min(1).optional(),
    /**
     * Bodies this paragraph names without giving them a duty (a body whose
     * rules are cited, a beneficiary, the body a group answers to), each with
     * the reason. Every other body it names must have a role sourced here.
     */
    mentionedWithoutDuty: z
      .array(z.object({ body: ref('bodies'), reason: z.string().min(10, 'must say why the body has no duty here') }))
      .default([]),
  });
