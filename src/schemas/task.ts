import { z } from 'astro/zod';
import { AREA_KEYS, ROLE_KEYS } from './roles.ts';
import { interpretationField, scopeField, sourceField, type RefFactory } from './reference.ts';

/** A body's part in a task or milestone, with the clause that gives it. */
export const bodyRoleSchema = (ref: RefFactory) =>
  z.object({
    /** The body. */
    body: ref('bodies'),
    /** What it does. */
    role: z.enum(ROLE_KEYS),
    /** The provision whose words give it this role; it must name the body. */
    source: sourceField(ref),
    /** Words of that provision that narrow which of the bodies it binds. */
    scope: scopeField,
    /** The editors' reading, when the words imply the role without stating it. */
    interpretation: interpretationField,
    /** A short editorial note shown with the role (e.g. why it is not an order). */
    note: z.string().min(1).optional(),
  });

/** An actionable item of section II or III. */
export const taskSchema = (ref: RefFactory) =>
  z.object({
    /** A short editorial title for lists; the official words are the provision's. */
    title: z.string().min(1),
    /** The provision that states the task. */
    provision: ref('provisions'),
    /** The area of reform it belongs to. */
    area: z.enum(AREA_KEYS),
    /** The objectives it serves; a link the text does not state is marked as an interpretation. */
    objectives: z
      .array(
        z.object({
          objective: ref('objectives'),
          source: sourceField(ref),
          /** The editors' reading, with its reason, when the text does not state the link. */
          interpretation: interpretationField,
        }),
      )
      .default([]),
    /** The bodies named for it, each with its role. */
    bodies: z.array(bodyRoleSchema(ref)).default([]),
    /** Its deadlines and recurring obligations. */
    milestones: z.array(z.object({ milestone: ref('milestones'), source: sourceField(ref) })).default([]),
  });
