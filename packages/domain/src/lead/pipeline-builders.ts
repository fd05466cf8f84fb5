import type {
  GuardSpec,
  PipelineDefinition,
  StageDefinition,
  TaskTemplate,
  TransitionDefinition,
} from './pipeline';

/** An open or won stage handed to `linearPipeline`; kind and terminal are filled in. */
export interface LinearStage {
  key: string;
  name: string;
  guards?: readonly GuardSpec[];
  entryTasks?: readonly TaskTemplate[];
}

/**
 * Builds a one-track pipeline. `stages` are the open stages in board order followed by the won
 * stage (the last entry; it becomes kind `won` and terminal); `lost` is appended as kind `lost`.
 * Transitions: each stage → the next (forward one) and → the previous (backward one) among the
 * open and won stages, every open stage → lost (reason required), and lost → `reopenTo` when
 * given. Won has no way out; lost is terminal unless it can reopen.
 * The result is not validated: run `validatePipeline` on anything built from user input.
 */
export function linearPipeline(input: {
  key: string;
  name: string;
  stages: readonly LinearStage[];
  lost: { key: string; name: string };
  reopenTo?: string;
}): PipelineDefinition {
  const last = input.stages.length - 1;
  const stages: StageDefinition[] = input.stages.map((stage, index) => ({
    key: stage.key,
    name: stage.name,
    kind: index === last ? 'won' : 'open',
    terminal: index === last,
    guards: stage.guards ?? [],
    entryTasks: stage.entryTasks ?? [],
  }));
  stages.push({
    key: input.lost.key,
    name: input.lost.name,
    kind: 'lost',
    terminal: input.reopenTo === undefined,
    guards: [],
    entryTasks: [],
  });
  const transitions: TransitionDefinition[] = [];
  input.stages.forEach((stage, index) => {
    if (index === last) return;
    const next = input.stages[index + 1]!;
    transitions.push({ from: stage.key, to: next.key, reasonRequired: false });
    const previous = input.stages[index - 1];
    if (previous) transitions.push({ from: stage.key, to: previous.key, reasonRequired: false });
    transitions.push({ from: stage.key, to: input.lost.key, reasonRequired: true });
  });
  if (input.reopenTo !== undefined) {
    transitions.push({ from: input.lost.key, to: input.reopenTo, reasonRequired: false });
  }
  return { key: input.key, name: input.name, stages, transitions };
}

/**
 * The default sales pipeline (key `sales`): New → Contacted → Needs analysis → Viewing scheduled
 * → Offer sent → Negotiation → Contract signed → Won, one step at a time (or one back); Lost
 * (reason required) from any open stage; Lost → Contacted to reopen.
 * Guards: Viewing scheduled needs a scheduled viewing; Offer sent needs an offer sent on any
 * channel; Contract signed needs the lead's phone and email; Won needs a linked listing and an
 * agreed amount. Entry tasks: Contacted → call back in 24 h; Viewing scheduled → confirm the
 * viewing in 24 h; Offer sent → follow up in 3 days; Negotiation → follow up in 2 days;
 * Contract signed → paperwork in 2 days at 10:00 local time.
 */
export const defaultSalesPipeline: PipelineDefinition = linearPipeline({
  key: 'sales',
  name: 'Sales',
  stages: [
    { key: 'new', name: 'New' },
    {
      key: 'contacted',
      name: 'Contacted',
      entryTasks: [{ type: 'call_back', title: 'Call back', due: { hours: 24 } }],
    },
    { key: 'needs_analysis', name: 'Needs analysis' },
    {
      key: 'viewing_scheduled',
      name: 'Viewing scheduled',
      guards: [{ kind: 'scheduled_viewing' }],
      entryTasks: [{ type: 'viewing', title: 'Confirm viewing', due: { hours: 24 } }],
    },
    {
      key: 'offer_sent',
      name: 'Offer sent',
      guards: [{ kind: 'offer_message_sent' }],
      entryTasks: [{ type: 'follow_up', title: 'Follow up on offer', due: { days: 3 } }],
    },
    {
      key: 'negotiation',
      name: 'Negotiation',
      entryTasks: [{ type: 'follow_up', title: 'Agree terms', due: { days: 2 } }],
    },
    {
      key: 'contract_signed',
      name: 'Contract signed',
      guards: [{ kind: 'contact_fields', fields: ['phone', 'email'] }],
      entryTasks: [
        {
          type: 'paperwork',
          title: 'Prepare completion paperwork',
          due: { days: 2, atLocalTime: '10:00' },
        },
      ],
    },
    {
      key: 'won',
      name: 'Won',
      guards: [{ kind: 'linked_listing' }, { kind: 'agreed_amount' }],
    },
  ],
  lost: { key: 'lost', name: 'Lost' },
  reopenTo: 'contacted',
});

/**
 * The default lettings pipeline (key `lettings`): New → Contacted → Viewing scheduled →
 * Application → Referencing → Tenancy signed (won); Lost (reason required) from any open stage;
 * Lost → Contacted to reopen. Guards: Viewing scheduled needs a scheduled viewing; Application
 * needs the applicant's phone and email; Tenancy signed needs the linked listing (the unit) and
 * the agreed rent. Entry tasks: call back in 24 h, confirm the viewing in 24 h, start
 * referencing next day at 09:00, chase references in 2 days.
 */
export const defaultLettingsPipeline: PipelineDefinition = linearPipeline({
  key: 'lettings',
  name: 'Lettings',
  stages: [
    { key: 'new', name: 'New' },
    {
      key: 'contacted',
      name: 'Contacted',
      entryTasks: [{ type: 'call_back', title: 'Call back', due: { hours: 24 } }],
    },
    {
      key: 'viewing_scheduled',
      name: 'Viewing scheduled',
      guards: [{ kind: 'scheduled_viewing' }],
      entryTasks: [{ type: 'viewing', title: 'Confirm viewing', due: { hours: 24 } }],
    },
    {
      key: 'application',
      name: 'Application',
      guards: [{ kind: 'contact_fields', fields: ['phone', 'email'] }],
      entryTasks: [
        {
          type: 'paperwork',
          title: 'Start referencing',
          due: { days: 1, atLocalTime: '09:00' },
        },
      ],
    },
    {
      key: 'referencing',
      name: 'Referencing',
      entryTasks: [{ type: 'follow_up', title: 'Chase references', due: { days: 2 } }],
    },
    {
      key: 'tenancy_signed',
      name: 'Tenancy signed',
      guards: [{ kind: 'linked_listing' }, { kind: 'agreed_amount' }],
    },
  ],
  lost: { key: 'lost', name: 'Lost' },
  reopenTo: 'contacted',
});

/** The built-in pipelines, by key. */
export const defaultPipelines: readonly PipelineDefinition[] = [
  defaultSalesPipeline,
  defaultLettingsPipeline,
];
