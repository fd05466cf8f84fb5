import { z } from 'zod';
import { messageChannels, stageKinds, taskTypes } from './lead.codes';
import {
  type GuardSpec,
  PIPELINE_KEY_PATTERN,
  type PipelineDefinition,
  type StageDefinition,
  type TaskTemplate,
} from './pipeline';
import { validatePipeline } from './pipeline-validation';
import { LOCAL_TIME_PATTERN } from './time';

/**
 * zod schemas for pipeline definitions sent to the API (create/update a pipeline). Objects are
 * strict: an unknown key is an error at its own path. Each schema's output type is the matching
 * interface of `pipeline.ts`.
 */

const key = z
  .string()
  .regex(PIPELINE_KEY_PATTERN, 'use lowercase letters, digits and _ (start with a letter, ≤ 40)');
const label = z.string().trim().min(1).max(80);

/** A `TaskTemplate`: `due` is `{ hours }` (0–8784, elapsed) or `{ days (0–366), atLocalTime? 'HH:mm' }`. */
export const taskTemplateSchema = z.strictObject({
  type: z.enum(taskTypes),
  title: z.string().trim().min(1).max(200),
  due: z.union([
    z.strictObject({ hours: z.number().min(0).max(8784) }),
    z.strictObject({
      days: z.int().min(0).max(366),
      atLocalTime: z.string().regex(LOCAL_TIME_PATTERN, 'a 24-hour time, HH:mm').optional(),
    }),
  ]),
}) satisfies z.ZodType<TaskTemplate>;

/** A `GuardSpec`, discriminated by `kind`; a custom guard's `name` follows the key pattern. */
export const guardSpecSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('offer_message_sent'),
    channels: z.array(z.enum(messageChannels)).min(1).max(3).optional(),
  }),
  z.strictObject({
    kind: z.literal('contact_fields'),
    fields: z
      .array(z.enum(['email', 'phone']))
      .min(1)
      .max(2),
  }),
  z.strictObject({ kind: z.literal('linked_listing') }),
  z.strictObject({ kind: z.literal('agreed_amount') }),
  z.strictObject({ kind: z.literal('scheduled_viewing') }),
  z.strictObject({
    kind: z.literal('custom'),
    name: key,
    params: z.record(z.string(), z.unknown()).optional(),
  }),
]) satisfies z.ZodType<GuardSpec>;

/** A `StageDefinition`: key, display name (1–80 chars), kind, terminal flag, ≤ 20 guards and ≤ 20 entry tasks. */
export const stageDefinitionSchema = z.strictObject({
  key,
  name: label,
  kind: z.enum(stageKinds),
  terminal: z.boolean(),
  guards: z.array(guardSpecSchema).max(20),
  entryTasks: z.array(taskTemplateSchema).max(20),
}) satisfies z.ZodType<StageDefinition>;

/**
 * A `PipelineDefinition` (1–50 stages, ≤ 500 transitions). Once the shape parses, the structural
 * rules of `validatePipeline` run too, so one parse reports every problem with its path.
 */
export const pipelineDefinitionSchema = z
  .strictObject({
    key,
    name: label,
    stages: z.array(stageDefinitionSchema).min(1).max(50),
    transitions: z
      .array(z.strictObject({ from: key, to: key, reasonRequired: z.boolean() }))
      .max(500),
  })
  .superRefine((def, ctx) => {
    for (const found of validatePipeline(def)) {
      ctx.addIssue({ code: 'custom', message: found.message, path: found.path });
    }
  }) satisfies z.ZodType<PipelineDefinition>;
