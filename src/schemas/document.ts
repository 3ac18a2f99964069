import { z } from 'astro/zod';
import { planDateSchema, isoDay } from './plan-date.ts';
import { sourceField, type RefFactory } from './reference.ts';

/**
 * An official document: the decision, or the plan issued with it. Adding a
 * second plan means adding entries here, its provisions and its source text.
 */
export const documentSchema = (ref: RefFactory) =>
  z.object({
    /** Type of document as printed («Quyết định», «Kế hoạch»). */
    type: z.string().min(1),
    /** Full title in sentence case, from the document's own title lines. */
    title: z.string().min(1),
    /** Short name for navigation and breadcrumbs. */
    shortTitle: z.string().min(1),
    /** Số hiệu, as printed (e.g. «26/2007/QĐ-UBND»); a plan issued with a decision has none. */
    number: z.string().min(1).optional(),
    /** The body that issued it. */
    issuer: z.object({ body: ref('bodies'), source: sourceField(ref) }),
    /** Ngày ban hành (date signed), with the provision that states it. */
    signed: z.object({ date: isoDay, source: sourceField(ref) }).optional(),
    /** Ngày có hiệu lực, usually derived: kept with its derivation. */
    effective: z.object({ when: planDateSchema, source: sourceField(ref) }).optional(),
    /** Căn cứ: the legal bases it cites, which give the issuer its authority. */
    bases: z.array(z.object({ reference: ref('legalReferences'), source: sourceField(ref) })).default([]),
    /**
     * «Xét đề nghị của … tại Tờ trình số …»: who proposed the document and in
     * which submission. A proposal, not a legal basis.
     */
    proposal: z.object({ by: ref('bodies'), submission: ref('legalReferences'), source: sourceField(ref) }).optional(),
    /** Thời kỳ: the years the document covers. */
    period: z
      .object({ from: z.number().int(), to: z.number().int(), source: sourceField(ref) })
      .refine((p) => p.from <= p.to, { message: 'period.from must not be after period.to' })
      .optional(),
    /** The document this one is issued with («ban hành kèm theo»). */
    issuedWith: z.object({ document: ref('documents'), source: sourceField(ref) }).optional(),
    /** The official text, relative to the content folder (UTF-8, one paragraph a line). */
    sourceFile: z.string().regex(/^sources\/[\w.-]+\.txt$/, 'sourceFile must be a .txt file in content/sources/'),
    /** Order among documents issued together (the decision first). */
    order: z.number().int().default(0),
  });
