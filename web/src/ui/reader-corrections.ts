/**
 * The reader's two forms for what the extractor missed: a fact stated from the words selected in the text (addFact,
 * the selection as its evidence), and two entities the article names merged into one (mergeEntities). Each offers
 * only what the API would accept (the ends a fact type allows, entities of one type), answers with the change it
 * recorded, and can undo it in place.
 */
import {
  type ChangeFieldsFragment,
  type FactType,
  type MentionedEntityFragment,
  ParticipantRole,
} from '../generated/graphql.js';
import { type EntityTypeName, FACT_ENDS, FACT_TYPES, FACTS_AT_EVENTS, factLabel } from '../graph/model.js';
import { h, messageOf, replaceChildren, status } from './dom.js';
import { type Span, trimSpan } from './text-layout.js';

export type Entity = MentionedEntityFragment;

/** What the add form sends: the API's addFact arguments, the quote with its place in the article. */
export interface FactDraft {
  type: FactType;
  from: Entity;
  to: Entity;
  role: ParticipantRole | null;
  event: Entity | null;
  reason: string;
  quote: string;
  span: Span;
}

const ROLE_LABELS: Record<ParticipantRole, string> = {
  HOST: 'host',
  GUEST: 'guest',
  DELEGATION_LEAD: 'delegation lead',
  DELEGATION_MEMBER: 'delegation member',
  ACCOMPANYING: 'accompanying',
  FACILITATOR: 'facilitator',
  SPEAKER: 'speaker',
  WITNESS: 'witness',
  PARTICIPANT: 'participant',
};

/**
 * The span of `body` the current selection covers inside `container`, trimmed of white space; null when nothing in
 * it is selected. The container's text must be the body itself, as the reader draws it.
 */
export function selectedSpan(container: HTMLElement, body: string): Span | null {
  const selection = container.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = container.ownerDocument.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return trimSpan(body, { start, end: start + range.toString().length });
}

/** The entities of `entities` of the given types, those named inside `span` first (in the order the text names them). */
function choices(entities: readonly Entity[], types: readonly EntityTypeName[], inside: readonly Entity[]): Entity[] {
  const allowed = entities.filter((entity) => types.includes(entity.__typename));
  const first = inside.filter((entity) => types.includes(entity.__typename));
  return [...first, ...allowed.filter((entity) => !first.includes(entity))];
}

