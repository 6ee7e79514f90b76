/** The filter bar: which relationship types to show and a date range, applied to the canvas and the fact lists. */
import type { FactType } from '../generated/graphql.js';
import { FACT_TYPES, factLabel } from '../graph/model.js';
import { h } from './dom.js';

export interface FilterValue {
  hidden: FactType[];
  from: string | null;
  to: string | null;
}

export class FilterBar {
  readonly element: HTMLElement;
  private readonly boxes = new Map<FactType, HTMLInputElement>();
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly summary: HTMLElement;

  constructor(onChange: (value: FilterValue) => void) {
    const emit = () => onChange(this.value());
    for (const type of FACT_TYPES)
      this.boxes.set(type, h('input', { type: 'checkbox', checked: true, value: type, onchange: emit }));
    this.fromInput = h('input', { type: 'date', id: 'filter-from', onchange: emit });
    this.toInput = h('input', { type: 'date', id: 'filter-to', onchange: emit });
    this.summary = h('summary', {}, 'Relationships');
    this.element = h(
      'div',
      { class: 'filters', role: 'group', 'aria-label': 'Filters' },
      h(
        'details',
        { class: 'type-filter' },
        this.summary,
        h(
          'fieldset',
          {},
          h('legend', { class: 'visually-hidden' }, 'Relationship types shown'),
          FACT_TYPES.map((type) => h('label', { class: 'check' }, this.boxes.get(type)!, ` ${factLabel(type)}`)),
        ),
      ),
      h('label', { for: 'filter-from', class: 'field-label inline' }, 'From'),
      this.fromInput,
      h('label', { for: 'filter-to', class: 'field-label inline' }, 'To'),
      this.toInput,
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          onclick: () => {
            this.set({ hidden: [], from: null, to: null });
            emit();
          },
        },
        'Reset filters',
      ),
    );
  }

  value(): FilterValue {
    return {
      hidden: FACT_TYPES.filter((type) => !this.boxes.get(type)!.checked),
      from: this.fromInput.value || null,
      to: this.toInput.value || null,
    };
  }

  set(value: FilterValue): void {
    for (const [type, box] of this.boxes) box.checked = !value.hidden.includes(type);
    this.fromInput.value = value.from ?? '';
    this.toInput.value = value.to ?? '';
    this.summary.textContent =
      value.hidden.length > 0
        ? `Relationships (${FACT_TYPES.length - value.hidden.length}/${FACT_TYPES.length})`
        : 'Relationships';
  }
}
