/**
 * The `.rbmplan` envelope (ARCHITECTURE.md, "The plan file"): UTF-8 JSON around the
 * Automerge bytes, so a person or a script can see what a file is without the app.
 */
import { z } from 'zod';
import { IsoDateTimeSchema, PlanIdSchema } from '../model';

export const PLAN_FILE_FORMAT = 'rbm-plan';
/** The format this version writes and the newest it reads. */
export const PLAN_FILE_VERSION = 1;
export const PLAN_FILE_EXTENSION = 'rbmplan';
/** Files above this size are refused before they are parsed. */
export const MAX_PLAN_FILE_BYTES = 50 * 1024 * 1024;
/**
 * What a file carries: the whole document ("full", the default), or only the changes
 * since the heads the receiving office is known to have ("changes", with `baseHeads`),
 * which can only be applied onto a copy of the plan that has those heads.
 */
export const PLAN_FILE_KINDS = ['full', 'changes'] as const;
export type PlanFileKind = (typeof PLAN_FILE_KINDS)[number];

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

const EnvelopeFields = z.object({
  format: z.literal(PLAN_FILE_FORMAT),
  formatVersion: z.number().int().min(1).max(PLAN_FILE_VERSION),
  planId: PlanIdSchema,
  title: z.string().min(1).max(300),
  kind: z.enum(PLAN_FILE_KINDS),
  from: z.object({
    office: z.string().max(500),
    actorId: z.string().regex(/^([0-9a-f]{2}){1,64}$/),
  }),
  createdAt: IsoDateTimeSchema,
  heads: z.array(Hash).min(1).max(10_000),
  /** Changes files only: the heads the changes build on (the receiver must have them). */
  baseHeads: z.array(Hash).min(1).max(10_000).optional(),
  /** Live entities per collection (results per level, indicators, risks, ...). */
  counts: z.record(z.string().regex(/^[A-Za-z]{1,40}$/), z.number().int().min(0)),
  /** SHA-256 (hex) of the payload's bytes (the decoded Automerge bytes). */
  sha256: Hash,
  /** Base64 of the Automerge document's save() (full), or of its changes since baseHeads (changes). */
  payload: z.string().min(1),
});

export const PlanFileEnvelopeSchema = EnvelopeFields.superRefine((e, ctx) => {
  if (e.kind === 'changes' && e.baseHeads === undefined) ctx.addIssue({ code: 'custom', path: ['baseHeads'], message: 'a changes file names its base heads' });
  if (e.kind === 'full' && e.baseHeads !== undefined) ctx.addIssue({ code: 'custom', path: ['baseHeads'], message: 'a full file has no base heads' });
});
export type PlanFileEnvelope = z.infer<typeof PlanFileEnvelopeSchema>;
