/**
 * The article reader: a release's text with every mention marked by the type of its entity (nested mentions inside
 * one another, the innermost drawn on top), every evidence sentence shaded and its quote underlined; beside it the
 * facts the article states, each with its confidence and rule, opening its evidence in the text and retractable in
 * place (with an undo) by an analyst holding the API key, who can also add a fact from the words selected in the text
 * and merge two entities it names (reader-corrections.ts).
 */
import type { ArticleQuery, ChangeFieldsFragment, FactType } from '../generated/graphql.js';
import { factLabel } from '../graph/model.js';
import { h, messageOf, replaceChildren, status } from './dom.js';
import { type EntityHistory, renderHistory } from './history.js';
import { AddFactForm, type Entity, type FactDraft, MergeForm, selectedSpan } from './reader-corrections.js';
import { type LayoutNode, layoutText, type Span, sentenceSpan } from './text-layout.js';

export type ReaderArticle = NonNullable<ArticleQuery['article']>;
export type ReaderFact = ReaderArticle['facts'][number];
type Mention = ReaderArticle['mentions'][number];

export interface ReaderActions {
  /** Shows the entity's card (and puts it on the canvas). */
  openEntity(id: string): void;
  /** Retracts the fact for `reason`; resolves with the change recorded. */
  retract(factId: string, reason: string): Promise<ChangeFieldsFragment>;
  /** Undoes `changeId`; resolves with the undo recorded. */
  undo(changeId: string): Promise<ChangeFieldsFragment>;
  /** The entity's history of corrections, newest first. */
  history(entityId: string): Promise<EntityHistory | null>;
  /** States the drafted fact, its quote as evidence at its place in this article; resolves with the change. */
  add(draft: FactDraft): Promise<ChangeFieldsFragment>;
  /** Merges `mergeId` into `keepId` for `reason`; resolves with the change. */
  merge(keepId: string, mergeId: string, reason: string): Promise<ChangeFieldsFragment>;
}

/** What has been done to a fact from this reader. */
type Correction =
  | { kind: 'none' }
  | { kind: 'asking'; draft: string; error: string | null }
  | { kind: 'busy'; text: string }
  | { kind: 'retracted'; change: ChangeFieldsFragment; error: string | null }
  | { kind: 'restored'; undo: ChangeFieldsFragment }
  | { kind: 'added'; change: ChangeFieldsFragment; error: string | null }
  | { kind: 'withdrawn'; undo: ChangeFieldsFragment };

interface Piece extends Span {
  element: HTMLElement;
}

const PERCENT = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "Suhardi Alius — accompanied by → Andhika Krisnayudhanto". */
export function factTitle(fact: ReaderFact['fact']): string {
  return `${fact.from.name} — ${factLabel(fact.type as FactType, fact.role ?? undefined)} → ${fact.to.name}`;
}

export class ArticleReader {
  readonly element: HTMLElement;
  private readonly pieces: Piece[] = [];
  private readonly factItems = new Map<string, HTMLLIElement>();
  private readonly corrections = new Map<string, Correction>();
  /** The fact each item of the list shows, by the same key as `factItems`. */
  private readonly itemFacts = new Map<string, ReaderFact>();
  private readonly text: HTMLElement;
  private readonly factList: HTMLOListElement;
  private readonly factCount: HTMLElement;
  private readonly addForm: AddFactForm;
  private readonly mergeForm: MergeForm;

