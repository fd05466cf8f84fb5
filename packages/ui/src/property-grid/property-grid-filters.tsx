import { propertyTypes } from '@estatekit/domain/format';
import { type ComponentProps, type FormEvent, useEffect, useState } from 'react';
import { composeEventHandlers } from '../lib/compose-event-handlers';
import { useDebouncedCallback } from '../lib/use-debounced-callback';
import { useEstateKitSettings } from '../provider/estatekit-context';
import { useSlotProps } from '../provider/use-slot-props';
import { propertyTypeLabel } from './listing-labels.utils';
import { usePropertyGrid } from './property-grid-context';
import { FilterInput, FilterSelect, StatusFilter } from './property-grid-filter-fields';
import {
  draftToFilters,
  emptyFilterDraft,
  type FilterDraft,
  type FilterErrors,
  filtersKey,
  filtersToDraft,
} from './property-grid-filters.utils';

const counts = (max: number) =>
  Array.from({ length: max }, (_, i) => ({ value: String(i + 1), label: `${i + 1}+` }));

/**
 * The filter bar (`data-slot="property-grid-filters"`, a `role="search"` form): free text,
 * price range in major units of the provider's currency (sent as exact minor units), minimum
 * beds and baths, living area range (sq ft), year built range, statuses, property type and
 * postal codes. Typed fields search after the grid's `textDebounceMs` (or at once on Enter);
 * choices apply immediately. Every change goes back to page 1. A value that cannot be read is
 * marked `aria-invalid` with its reason and left out; the other filters still apply.
 */
export function PropertyGridFilters({ onSubmit, onReset, ...props }: ComponentProps<'form'>) {
  const { filters, setFilters, textDebounceMs } = usePropertyGrid();
  const { currency, locale } = useEstateKitSettings();
  const [draft, setDraft] = useState<FilterDraft>(() => filtersToDraft(filters, currency));
  const [errors, setErrors] = useState<FilterErrors>({});

  const commit = (next: FilterDraft) => {
    const parsed = draftToFilters(next, { currency, locale });
    setErrors(parsed.errors);
    if (filtersKey(parsed.filters) !== filtersKey(filters)) setFilters(parsed.filters);
  };
  const debounced = useDebouncedCallback(commit, textDebounceMs);

  // Filters changed from outside (controlled prop, "clear"): show them.
  useEffect(() => {
    setDraft((current) =>
      filtersKey(draftToFilters(current, { currency, locale }).filters) === filtersKey(filters)
        ? current
        : filtersToDraft(filters, currency),
    );
  }, [filters, currency, locale]);

  const type = (field: keyof FilterDraft) => (value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    debounced.run(next);
  };
  const choose = (field: keyof FilterDraft) => (value: string | string[]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    debounced.cancel();
    commit(next);
  };

  const slot = useSlotProps(
    'property-grid-filters',
    'ek:flex ek:flex-wrap ek:items-end ek:gap-3',
    props,
  );
  const clear = useSlotProps('property-grid-filter-clear', 'ek:btn-ghost', {});
  const field = (
    name: keyof FilterDraft,
    label: string,
    inputMode: 'decimal' | 'numeric' | 'text',
  ) => (
    <FilterInput
      label={label}
      value={draft[name] as string}
      error={errors[name]}
      inputMode={inputMode}
      onValueChange={type(name)}
      onCommit={debounced.flush}
    />
  );

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not a landmark in Safari < 17 or Firefox < 118; role="search" on a form is.
    <form
      role="search"
      aria-label="Filter listings"
      {...slot}
      onSubmit={composeEventHandlers(onSubmit, (event: FormEvent) => {
        event.preventDefault();
        debounced.cancel();
        commit(draft);
      })}
      onReset={composeEventHandlers(onReset, (event: FormEvent) => {
        event.preventDefault();
        debounced.cancel();
        setDraft(emptyFilterDraft);
        commit(emptyFilterDraft);
      })}
    >
      <FilterInput
        label="Search"
        type="search"
        value={draft.text}
        placeholder="ID, address, city"
        onValueChange={type('text')}
        onCommit={debounced.flush}
      />
      {field('priceMin', `Min price (${currency})`, 'decimal')}
      {field('priceMax', `Max price (${currency})`, 'decimal')}
      <FilterSelect
        label="Min beds"
        value={draft.bedroomsMin}
        options={counts(6)}
        onValueChange={choose('bedroomsMin')}
      />
      <FilterSelect
        label="Min baths"
        value={draft.bathroomsMin}
        options={counts(5)}
        onValueChange={choose('bathroomsMin')}
      />
      {field('areaMin', 'Min living area (sq ft)', 'decimal')}
      {field('areaMax', 'Max living area (sq ft)', 'decimal')}
      {field('yearMin', 'Built from', 'numeric')}
      {field('yearMax', 'Built until', 'numeric')}
      <StatusFilter value={draft.standardStatus} onValueChange={choose('standardStatus')} />
      <FilterSelect
        label="Property type"
        value={draft.propertyType}
        options={propertyTypes.map((t) => ({ value: t, label: propertyTypeLabel(t) }))}
        onValueChange={choose('propertyType')}
      />
      {field('postalCode', 'Postal codes', 'text')}
      <button type="reset" {...clear}>
        Clear filters
      </button>
    </form>
  );
}
