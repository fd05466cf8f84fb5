/**
 * Leasing and accounting vocabulary (DESIGN "Leasing and accounting"): lease statuses, charge
 * and payment kinds, policy kinds, aging buckets. Values are stable wire codes; labels belong to
 * the UI.
 */

/** A calendar day as `YYYY-MM-DD` (ISO 8601 date, no time, no zone: the org's local day). */
export type IsoDate = string;

/**
 * Lease lifecycle: `draft → active → notice_given → ended`, or `terminated` early from any
 * signed state. `collections` (eviction pending) is entered from `active` or `notice_given`,
 * refuses payments, and returns to `active` or ends in `terminated`.
 */
export const leaseStatuses = [
  'draft',
  'active',
  'notice_given',
  'collections',
  'ended',
  'terminated',
] as const;
export type LeaseStatus = (typeof leaseStatuses)[number];

/** Recurring charge lines a lease can carry. */
export const chargeLineTypes = [
  'rent',
  'electricity',
  'water',
  'wifi',
  'parking',
  'other',
] as const;
export type ChargeLineType = (typeof chargeLineTypes)[number];

/**
 * Every kind of charge on a ledger: the recurring line types, plus late fees, the security
 * deposit, and move-out deductions itemised against the deposit.
 */
export const chargeTypes = [...chargeLineTypes, 'late_fee', 'deposit', 'move_out'] as const;
export type ChargeType = (typeof chargeTypes)[number];

/** How often a charge line bills: calendar months, or ISO weeks (Monday to Sunday). */
export const chargeFrequencies = ['monthly', 'weekly'] as const;
export type ChargeFrequency = (typeof chargeFrequencies)[number];

/** How a payment was made. */
export const paymentMethods = ['cash', 'bank_transfer', 'card', 'mobile_money', 'other'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/**
 * What a payment-side entry is: money received (`payment`), a waiver credited against a fee
 * (`waiver`), or held deposit applied to a move-out deduction (`deposit_application`). Only
 * `payment` is cash and gets a receipt.
 */
export const paymentKinds = ['payment', 'waiver', 'deposit_application'] as const;
export type PaymentKind = (typeof paymentKinds)[number];

/**
 * Payment verification: recorded payments are `confirmed`; an offline payment with an uploaded
 * receipt starts `pending_verification` until a manager confirms or rejects it. `reversed` is a
 * confirmed payment that a reversal cancelled.
 */
export const paymentStatuses = [
  'pending_verification',
  'confirmed',
  'rejected',
  'reversed',
] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/** Ledger entries a reversal can point at. */
export const reversibleEntryKinds = ['charge', 'payment', 'allocation'] as const;
export type ReversibleEntryKind = (typeof reversibleEntryKinds)[number];

/** Where a policy is set; the most specific level that has one wins (lease > building > org). */
export const policyLevels = ['org', 'building', 'lease'] as const;
export type PolicyLevel = (typeof policyLevels)[number];

/** Aging buckets of open charges by days past due (DESIGN): not yet late, 1–30 … 90+. */
export const agingBuckets = [
  'current',
  'days1to30',
  'days31to60',
  'days61to90',
  'days90plus',
] as const;
export type AgingBucket = (typeof agingBuckets)[number];

/** Payment plan lifecycle: requested by a tenant, approved or rejected by a manager; an
 * approved plan is `completed` when every instalment is met and `defaulted` on a missed one. */
export const paymentPlanStatuses = [
  'requested',
  'approved',
  'rejected',
  'completed',
  'defaulted',
] as const;
export type PaymentPlanStatus = (typeof paymentPlanStatuses)[number];
