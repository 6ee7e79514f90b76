/**
 * The main search: a type picker ("All types", today's full-text search, or one type's list root), a kind picker for
 * the types whose root filters by kind, and the typeahead. Native selects, so Tab and the arrow keys reach them.
 */
import { h } from './dom.js';
import { createSearchBox, type SearchBox, type SearchHit } from './search-box.js';
import { kindLabel, SEARCH_SOURCES, type SearchSource } from './search-sources.js';

export interface TypedSearchOptions {
  onPick(hit: SearchHit): void;
}

export interface TypedSearch {
  readonly element: HTMLElement;
  /** The text input, which "/" focuses. */
  readonly input: HTMLInputElement;
}

const ANY_KIND = '';

export function createTypedSearch(options: TypedSearchOptions): TypedSearch {
  const typePicker = h(
    'select',
    { id: 'search-type', class: 'search-picker' },
    ...SEARCH_SOURCES.map((source) => h('option', { value: source.id }, source.label)),
  );
  const kindPicker = h('select', { id: 'search-kind', class: 'search-picker' });
  const kindField = h(
    'span',
    { class: 'search-field', hidden: true },
    h('label', { for: 'search-kind', class: 'visually-hidden' }, 'Kind'),
    kindPicker,
  );

  const chosen = (): SearchSource =>
    SEARCH_SOURCES.find((source) => source.id === typePicker.value) ?? SEARCH_SOURCES[0]!;

  const box: SearchBox = createSearchBox({
    id: 'search',
    label: 'Search entities',
    placeholder: SEARCH_SOURCES[0]!.placeholder,
    onPick: options.onPick,
    source: () => ({ source: chosen(), kind: kindPicker.value === ANY_KIND ? null : kindPicker.value }),
  });

  /** Fits the kind picker and the input to the type chosen. */
  const adapt = (source: SearchSource) => {
    kindField.hidden = source.kinds.length === 0;
    kindPicker.replaceChildren(
      h('option', { value: ANY_KIND }, 'Any kind'),
      ...source.kinds.map((kind) => h('option', { value: kind }, kindLabel(kind))),
    );
    box.input.readOnly = source.text === null;
    box.input.placeholder = source.placeholder;
    if (source.text === null) box.setValue('');
  };

  typePicker.addEventListener('change', () => {
    adapt(chosen());
    box.refresh();
  });
  kindPicker.addEventListener('change', () => box.refresh());

  const element = h(
    'div',
    { class: 'typed-search' },
    h(
      'span',
      { class: 'search-field' },
      h('label', { for: 'search-type', class: 'visually-hidden' }, 'Search in'),
      typePicker,
    ),
    kindField,
    box.element,
  );
  return { element, input: box.input };
}
