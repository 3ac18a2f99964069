import { z } from 'astro/zod';
import { interpretationField, sourceField, type RefFactory } from './reference.ts';

/** Levels of government, and «all levels» for duties the text gives every level. */
export const LEVELS = {
  central: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  'all-levels': 'Các cấp',
  society: 'Tổ chức, công dân',
} as const;
export type Level = keyof typeof LEVELS;

/** What sort of body, post or group an entry is. */
export const BODY_KINDS = {
  government: 'Cơ quan hành chính',
  department: 'Cơ quan chuyên môn',
  office: 'Văn phòng',
  committee: 'Ban chỉ đạo',
  post: 'Chức danh',
  unit: 'Đơn vị',
  /** A collective name for bodies of several kinds («các cơ quan, đơn vị»). */
  mixed: 'Cơ quan, đơn vị các loại',
  staff: 'Cán bộ, công chức',
  party: 'Tổ chức Đảng',
  council: 'Cơ quan dân cử',
  front: 'Mặt trận, đoàn thể',
  media: 'Cơ quan báo chí',
  school: 'Cơ sở đào tạo',
  citizens: 'Nhân dân',
} as const;
export type BodyKind = keyof typeof BODY_KINDS;

/** How a body stands to its parent in the structure. */
export const BODY_RELATIONS = {
  'part-of': 'thuộc',
  'standing-agency-of': 'là cơ quan thường trực của',
  'member-of': 'là thành viên của',
  'head-of': 'đứng đầu',
  /** One of the bodies a collective name of the text covers («các sở, ngành»): it has that group's duties too. */
  'one-of': 'là một trong',
} as const;
export type BodyRelation = keyof typeof BODY_RELATIONS;

/** A body, post, level of government or group that the text names. */
export const bodySchema = (ref: RefFactory) =>
  z.object({
    /** The name readers see, in today's spelling where it differs. */
    name: z.string().min(1),
    /** Every spelling the text uses for it, exactly as printed; each must occur in the text. */
    aliases: z.array(z.string().min(2)).min(1),
    /** The level of government it belongs to. */
    level: z.enum(Object.keys(LEVELS) as [Level, ...Level[]]),
    /** What sort of body it is. */
    kind: z.enum(Object.keys(BODY_KINDS) as [BodyKind, ...BodyKind[]]),
    /**
     * True when the entry is a collective name the text uses for several
     * bodies or people («Các cơ quan, đơn vị», «Các sở, ngành», «Nhân dân»),
     * not one body. Its page says so and lists its members.
     */
    group: z.boolean().default(false),
    /**
     * Its place in the structure: the clause that states it, or the editors'
     * reading with its reason (and the clause it rests on, if any).
     */
    parents: z
      .array(
        // One of source and interpretation is required: checked in src/lib/content/integrity.ts, which names the value.
        z.object({
          body: ref('bodies'),
          relation: z.enum(Object.keys(BODY_RELATIONS) as [BodyRelation, ...BodyRelation[]]),
          source: sourceField(ref).optional(),
          interpretation: interpretationField,
        }),
      )
      .default([]),
  });
