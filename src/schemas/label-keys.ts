import { z } from 'astro/zod';

/**
 * A field whose value is one key of a label map (the map gives each key its Vietnamese label), so the list of
 * allowed values and their labels cannot drift apart.
 */
export const keyOf = <K extends string>(labels: Readonly<Record<K, string>>) =>
  z.enum(Object.keys(labels) as [K, ...K[]]);
