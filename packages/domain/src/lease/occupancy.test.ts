import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainErrorCode } from '../errors/domain-error';
import { type LeaseStatus, leaseStatuses } from '../ledger/ledger.codes';
import { fromEpochDay, toEpochDay } from './iso-date';
import {
  type LeaseCoverageFacts,
  leaseCoverage,
  leaseCoversDate,
  occupancyAsOf,
} from './occupancy';

type Lease = LeaseCoverageFacts & { id: string; unitIds: readonly string[] };
const lease = (over: Partial<Lease> = {}): Lease => ({
  id: 'L1',
  unitIds: ['u1'],
  status: 'active',
  startDate: '2026-03-15',
  endDate: '2026-06-30',
  endedOn: null,
  terminatedOn: null,
  ...over,
});
const units = [{ id: 'u1' }, { id: 'u2' }, { id: 'u3' }];
const occupiedOn = (leases: Lease[], date: string) =>
  occupancyAsOf(units, leases, date).map((o) => (o.occupied ? o.leaseId : null));

describe('given the coverage of a lease', () => {
  it.each([
    ['active', { from: '2026-03-15', to: '2026-06-30' }],
    ['notice_given', { from: '2026-03-15', to: '2026-06-30' }],
    ['collections', { from: '2026-03-15', to: '2026-06-30' }],
    ['ended', { from: '2026-03-15', to: '2026-05-10' }],
    ['terminated', { from: '2026-03-15', to: '2026-04-02' }],
  ] as const)('covers a %s lease for %o', (status, coverage) => {
    const facts = lease({ status, endedOn: '2026-05-10', terminatedOn: '2026-04-02' });
    expect(leaseCoverage(facts)).toEqual(coverage);
  });

  it('covers nothing for a draft', () => {
    expect(leaseCoverage(lease({ status: 'draft' }))).toBeNull();
  });

  it('runs open-ended when there is no end date', () => {
    expect(leaseCoverage(lease({ endDate: null }))).toEqual({ from: '2026-03-15', to: null });
    expect(leaseCoversDate(lease({ endDate: null }), '2099-12-31')).toBe(true);
  });

  it('falls back to the end date for an ended or terminated lease without its date', () => {
    expect(leaseCoverage(lease({ status: 'ended' }))?.to).toBe('2026-06-30');
    expect(leaseCoverage(lease({ status: 'terminated', endDate: null }))?.to).toBeNull();
  });

  it('covers nothing when the recorded end is before the start', () => {
    expect(leaseCoverage(lease({ status: 'ended', endedOn: '2026-03-14' }))).toBeNull();
  });
});

describe('given a unit let from 2026-03-15 to 2026-06-30', () => {
  it.each([
    ['2026-03-14', null],
    ['2026-03-15', 'L1'],
    ['2026-06-30', 'L1'],
    ['2026-07-01', null],
  ])('on %s the unit is held by %s', (date, leaseId) => {
    expect(occupiedOn([lease()], date)).toEqual([leaseId, null, null]);
  });

  it('frees the unit the day after an early end or termination', () => {
    const ended = lease({ status: 'ended', endedOn: '2026-05-10' });
    expect(occupiedOn([ended], '2026-05-10')[0]).toBe('L1');
    expect(occupiedOn([ended], '2026-05-11')[0]).toBeNull();
    const terminated = lease({ status: 'terminated', terminatedOn: '2026-04-02' });
    expect(occupiedOn([terminated], '2026-04-02')[0]).toBe('L1');
    expect(occupiedOn([terminated], '2026-04-03')[0]).toBeNull();
  });

  it('never counts a draft, even inside its dates', () => {
    expect(occupancyAsOf(units, [lease({ status: 'draft' })], '2026-04-01')[0]).toEqual({
      unitId: 'u1',
      occupied: false,
      leaseId: null,
    });
  });
});

describe('given several units and leases', () => {
  it('reports every unit in order, a multi-unit lease on each of its units', () => {
    const both = lease({ id: 'L2', unitIds: ['u3', 'u1'] });
    expect(occupancyAsOf(units, [both], '2026-04-01')).toEqual([
      { unitId: 'u1', occupied: true, leaseId: 'L2' },
      { unitId: 'u2', occupied: false, leaseId: null },
      { unitId: 'u3', occupied: true, leaseId: 'L2' },
    ]);
  });

  it('gives a same-day handover to the incoming lease', () => {
    const outgoing = lease({ id: 'old', endDate: '2026-06-30' });
    const incoming = lease({ id: 'new', startDate: '2026-06-30', endDate: null });
    expect(occupiedOn([outgoing, incoming], '2026-06-29')[0]).toBe('old');
    expect(occupiedOn([incoming, outgoing], '2026-06-30')[0]).toBe('new');
    expect(occupiedOn([outgoing, incoming], '2026-06-30')[0]).toBe('new');
  });

  it('ignores leases of units it was not asked about', () => {
    expect(occupiedOn([lease({ unitIds: ['elsewhere'] })], '2026-04-01')).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => occupancyAsOf(units, [], '01/04/2026')).toThrow(
      expect.objectContaining({ code: DomainErrorCode.ValidationFailed }),
    );
  });
});

describe('given random leases and days', () => {
  const day = (n: number) => fromEpochDay(toEpochDay('2026-01-01')! + n);
  const leaseArb = fc
    .record({
      status: fc.constantFrom<LeaseStatus>(...leaseStatuses),
      start: fc.nat(60),
      length: fc.option(fc.nat(60), { nil: null }),
      stop: fc.nat(60),
      unitIds: fc.subarray(['u1', 'u2', 'u3'], { minLength: 1 }),
    })
    .map(({ status, start, length, stop, unitIds }) => ({
      status,
      startDate: day(start),
      endDate: length === null ? null : day(start + length),
      endedOn: status === 'ended' ? day(start + stop) : null,
      terminatedOn: status === 'terminated' ? day(start + stop) : null,
      unitIds,
    }));

  it('marks a unit occupied exactly when a signed lease covers that day', () => {
    fc.assert(
      fc.property(fc.array(leaseArb, { maxLength: 6 }), fc.nat(140), (drafts, n) => {
        const leases = drafts.map((l, i) => ({ ...l, id: `L${i}` }));
        const date = day(n);
        for (const o of occupancyAsOf(units, leases, date)) {
          const covering = leases.filter((l) => {
            if (l.status === 'draft' || !l.unitIds.includes(o.unitId)) return false;
            const to = l.terminatedOn ?? l.endedOn ?? l.endDate;
            return l.startDate <= date && (to === null || date <= to);
          });
          expect(o.occupied).toBe(covering.length > 0);
          expect(o.leaseId === null || covering.some((l) => l.id === o.leaseId)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
