import { z } from 'astro/zod';
import { planDateSchema } from './plan-date.ts';
import { bodyRoleSchema } from './task.ts';
import { type RefFactory } from './reference.ts';
import { keyOf } from './label-keys.ts';

/** What sort of dated item a milestone is. */
export const MILESTONE_KINDS = {
  'legal-basis': 'Văn bản căn cứ',
  proposal: 'Tờ trình đề nghị',
  signing: 'Ban hành',
  effective: 'Có hiệu lực',
  deadline: 'Hạn hoàn thành',
  plan: 'Lập kế hoạch',
  inspection: 'Kiểm tra',
  review: 'Sơ kết, tổng kết',
  report: 'Báo cáo',
  target: 'Mục tiêu đến hạn',
  rollout: 'Triển khai',
} as const;
export type MilestoneKind = keyof typeof MILESTONE_KINDS;

/** A date or recurring obligation the text states. */
export const milestoneSchema = (ref: RefFactory) =>
  z.object({
    /** A short Vietnamese summary of what falls due. */
    title: z.string().min(1),
    /** What sort of item it is. */
    kind: keyOf(MILESTONE_KINDS),
    /** When, in the typed date model. */
    when: planDateSchema,
    /** The words of the provision that state the date, exactly as printed. */
    wording: z.string().min(1),
    /** The provision that states it. */
    source: ref('provisions'),
    /** The bodies concerned, each with its role. */
    bodies: z.array(bodyRoleSchema(ref)).default([]),
  });
