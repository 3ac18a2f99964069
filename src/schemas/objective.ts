import { z } from 'astro/zod';
import type { RefFactory } from './reference.ts';

/** An objective of section I: the general one (I.1) or a specific one (I.2.1–I.2.4). */
export const objectiveSchema = (ref: RefFactory) =>
  z.object({
    /** The number as printed («1», «2.1»). */
    label: z.string().min(1),
    /** A short editorial title for lists; the official words are the provision's. */
    title: z.string().min(1),
    /** The provision that states the objective. */
    provision: ref('provisions'),
    /** The general objective a specific one belongs under. */
    parent: ref('objectives').optional(),
  });
