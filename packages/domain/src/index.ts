export { type Actor, type AuditEntry, auditEntrySchema } from './audit/audit-entry';
export {
  DomainError,
  DomainErrorCode,
  InvalidTransitionError,
  isDomainError,
  LedgerError,
  MoneyError,
} from './errors/domain-error';
export { boundingBoxAround, distanceKm, EARTH_RADIUS_KM, type GeoPoint } from './geo/geo';
export {
  type AgentAvailability,
  type Availability,
  availabilityAt,
  type IsoWeekday,
  type UnavailableReason,
  type WorkingHours,
  type WorkingInterval,
  workingHoursSchema,
} from './lead/availability';
export {
  type CountryCode,
  normalizeEmail,
  normalizePhone,
} from './lead/contact';
export {
  entryTasks,
  type TaskDraft,
} from './lead/entry-tasks';
export {
  type ActivityDirection,
  type ActivityType,
  type AssignmentMethod,
  activityDirections,
  activityTypes,
  assignmentMethods,
  type DeliveryStatus,
  deliveryStatuses,
  type LeadSource,
  leadSources,
  type MessageChannel,
  messageChannels,
  type StageKind,
  stageKinds,
  type TaskStatus,
  type TaskType,
  taskStatuses,
  taskTypes,
} from './lead/lead.codes';
export {
  type ActivityDto,
  type ActivityLogInput,
  type AgentWorkload,
  type AssignmentDto,
  activityLogInput,
  activitySchema,
  agentPerformanceSchema,
  agentWorkloadSchema,
  assignmentSchema,
  type LeadCaptureInput,
  type LeadDetail,
  type LeadDto,
  type LeadImportEvent,
  type LeadImportInput,
  type LeadListInput,
  type LeadListResult,
  leadCaptureInput,
  leadCaptureOutput,
  leadContactShape,
  leadCreateInput,
  leadDetailSchema,
  leadImportEventSchema,
  leadImportInput,
  leadImportOutput,
  leadListInput,
  leadListOutput,
  leadMoveInput,
  leadNextTaskSchema,
  leadSchema,
  leadUpdateInput,
  pipelineStageSchema,
  type RoutingRuleDto,
  routingMatchSchema,
  routingRuleInput,
  routingRuleSchema,
  stageSummarySchema,
  type TaskDto,
  taskListInput,
  taskSchema,
} from './lead/lead.schema';
export {
  LeadTransitionError,
  type LeadTransitionErrorContext,
} from './lead/lead-errors';
export {
  checkStageGuards,
  type GuardPredicate,
  type GuardRegistry,
  type LeadActivityFact,
  type LeadFacts,
  type TransitionViolation,
} from './lead/lead-guards';
export {
  HEAT_ENGAGEMENT_SCALE,
  HEAT_INTERACTION_HALF_LIFE_DAYS,
  HEAT_STAGE_GRACE_DAYS,
  HEAT_STAGE_HALF_LIFE_DAYS,
  leadHeat,
} from './lead/lead-heat';
export {
  type LeadMove,
  moveLead,
  nextStages,
  type PipelineActor,
  type TransitionCheck,
  type TransitionContext,
  validateTransition,
} from './lead/lead-transition';
export {
  type GuardSpec,
  PIPELINE_KEY_PATTERN,
  type PipelineDefinition,
  type StageDefinition,
  type TaskTemplate,
  type TransitionDefinition,
} from './lead/pipeline';
export {
  guardSpecSchema,
  pipelineDefinitionSchema,
  stageDefinitionSchema,
  taskTemplateSchema,
} from './lead/pipeline.schema';
export {
  defaultLettingsPipeline,
  defaultPipelines,
  defaultSalesPipeline,
  type LinearStage,
  linearPipeline,
} from './lead/pipeline-builders';
export {
  assertValidPipeline,
  type PipelineIssue,
  validatePipeline,
} from './lead/pipeline-validation';
export {
  type CandidateSkip,
  describeSkips,
  type RoutingAgent,
  type RoutingCandidate,
  type RoutingDecision,
  type RoutingLead,
  type RoutingRule,
  type RoutingTrace,
  routeLead,
} from './lead/routing';
export {
  type OfferResolution,
  type RoutingOffer,
  resolveOffer,
} from './lead/routing-offer';
export { isTimeZone } from './lead/time';
export {
  WORKLOAD_ACTIVE_LEAD_WEIGHT,
  WORKLOAD_OVERDUE_TASK_WEIGHT,
  WORKLOAD_PENDING_TASK_WEIGHT,
  type WorkloadCounts,
  workloadScore,
} from './lead/workload';
export type { ChargeLine } from './lease/charge-line';
export { type ChargeLineInput, chargeLineSchema, isoDateSchema } from './lease/charge-line.schema';
export {
  chargeSchedule,
  type LeaseScheduleTerms,
  type ScheduledCharge,
} from './lease/charge-schedule';
export {
  type LeaseStatusChanges,
  type LeaseStatusState,
  type LeaseTransitionResult,
  leaseTransition,
} from './lease/lease-status.machine';
export {
  canLeaseTransition,
  type LeaseEvent,
  type LeaseEventType,
  leaseTransitions,
  nextLeaseStatuses,
  terminalLeaseStatuses,
} from './lease/lease-transitions';
export {
  type LeaseCoverageFacts,
  leaseCoverage,
  leaseCoversDate,
  occupancyAsOf,
  type UnitOccupancy,
} from './lease/occupancy';
export { prorateMinor, splitMinor } from './lease/proration';
export { MAX_UNITS_PER_BUILDING, type UnitNamesInput, unitNames } from './lease/unit-names';
export {
  type AllocationDraft,
  allocatePayment,
  type OpenCharge,
} from './ledger/allocation';
export {
  assessLateFees,
  type ExistingLateFee,
  type LateFeeDraft,
  lateFeeAmount,
  waiveLateFee,
} from './ledger/late-fees';
export {
  type AgingBucket,
  agingBuckets,
  type ChargeFrequency,
  type ChargeLineType,
  type ChargeType,
  chargeFrequencies,
  chargeLineTypes,
  chargeTypes,
  type IsoDate,
  type LeaseStatus,
  leaseStatuses,
  type PaymentKind,
  type PaymentMethod,
  type PaymentPlanStatus,
  type PaymentStatus,
  type PolicyLevel,
  paymentKinds,
  paymentMethods,
  paymentPlanStatuses,
  paymentStatuses,
  policyLevels,
  type ReversibleEntryKind,
  reversibleEntryKinds,
} from './ledger/ledger.codes';
export {
  agingAsOf,
  agingBucketFor,
  daysPastDue,
  type LedgerBalance,
  ledgerBalance,
  openAmounts,
} from './ledger/ledger-balance';
export { LedgerBook } from './ledger/ledger-book';
export { addDays, daysBetween } from './ledger/ledger-dates';
export {
  type AcceptancePolicy,
  type AllocationPolicy,
  acceptancePolicySchema,
  allocationPolicySchema,
  defaultAcceptancePolicy,
  defaultAllocationPolicy,
  defaultLateFeePolicy,
  effectivePolicy,
  type LateFeePolicy,
  type LateFeeRule,
  lateFeePolicySchema,
  lateFeeRuleSchema,
} from './ledger/ledger-policies';
export {
  assertPaymentAccepted,
  checkPaymentAcceptance,
  type PaymentAcceptance,
  type PaymentAcceptanceInput,
  type PaymentRefusalRule,
  paymentRefusalRules,
} from './ledger/payment-acceptance';
export {
  evaluatePaymentPlan,
  isPlanBeingKept,
  type PaymentPlanEvaluation,
  type PaymentPlanInput,
  type PaymentPlanSchedule,
  type PlanInstalment,
  paymentPlanScheduleSchema,
} from './ledger/payment-plan';
export {
  planReallocation,
  REALLOCATION_REASON,
  type ReallocationIssue,
  type ReallocationTarget,
} from './ledger/reallocation';
export { type DepositDeduction, settleSecurityDeposit } from './ledger/security-deposit';
export {
  commercialPropertyTypes,
  landPropertyTypes,
  PropertyType,
  propertyTypes,
  residentialPropertyTypes,
  StandardStatus,
  standardStatuses,
} from './listing/listing.codes';
export {
  commercialAttributes,
  type Listing,
  type ListingAttributes,
  type ListingCreate,
  type ListingCreateInput,
  landAttributes,
  listingAttributes,
  listingCommonShape,
  listingCreateInput,
  listingSchema,
  residentialAttributes,
} from './listing/listing.schema';
export {
  type AreaUnit,
  defaultAreaUnit,
  formatArea,
  SQUARE_METRES_PER_SQUARE_FOOT,
} from './listing/listing-format';
export {
  type ListingFilters,
  type ListingListInput,
  type ListingListQuery,
  type ListingListResult,
  type ListingSortField,
  listingFilters,
  listingListInput,
  listingListOutput,
  listingSortFields,
} from './listing/listing-query.schema';
export {
  canTransition,
  type ListingStatusState,
  type ListingTransitionContext,
  type ListingTransitionRule,
  listingTransitions,
  nextListingStatuses,
  terminalListingStatuses,
  transition,
} from './listing/listing-status.machine';
export {
  applyListingUpdate,
  type ListingUpdateChanges,
  listingUpdateChanges,
  type ValidationIssue,
} from './listing/listing-update';
export {
  addMoney,
  type CurrencyCode,
  formatMoney,
  type Money,
  minorUnitDigits,
  money,
  parseMoney,
  toDecimalString,
} from './money/money';