  constructor(
    private readonly article: ReaderArticle,
    private readonly actions: ReaderActions,
    focus: Span | null,
  ) {
    const body = article.body ?? '';
    const quotes: Span[] = [];
    const sentences: Span[] = [];
    for (const { evidence } of article.facts) {
      for (const e of evidence) {
        if (e.start === null || e.end === null) continue;
        const quote = { start: e.start, end: e.end };
        quotes.push(quote);
        sentences.push(sentenceSpan(body, e.sentence, quote));
      }
    }
    const cuts = [...quotes, ...sentences, ...(focus ? [focus] : [])].flatMap((span) => [span.start, span.end]);
    const layout = layoutText(body.length, article.mentions, cuts);
    this.text = h(
      'div',
      { class: 'reader-text', 'aria-label': 'The text, with what it names marked' },
      body === ''
        ? status('empty', 'This article was imported without its text.')
        : this.renderNodes(layout, body, { quotes, sentences }),
    );
    const entities = namedEntities(article.mentions);
    this.addForm = new AddFactForm(
      body,
      entities,
      (span) => namedEntities(mentionsIn(article.mentions, span)),
      (draft) => this.added(draft),
    );
    // Any selection of words in the text, by the mouse or by the keyboard (the browser's caret browsing, F7); one
    // elsewhere (the reason typed in a form) leaves the quote as it was. The listener goes with the reader.
    let shown = false;
    const follow = () => {
      if (!this.element.isConnected) {
        if (shown) document.removeEventListener('selectionchange', follow);
        return;
      }
      shown = true;
      const span = body === '' ? null : selectedSpan(this.text, body);
      if (span) this.addForm.select(span);
    };
    document.addEventListener('selectionchange', follow);
    this.mergeForm = new MergeForm(entities, {
      merge: async (keep, away, reason) => {
        const change = await actions.merge(keep.id, away.id, reason);
        this.merged(away, keep);
        return change;
      },
      undo: async (change, away) => {
        const undo = await actions.undo(change.id);
        this.unmerged(away);
        return undo;
      },
    });
    this.factCount = h('h3', {}, `Facts (${article.facts.length})`);
    this.factList = h(
      'ol',
      { class: 'reader-fact-list' },
      article.facts.map((fact) => {
        const item = h('li', { class: 'reader-fact', 'data-fact': fact.fact.id });
        this.factItems.set(fact.fact.id, item);
        this.itemFacts.set(fact.fact.id, fact);
        this.corrections.set(fact.fact.id, { kind: 'none' });
        this.renderFact(fact);
        return item;
      }),
    );
    this.element = h(
      'article',
      { class: 'reader', 'aria-label': `Article: ${article.title ?? article.id}`, 'data-article': article.id },
      h(
        'header',
        { class: 'reader-header' },
        h('h2', { class: 'reader-title' }, article.title ?? 'Untitled article'),
        h(
          'p',
          { class: 'reader-meta' },
          article.source ?? 'Unknown source',
          article.publishedAt ? ` · published ${article.publishedAt}` : ' · undated',
          article.extractorVersion ? ` · read by ${article.extractorVersion}` : null,
          ` · ${article.mentions.length} mentions, ${article.facts.length} facts`,
          article.url
            ? h(
                'span',
                {},
                ' · ',
                h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, 'original'),
              )
            : null,
        ),
        h(
          'ul',
          { class: 'legend reader-legend', 'aria-label': 'Mention colours' },
          ['Person', 'Position', 'Organization', 'Country', 'Event', 'Agreement'].map((type) =>
            h('li', {}, h('span', { class: `type-dot type-${type}` }), type),
          ),
        ),
      ),
      h(
        'div',
        { class: 'reader-columns' },
        this.text,
        h(
          'aside',
          { class: 'reader-facts', 'aria-label': 'Facts this article states' },
          this.factCount,
          article.facts.length === 0 ? status('empty', 'No fact was read from this article.') : null,
          this.factList,
          this.addForm.element,
          this.mergeForm.element,
        ),
      ),
    );
  }

  /** Marks the span (a fact's quote, a queue item's) and scrolls the text to it; call once the reader is shown. */
  reveal(span: Span): void {
    for (const piece of this.pieces) piece.element.classList.remove('evidence-active');
    const inside = this.pieces.filter((piece) => piece.start >= span.start && piece.end <= span.end);
    for (const piece of inside) piece.element.classList.add('evidence-active');
    inside[0]?.element.scrollIntoView({ block: 'center' });
    // The facts that quote exactly this span are the ones being shown.
    let shown: HTMLLIElement | undefined;
    for (const { fact, evidence } of this.article.facts) {
      const item = this.factItems.get(fact.id);
      const quotes = evidence.some((e) => e.start === span.start && e.end === span.end);
      item?.classList.toggle('current', quotes);
      if (quotes) shown ??= item;
    }
    shown?.scrollIntoView({ block: 'nearest' });
  }

  /** Marks every quote of `fact` and scrolls to the first; the fact is shown as the current one in the list. */
  showFact(fact: ReaderFact): void {
    for (const [id, item] of this.factItems) item.classList.toggle('current', id === fact.fact.id);
    for (const piece of this.pieces) piece.element.classList.remove('evidence-active');
    let first: HTMLElement | undefined;
    for (const e of fact.evidence) {
      if (e.start === null || e.end === null) continue;
      for (const piece of this.pieces) {
        if (piece.start < e.start || piece.end > e.end) continue;
        piece.element.classList.add('evidence-active');
        first ??= piece.element;
      }
    }
    first?.scrollIntoView({ block: 'center' });
  }

  // ── the text ─────────────────────────────────────────────────────────────────────────────────────────────────────

  private renderNodes(
    nodes: readonly LayoutNode<Mention>[],
    body: string,
    spans: { quotes: readonly Span[]; sentences: readonly Span[] },
  ): Array<Node | string> {
    return nodes.map((node) => {
      if (node.kind === 'mention') return this.renderMention(node, this.renderNodes(node.children, body, spans));
      const words = body.slice(node.start, node.end);
      const inSentence = spans.sentences.some((span) => covers(span, node));
      const inQuote = spans.quotes.some((span) => covers(span, node));
      if (!inSentence && !inQuote) return words;
      const element = h(
        'span',
        { class: `evidence-piece${inSentence ? ' in-sentence' : ''}${inQuote ? ' in-quote' : ''}` },
        words,
      );
      this.pieces.push({ start: node.start, end: node.end, element });
      return element;
    });
  }

  private renderMention(node: Extract<LayoutNode<Mention>, { kind: 'mention' }>, children: Array<Node | string>) {
    const entity = node.mention.entity;
    if (!entity) {
      return h('mark', { class: 'mention mention-unknown', title: 'An entity since deleted' }, children);
    }
    const open = (event: Event) => {
      // The innermost mention answers; the ones around it stay quiet. A merge re-points the mark (data-entity).
      event.stopPropagation();
      this.actions.openEntity((event.currentTarget as HTMLElement).dataset.entity ?? entity.id);
    };
    return h(
      'mark',
      {
        class: `mention mention-${entity.__typename}`,
        'data-entity': entity.id,
        'data-type': entity.__typename,
        title: `${entity.__typename}: ${entity.name}`,
        role: 'button',
        tabindex: 0,
        onclick: open,
        onkeydown: (event: Event) => {
          const key = (event as KeyboardEvent).key;
          if (key !== 'Enter' && key !== ' ') return;
          event.preventDefault();
          open(event);
        },
      },
      children,
    );
  }

  // ── the facts ────────────────────────────────────────────────────────────────────────────────────────────────────

  private renderFact(fact: ReaderFact): void {
    this.renderFactAt(fact.fact.id, fact);
  }

  /** Draws the item `key` of the list (a fact's id, or the item of an addition the article already stated). */
  private renderFactAt(key: string, fact: ReaderFact): void {
    const item = this.factItems.get(key);
    if (!item) return;
    const correction = this.corrections.get(key) ?? { kind: 'none' };
    const confidences = fact.evidence.flatMap((e) => (e.confidence === null ? [] : [e.confidence]));
    const rules = [...new Set(fact.evidence.flatMap((e) => (e.rule ? [e.rule] : [])))];
    const byAnalyst = fact.evidence.length > 0 && fact.evidence.every((e) => e.extractorVersion === 'analyst');
    const title = factTitle(fact.fact);
    item.classList.toggle('retracted', correction.kind === 'retracted' || correction.kind === 'withdrawn');
    replaceChildren(
      item,
      h(
        'button',
        {
          type: 'button',
          class: 'link reader-fact-title',
          'aria-label': `Show the evidence of ${title}`,
          onclick: () => this.showFact(fact),
        },
        title,
      ),
      h(
        'p',
        { class: 'reader-fact-meta' },
        confidences.length > 0 ? `confidence ${PERCENT.format(Math.max(...confidences))}` : 'confidence not recorded',
        byAnalyst ? ' · stated by an analyst' : ` · rule ${rules.length > 0 ? rules.join(', ') : 'not recorded'}`,
        fact.evidence.length > 1 ? ` · ${fact.evidence.length} quotes` : null,
      ),
      this.renderCorrection(fact, correction, title),
    );
  }

  private setCorrection(fact: ReaderFact, correction: Correction): void {
    this.corrections.set(fact.fact.id, correction);
    this.renderFact(fact);
  }

  private renderCorrection(fact: ReaderFact, correction: Correction, title: string): HTMLElement | null {
    switch (correction.kind) {
      case 'none':
        return h(
          'div',
          { class: 'reader-fact-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              'aria-label': `This fact is wrong: ${title}`,
              onclick: () => {
                this.setCorrection(fact, { kind: 'asking', draft: '', error: null });
                this.factItems.get(fact.fact.id)?.querySelector('input')?.focus();
              },
            },
            'This fact is wrong',
          ),
        );
      case 'asking':
        return this.reasonForm(fact, correction);
      case 'busy':
        return status('loading', correction.text);
      case 'retracted':
        return this.undoable(fact, correction, {
          done: 'Retracted',
          undoLabel: `Undo the retraction of ${title}`,
          undo: () => this.undo(fact, correction.change),
        });
      case 'restored':
        return h(
          'div',
          { class: 'correction', role: 'status' },
          h('p', {}, h('strong', {}, 'Retraction undone'), ` by ${correction.undo.actor}: the fact is back.`),
          this.historySlot(fact),
        );
      case 'added':
        return this.undoable(fact, correction, {
          done: 'Added',
          undoLabel: `Undo the addition of ${title}`,
          undo: () => this.withdraw(fact, correction.change),
        });
      case 'withdrawn':
        return h(
          'div',
          { class: 'correction', role: 'status' },
          h(
            'p',
            {},
            h('strong', {}, 'Addition undone'),
            ` by ${correction.undo.actor}: the quote is no longer evidence.`,
          ),
          this.historySlot(fact),
        );
    }
  }

  /** A correction made from here and not undone yet: who made it and why, its Undo, and the subject's history. */
  private undoable(
    fact: ReaderFact,
    correction: { change: ChangeFieldsFragment; error: string | null },
    options: { done: string; undoLabel: string; undo: () => Promise<void> },
  ): HTMLElement {
    return h(
      'div',
      { class: 'correction', role: 'status' },
      h('p', {}, h('strong', {}, options.done), ` by ${correction.change.actor}: “${correction.change.reason}”`),
      h(
        'button',
        { type: 'button', class: 'small', 'aria-label': options.undoLabel, onclick: () => void options.undo() },
        'Undo',
      ),
      correction.error ? h('p', { class: 'status status-error', role: 'alert' }, correction.error) : null,
      this.historySlot(fact),
    );
  }

  // ── what the analyst adds ────────────────────────────────────────────────────────────────────────────────────────

  /** Sends a drafted fact and lists it with the others, marked as the analyst's, with its undo. */
  private async added(draft: FactDraft): Promise<ChangeFieldsFragment> {
    const change = await this.actions.add(draft);
    const fact: ReaderFact = {
      __typename: 'ArticleFact',
      fact: {
        __typename: 'Fact',
        id: change.factId ?? change.id,
        type: draft.type,
        role: draft.role,
        from: draft.from,
        to: draft.to,
      },
      evidence: [
        {
          __typename: 'Evidence',
          id: `${change.id}/evidence`,
          quote: draft.quote,
          sentence: draft.quote,
          start: draft.span.start,
          end: draft.span.end,
          confidence: 1,
          rule: null,
          extractorVersion: 'analyst',
        },
      ],
    };
    // A fact the article already states gets its own item again: the item holds this addition's undo.
    const key = this.factItems.has(fact.fact.id) ? `${fact.fact.id}/${change.id}` : fact.fact.id;
    const item = h('li', { class: 'reader-fact', 'data-fact': fact.fact.id });
    this.factItems.set(key, item);
    this.itemFacts.set(key, fact);
    this.corrections.set(key, { kind: 'added', change, error: null });
    this.factList.append(item);
    this.renderFactAt(key, fact);
    this.factCount.textContent = `Facts (${this.factItems.size})`;
    item.scrollIntoView({ block: 'nearest' });
    return change;
  }

  private async withdraw(fact: ReaderFact, change: ChangeFieldsFragment): Promise<void> {
    const key = this.keyOf(fact, change);
    this.corrections.set(key, { kind: 'busy', text: 'Undoing…' });
    this.renderFactAt(key, fact);
    try {
      const undo = await this.actions.undo(change.id);
      this.corrections.set(key, { kind: 'withdrawn', undo });
    } catch (error) {
      this.corrections.set(key, { kind: 'added', change, error: `The addition was not undone: ${messageOf(error)}` });
    }
    this.renderFactAt(key, fact);
    this.factItems.get(key)?.querySelector<HTMLButtonElement>('.reader-fact-title')?.focus();
  }

  /**
   * The change `changeId` was undone (from here or from a history): the item it corrected says so (a retraction
   * undone, an addition gone), and the marks a merge re-pointed name the entity merged away again.
   */
  undone(changeId: string, undo: ChangeFieldsFragment): void {
    const away = this.mergeForm.undone(changeId);
    if (away) this.unmerged(away);
    for (const [key, correction] of this.corrections) {
      if (correction.kind !== 'retracted' && correction.kind !== 'added') continue;
      if (correction.change.id !== changeId) continue;
      this.corrections.set(
        key,
        correction.kind === 'retracted' ? { kind: 'restored', undo } : { kind: 'withdrawn', undo },
      );
      const fact = this.itemFacts.get(key);
      if (fact) this.renderFactAt(key, fact);
    }
  }

  /** The key of the item that holds the addition `change` of `fact`. */
  private keyOf(fact: ReaderFact, change: ChangeFieldsFragment): string {
    const own = `${fact.fact.id}/${change.id}`;
    return this.factItems.has(own) ? own : fact.fact.id;
  }

  /** Marks in the text that named `away` name `keep` now: `away` was merged into it. */
  private merged(away: Entity, keep: Entity): void {
    for (const mark of this.text.querySelectorAll<HTMLElement>('mark[data-entity]')) {
      if (mark.dataset.entity !== away.id) continue;
      mark.dataset.entity = keep.id;
      mark.dataset.mergedFrom = away.id;
      mark.title = `${keep.__typename}: ${keep.name} (merged from ${away.name})`;
    }
  }

  /** Marks that named `away` before its merge name it again: the merge was undone. */
  private unmerged(away: Entity): void {
    for (const mark of this.text.querySelectorAll<HTMLElement>('mark[data-merged-from]')) {
      if (mark.dataset.mergedFrom !== away.id) continue;
      mark.dataset.entity = away.id;
      delete mark.dataset.mergedFrom;
      mark.title = `${away.__typename}: ${away.name}`;
    }
  }

  private reasonForm(fact: ReaderFact, asking: Extract<Correction, { kind: 'asking' }>): HTMLElement {
    const id = `reason-${fact.fact.id.replace(/[^a-z0-9]/gi, '-')}`;
    const input = h('input', { type: 'text', id, class: 'reason-input', required: true, maxlength: 2000 });
    input.value = asking.draft;
    return h(
      'form',
      {
        class: 'reason-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          const reason = input.value.trim();
          if (reason === '') {
            this.setCorrection(fact, { kind: 'asking', draft: '', error: 'Say in a sentence why the fact is wrong.' });
            this.factItems.get(fact.fact.id)?.querySelector('input')?.focus();
            return;
          }
          void this.retract(fact, reason);
        },
      },
      h('label', { for: id }, 'Why is it wrong?'),
      input,
      h(
        'div',
        { class: 'reader-fact-actions' },
        h('button', { type: 'submit', class: 'small primary' }, 'Retract'),
        h(
          'button',
          { type: 'button', class: 'small', onclick: () => this.setCorrection(fact, { kind: 'none' }) },
          'Cancel',
        ),
      ),
      asking.error ? h('p', { class: 'status status-error', role: 'alert' }, asking.error) : null,
    );
  }

  private async retract(fact: ReaderFact, reason: string): Promise<void> {
    this.setCorrection(fact, { kind: 'busy', text: 'Retracting…' });
    try {
      const change = await this.actions.retract(fact.fact.id, reason);
      this.setCorrection(fact, { kind: 'retracted', change, error: null });
      this.factItems.get(fact.fact.id)?.querySelector<HTMLButtonElement>('.correction button')?.focus();
    } catch (error) {
      this.setCorrection(fact, {
        kind: 'asking',
        draft: reason,
        error: `The fact was not retracted: ${messageOf(error)}`,
      });
    }
  }

  private async undo(fact: ReaderFact, change: ChangeFieldsFragment): Promise<void> {
    this.setCorrection(fact, { kind: 'busy', text: 'Undoing…' });
    try {
      const undo = await this.actions.undo(change.id);
      this.setCorrection(fact, { kind: 'restored', undo });
      this.factItems.get(fact.fact.id)?.querySelector<HTMLButtonElement>('.reader-fact-title')?.focus();
    } catch (error) {
      this.setCorrection(fact, {
        kind: 'retracted',
        change,
        error: `The retraction was not undone: ${messageOf(error)}`,
      });
    }
  }

  /** The history of the fact's subject, loaded afresh: the change just made is in it. */
  private historySlot(fact: ReaderFact): HTMLElement {
    const entity = fact.fact.from;
    const slot = h('div', { class: 'reader-history' }, status('loading', `Loading the history of ${entity.name}…`));
    this.actions.history(entity.id).then(
      (history) =>
        replaceChildren(
          slot,
          history ? renderHistory(history, this.actions.undo) : status('empty', 'No history recorded.'),
        ),
      (error: unknown) =>
        replaceChildren(slot, status('error', `The history could not be loaded: ${messageOf(error)}`)),
    );
    return slot;
  }
}

function covers(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The mentions lying wholly inside `span`, in the order the text names them. */
function mentionsIn(mentions: readonly Mention[], span: Span): Mention[] {
  return mentions.filter((m) => covers(span, m)).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The entities `mentions` name, each once, in the order of their first mention. */
function namedEntities(mentions: readonly Mention[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.entity && !byId.has(m.entity.id)) byId.set(m.entity.id, m.entity);
  }
  return [...byId.values()];
}
