import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { GuardSpec, PipelineDefinition, StageDefinition, TaskTemplate } from './pipeline';
import {
  guardSpecSchema,
  pipelineDefinitionSchema,
  type stageDefinitionSchema,
  taskTemplateSchema,
} from './pipeline.schema';
import { defaultLettingsPipeline, defaultSalesPipeline } from './pipeline-builders';

/** Paths of every issue of a failed parse, dotted. */
function issuePaths(result: { success: boolean; error?: z.ZodError }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('given the pipeline schemas', () => {
  it('infer the interfaces of pipeline.ts', () => {
    expectTypeOf<z.infer<typeof pipelineDefinitionSchema>>().toExtend<PipelineDefinition>();
    expectTypeOf<z.infer<typeof stageDefinitionSchema>>().toExtend<StageDefinition>();
    expectTypeOf<z.infer<typeof guardSpecSchema>>().toExtend<GuardSpec>();
    expectTypeOf<z.infer<typeof taskTemplateSchema>>().toExtend<TaskTemplate>();
  });

  it('accept the default pipelines as they are', () => {
    expect(pipelineDefinitionSchema.parse(defaultSalesPipeline)).toEqual(defaultSalesPipeline);
    expect(pipelineDefinitionSchema.safeParse(defaultLettingsPipeline).success).toBe(true);
  });

  it('refuse unknown keys, bad stage keys and an unknown guard kind, each at its path', () => {
    const result = pipelineDefinitionSchema.safeParse({
      ...defaultSalesPipeline,
      colour: 'red',
      stages: [
        { ...defaultSalesPipeline.stages[0], key: 'New Leads' },
        { ...defaultSalesPipeline.stages[1], guards: [{ kind: 'psychic' }] },
        ...defaultSalesPipeline.stages.slice(2),
      ],
    });
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(
      expect.arrayContaining(['', 'stages.0.key', 'stages.1.guards.0.kind']),
    );
  });

  it('report the structural rules once the shape is right', () => {
    const result = pipelineDefinitionSchema.safeParse({
      ...defaultSalesPipeline,
      transitions: [
        ...defaultSalesPipeline.transitions,
        { from: 'won', to: 'new', reasonRequired: false },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Won is terminal/);
    expect(issuePaths(result)).toEqual([
      `transitions.${defaultSalesPipeline.transitions.length}.from`,
    ]);
  });

  it('take due times in hours, or in days at an optional HH:mm local time', () => {
    const ok = (due: unknown) =>
      taskTemplateSchema.safeParse({ type: 'call_back', title: 'Call', due }).success;
    expect(ok({ hours: 24 })).toBe(true);
    expect(ok({ days: 3 })).toBe(true);
    expect(ok({ days: 1, atLocalTime: '09:30' })).toBe(true);
    expect(ok({ days: 1, atLocalTime: '9:30' })).toBe(false);
    expect(ok({ days: 1, atLocalTime: '24:00' })).toBe(false);
    expect(ok({ days: 1.5 })).toBe(false);
    expect(ok({ hours: -1 })).toBe(false);
    expect(ok({ hours: 1, days: 1 })).toBe(false);
  });

  it('accept custom guards with params and refuse badly named ones', () => {
    expect(
      guardSpecSchema.safeParse({ kind: 'custom', name: 'deposit_paid', params: { min: 1 } })
        .success,
    ).toBe(true);
    expect(guardSpecSchema.safeParse({ kind: 'custom', name: 'Deposit-Paid' }).success).toBe(false);
    expect(
      guardSpecSchema.safeParse({ kind: 'offer_message_sent', channels: ['fax'] }).success,
    ).toBe(false);
  });
});
