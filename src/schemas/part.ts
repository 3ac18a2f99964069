import { z } from 'astro/zod';
import { AREA_KEYS } from './roles.ts';
import { interpretationField, sourceField, type RefFactory } from './reference.ts';
import { keyOf } from './label-keys.ts';

/** What a part is: one of the four areas of reform (section II) or one of the parts of implementation (section III). */
export const PART_KINDS = {
  area: 'Lĩnh vực cải cách',
  implementation: 'Tổ chức thực hiện',
} as const;
export type PartKind = keyof typeof PART_KINDS;

/**
 * A numbered part of the plan that a trainer teaches as one lesson: an area
 * of reform of section II («1. Đổi mới và cải cách thể chế») or a part of
 * section III («3. Thời gian tổ chức thực hiện»). Its MDX body is the site's
 * explanation: «Nói ngắn gọn», «Ai làm gì», «Câu hỏi thảo luận».
 */
export const partSchema = (ref: RefFactory) =>
  z.object({
    /** A short title for lists («Cải cách thể chế»); the official words are the provision's. */
    title: z.string().min(1),
    kind: keyOf(PART_KINDS),
    /** The numbered item that heads the part («kh-ii-1»). */
    provision: ref('provisions'),
    /** For an area: the key its tasks carry in their `area` field. */
    area: z.enum(AREA_KEYS).optional(),
    /**
     * The objectives of section I the part serves. The plan names areas and
     * objectives differently and never maps one to the other: each link is
     * the editors' reading, with its reason.
     */
    objectives: z
      .array(
        z.object({
          objective: ref('objectives'),
          source: sourceField(ref).optional(),
          interpretation: interpretationField,
        }),
      )
      .default([]),
  });
