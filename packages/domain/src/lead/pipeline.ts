import type { MessageChannel, StageKind, TaskType } from './lead.codes';

/**
 * Pipelines as data (DESIGN "CRM": pipeline, stage, transition, guard, task). An organisation
 * may run several pipelines (sales, lettings); each is a list of stages in board order plus the
 * allowed transitions between them. The rules engine (`validateTransition`) reads only this data,
 * so a pipeline can be stored as JSON and edited without code.
 */

/** Stage keys, pipeline keys and custom guard names: lowercase letter, then up to 39 of `a-z0-9_`. */
export const PIPELINE_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * A task created when a lead enters a stage (see `entryTasks`). `due` is relative to the moment
 * of entry: `{ hours }` is elapsed time (24 hours is 24 hours even across a DST change);
 * `{ days, atLocalTime? }` is calendar days in the organisation's time zone, keeping the local
 * wall-clock time of entry or setting it to `atLocalTime` (`HH:mm`, 24-hour).
 */
export interface TaskTemplate {
  type: TaskType;
  title: string;
  due: { hours: number } | { days: number; atLocalTime?: string };
}

/**
 * A prerequisite for entering a stage. Built-in kinds read the lead's facts:
 * - `offer_message_sent`: an activity of type `offer` on one of `channels` (default WhatsApp,
 *   email and SMS) whose delivery status is `sent`, `delivered` or `read`;
 * - `contact_fields`: the lead has each of the listed contact fields;
 * - `linked_listing`: at least one listing (RESO ListingKey) is linked;
 * - `agreed_amount`: an agreed price (minor units, > 0) is recorded;
 * - `scheduled_viewing`: an activity of type `viewing` with both `scheduledAt` and `listingKey`;
 * - `custom`: a predicate the caller supplies in a `GuardRegistry` under `name`, given `params`.
 */
export type GuardSpec =
  | { kind: 'offer_message_sent'; channels?: readonly MessageChannel[] }
  | { kind: 'contact_fields'; fields: readonly ('email' | 'phone')[] }
  | { kind: 'linked_listing' }
  | { kind: 'agreed_amount' }
  | { kind: 'scheduled_viewing' }
  | { kind: 'custom'; name: string; params?: Readonly<Record<string, unknown>> };

/**
 * One column of the board. `kind` says whether a lead here is still being worked (`open`) or
 * closed (`won`, `lost`); `terminal` stages have no way out. `guards` must hold to enter the
 * stage moving forward; `entryTasks` are created each time a lead enters it.
 */
export interface StageDefinition {
  key: string;
  name: string;
  kind: StageKind;
  terminal: boolean;
  guards: readonly GuardSpec[];
  entryTasks: readonly TaskTemplate[];
}

/** An allowed move between two stages (by key); `reasonRequired` moves must say why (e.g. lost). */
export interface TransitionDefinition {
  from: string;
  to: string;
  reasonRequired: boolean;
}

/**
 * A pipeline: `stages` in board order (the first is where new leads start; "forward" means later
 * in this list) and the allowed `transitions`. Check one with `validatePipeline`.
 */
export interface PipelineDefinition {
  key: string;
  name: string;
  stages: readonly StageDefinition[];
  transitions: readonly TransitionDefinition[];
}