function entitySelect(id: string, options: readonly Entity[], selected: Entity | null): HTMLSelectElement {
  const select = h(
    'select',
    { id, required: true },
    options.map((entity) =>
      h('option', { value: entity.id, selected: entity.id === selected?.id }, `${entity.name} (${entity.__typename})`),
    ),
  );
  if (options.length === 0) select.append(h('option', { value: '' }, 'none named in this article'));
  return select;
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

/**
 * The last word of the merge form: what was done, with an Undo and what the undo said; `undone` says it when the
 * change was undone elsewhere (a history).
 */
function doneBlock(options: {
  text: string;
  undoLabel: string;
  undo: () => Promise<ChangeFieldsFragment>;
  undone: string;
  again: () => void;
}): { element: HTMLElement; undone(): void } {
  const block = h('div', { class: 'correction', role: 'status' });
  const draw = (state: 'done' | 'busy' | 'undone', error: string | null) =>
    replaceChildren(
      block,
      state === 'undone' ? h('p', {}, options.undone) : h('p', {}, options.text),
      state === 'busy' ? status('loading', 'Undoing…') : null,
      state === 'done'
        ? h(
            'button',
            {
              type: 'button',
              class: 'small',
              'aria-label': options.undoLabel,
              onclick: () => {
                draw('busy', null);
                options.undo().then(
                  () => {
                    draw('undone', null);
                    block.querySelector<HTMLButtonElement>('button')?.focus();
                  },
                  (failure: unknown) => draw('done', `It was not undone: ${messageOf(failure)}`),
                );
              },
            },
            'Undo',
          )
        : null,
      state === 'undone'
        ? h('button', { type: 'button', class: 'small', onclick: options.again }, 'Merge another pair')
        : null,
      error ? h('p', { class: 'status status-error', role: 'alert' }, error) : null,
    );
  draw('done', null);
  return { element: block, undone: () => draw('undone', null) };
}

/** "Add a missing fact": the words selected in the text as its quote, its type, its ends and why. */
export class AddFactForm {
  readonly element = h('section', { class: 'reader-add', 'aria-label': 'Add a missing fact' });
  private span: Span | null = null;
  private type: FactType = 'HOLDS_POSITION';
  private done: HTMLElement | null = null;

  constructor(
    private readonly body: string,
    private readonly entities: readonly Entity[],
    /** The entities the text names inside a span, in the order it names them. */
    private readonly namedIn: (span: Span) => Entity[],
    /** Sends the fact; the reader lists it with the others, where it can be undone. */
    private readonly add: (draft: FactDraft) => Promise<ChangeFieldsFragment>,
  ) {
    this.render(null);
  }

  /** The words now selected in the text (null: none); the form follows them until a fact is being sent. */
  select(span: Span | null): void {
    if (this.element.querySelector('[data-busy]') || this.done) return;
    if (span?.start === this.span?.start && span?.end === this.span?.end) return;
    this.span = span;
    // The reason typed so far stays: the analyst chose other words for the same fact.
    this.render(null, this.element.querySelector<HTMLInputElement>('#add-reason')?.value ?? '');
  }

  private render(error: string | null, reason = ''): void {
    const heading = h('h3', {}, 'Add a missing fact');
    if (this.done) {
      replaceChildren(this.element, heading, this.done);
      return;
    }
    if (!this.span) {
      replaceChildren(
        this.element,
        heading,
        h(
          'p',
          { class: 'hint' },
          'Select the words in the text that state the fact (with the mouse, or with the keyboard in caret browsing, F7), then say what they state here.',
        ),
      );
      return;
    }
    const span = this.span;
    const quote = this.body.slice(span.start, span.end);
    const inside = this.namedIn(span);
    const ends = FACT_ENDS[this.type];
    const fromChoices = choices(this.entities, ends.from, inside);
    const toChoices = choices(this.entities, ends.to, inside);
    const fromDefault = fromChoices[0] ?? null;
    const toDefault = toChoices.find((entity) => entity.id !== fromDefault?.id) ?? toChoices[0] ?? null;
    const typeSelect = h(
      'select',
      {
        id: 'add-type',
        onchange: () => {
          this.type = typeSelect.value as FactType;
          this.render(null, reasonInput.value);
          this.element.querySelector<HTMLSelectElement>('#add-type')?.focus();
        },
      },
      FACT_TYPES.map((type) => h('option', { value: type, selected: type === this.type }, factLabel(type))),
    );
    const fromSelect = entitySelect('add-from', fromChoices, fromDefault);
    const toSelect = entitySelect('add-to', toChoices, toDefault);
    const roleSelect =
      this.type === 'PARTICIPATED_IN'
        ? h(
            'select',
            { id: 'add-role' },
            Object.values(ParticipantRole).map((role) =>
              h('option', { value: role, selected: role === 'PARTICIPANT' }, ROLE_LABELS[role]),
            ),
          )
        : null;
    const atEvent = FACTS_AT_EVENTS.includes(this.type);
    const eventChoices = atEvent ? choices(this.entities, ['Event'], inside) : [];
    const eventSelect = atEvent ? entitySelect('add-event', eventChoices, eventChoices[0] ?? null) : null;
    const reasonInput = h('input', { type: 'text', id: 'add-reason', required: true, maxlength: 2000 });
    reasonInput.value = reason;
    const pick = (select: HTMLSelectElement | null, from: readonly Entity[]) =>
      from.find((entity) => entity.id === select?.value) ?? null;
    const form = h(
      'form',
      {
        class: 'reason-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          const from = pick(fromSelect, fromChoices);
          const to = pick(toSelect, toChoices);
          const eventEntity = pick(eventSelect, eventChoices);
          const why = reasonInput.value.trim();
          const missing = !from
            ? 'Choose what the fact goes from.'
            : !to
              ? 'Choose what the fact goes to.'
              : atEvent && !eventEntity
                ? 'Choose the event it happened at.'
                : why === ''
                  ? 'Say in a sentence why the fact holds.'
                  : null;
          if (missing || !from || !to) {
            this.render(missing, reasonInput.value);
            return;
          }
          const draft: FactDraft = {
            type: this.type,
            from,
            to,
            role: roleSelect ? (roleSelect.value as ParticipantRole) : null,
            event: eventEntity,
            reason: why,
            quote,
            span,
          };
          void this.send(draft);
        },
      },
      h('p', { class: 'reader-quote' }, h('span', { class: 'quote-label' }, 'Quote: '), `“${quote}”`),
      field('add-type', 'The fact', typeSelect),
      field('add-from', 'From', fromSelect),
      field('add-to', 'To', toSelect),
      roleSelect ? field('add-role', 'Role', roleSelect) : null,
      eventSelect ? field('add-event', 'At the event', eventSelect) : null,
      field('add-reason', 'Why does it hold?', reasonInput),
      h(
        'div',
        { class: 'reader-fact-actions' },
        h('button', { type: 'submit', class: 'small primary' }, 'Add the fact'),
      ),
      error ? h('p', { class: 'status status-error', role: 'alert' }, error) : null,
    );
    replaceChildren(this.element, heading, form);
  }

  private async send(draft: FactDraft): Promise<void> {
    replaceChildren(this.element, h('h3', {}, 'Add a missing fact'), status('loading', 'Adding the fact…'));
    this.element.lastElementChild?.setAttribute('data-busy', '');
    try {
      const change = await this.add(draft);
      const title = `${draft.from.name} — ${factLabel(draft.type, draft.role ?? undefined)} → ${draft.to.name}`;
      this.done = h(
        'div',
        { class: 'correction', role: 'status' },
        h(
          'p',
          {},
          `Added “${title}” as ${change.actor}, the selected words its evidence; it is listed with the facts.`,
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            onclick: () => {
              this.done = null;
              this.span = null;
              this.render(null);
            },
          },
          'Add another',
        ),
      );
      this.render(null);
    } catch (error) {
      this.render(`The fact was not added: ${messageOf(error)}`, draft.reason);
    }
  }
}

