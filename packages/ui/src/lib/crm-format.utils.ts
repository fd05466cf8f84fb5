import type { DueState } from '../lead-kanban/lead-kanban-card.utils';
import { createFormatters, type Formatters } from './format.utils';

/** Locale-aware formatters of the CRM widgets; build once per locale. */
export interface CrmFormatters extends Formatters {
  /** `"12 leads"`, `"1 lead"`. */
  leadCount: (count: number) => string;
  /** A ratio 0–1 as a whole percentage: `0.425` → `"43%"`. */
  percent: (ratio: number) => string;
  /** A number with up to one decimal: workload scores `3.456` → `"3.5"`. */
  score: (value: number) => string;
  /**
   * When a task is due, in the visitor's time zone: the time alone when it is due today
   * (`"2:30 PM"`), else date and time (`"Mar 3, 2026, 9:00 AM"`).
   */
  due: (isoInstant: string, state: DueState | null) => string;
}

/**
 * {@link CrmFormatters} for a BCP 47 `locale` (`Intl`; money through the domain's exact
 * `formatMoney`, whole units). Throws `RangeError` for a malformed locale tag.
 */
export function createCrmFormatters(locale: string): CrmFormatters {
  const base = createFormatters(locale);
  const plural = new Intl.PluralRules(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const score = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  return {
    ...base,
    leadCount: (count) =>
      `${base.integer(count)} ${plural.select(count) === 'one' ? 'lead' : 'leads'}`,
    percent: (ratio) => percent.format(ratio),
    score: (value) => score.format(value),
    due: (iso, state) => {
      const at = Date.parse(iso);
      if (Number.isNaN(at)) return iso;
      return state === 'today' ? time.format(at) : base.dateTime(iso);
    },
  };
}