/** "Two names, one entity?": merges one entity the article names into another of its type. */
export class MergeForm {
  readonly element = h('section', { class: 'reader-merge', 'aria-label': 'Merge two entities' });
  private keep: Entity | null = null;
  private done: HTMLElement | null = null;
  /** The merge made here and not undone yet. */
  private last: { change: ChangeFieldsFragment; away: Entity; undone(): void } | null = null;

  constructor(
    private readonly entities: readonly Entity[],
    private readonly actions: {
      merge(keep: Entity, merge: Entity, reason: string): Promise<ChangeFieldsFragment>;
      undo(change: ChangeFieldsFragment, away: Entity): Promise<ChangeFieldsFragment>;
    },
  ) {
    this.keep = this.mergeable()[0] ?? null;
    this.render(null);
  }

  /** The change `changeId` was undone: the entity merged away when it was this form's merge, else null. */
  undone(changeId: string): Entity | null {
    if (this.last?.change.id !== changeId) return null;
    const { away, undone } = this.last;
    this.last = null;
    undone();
    return away;
  }

  /** Entities with at least one other of their type in the article: the only ones a merge can keep. */
  private mergeable(): Entity[] {
    return this.entities.filter((entity) =>
      this.entities.some((other) => other !== entity && other.__typename === entity.__typename),
    );
  }

  private render(error: string | null, reason = ''): void {
    const heading = h('h3', {}, 'Two names, one entity?');
    if (this.done) {
      replaceChildren(this.element, heading, this.done);
      return;
    }
    const keepChoices = this.mergeable();
    if (keepChoices.length === 0) {
      replaceChildren(this.element, heading, h('p', { class: 'hint' }, 'No two entities of one type are named here.'));
      return;
    }
    const keepSelect = entitySelect('merge-keep', keepChoices, this.keep);
    keepSelect.addEventListener('change', () => {
      this.keep = keepChoices.find((entity) => entity.id === keepSelect.value) ?? null;
      this.render(null, reasonInput.value);
      this.element.querySelector<HTMLSelectElement>('#merge-keep')?.focus();
    });
    const keep = this.keep ?? (keepChoices[0] as Entity);
    const awayChoices = this.entities.filter((entity) => entity !== keep && entity.__typename === keep.__typename);
    const awaySelect = entitySelect('merge-away', awayChoices, awayChoices[0] ?? null);
    const reasonInput = h('input', { type: 'text', id: 'merge-reason', required: true, maxlength: 2000 });
    reasonInput.value = reason;
    const form = h(
      'form',
      {
        class: 'reason-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          const away = awayChoices.find((entity) => entity.id === awaySelect.value);
          const why = reasonInput.value.trim();
          if (!away || why === '') {
            this.render(
              away ? 'Say in a sentence why they are one.' : 'Choose the entity to merge.',
              reasonInput.value,
            );
            return;
          }
          void this.send(keep, away, why);
        },
      },
      field('merge-keep', 'Keep', keepSelect),
      field('merge-away', 'Merge into it', awaySelect),
      field('merge-reason', 'Why are they one?', reasonInput),
      h('div', { class: 'reader-fact-actions' }, h('button', { type: 'submit', class: 'small primary' }, 'Merge')),
      error ? h('p', { class: 'status status-error', role: 'alert' }, error) : null,
    );
    replaceChildren(this.element, heading, form);
  }

  private async send(keep: Entity, away: Entity, reason: string): Promise<void> {
    replaceChildren(this.element, h('h3', {}, 'Two names, one entity?'), status('loading', 'Merging…'));
    try {
      const change = await this.actions.merge(keep, away, reason);
      const block = doneBlock({
        text: `Merged “${away.name}” into “${keep.name}” as ${change.actor}: its facts and names are ${keep.name}'s now.`,
        undoLabel: `Undo the merge of ${away.name} into ${keep.name}`,
        undo: () => this.actions.undo(change, away),
        undone: `The merge of “${away.name}” into “${keep.name}” is undone.`,
        again: () => {
          this.done = null;
          this.render(null);
        },
      });
      this.done = block.element;
      this.last = { change, away, undone: block.undone };
      this.render(null);
      this.done.querySelector<HTMLButtonElement>('button')?.focus();
    } catch (error) {
      this.render(`They were not merged: ${messageOf(error)}`, reason);
    }
  }
}
