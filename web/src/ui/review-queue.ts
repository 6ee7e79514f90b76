/**
 * The review queue: what needs an analyst (facts read with low confidence, contradictions), most facts touched
 * first; each item opens the article reader at its first evidence, and Confirm or Dismiss records the decision and
 * takes the item off the list.
 */
import { request } from '../api.js';
import { type ReviewDecisionInput, ReviewQueueDocument, type ReviewQueueQuery } from '../generated/graphql.js';
import { h, messageOf, replaceChildren, status } from './dom.js';
import type { Span } from './text-layout.js';

type ReviewItem = ReviewQueueQuery['reviewQueue']['edges'][number]['node'];

export interface ReviewQueueActions {
  /** Opens the article at the span (the item's first evidence). */
  openArticle(articleId: string, span: Span | null): void;
  /** Records the decision (with the API key); rejects with a message to show. */
  decide(id: string, decision: Extract<ReviewDecisionInput, 'CONFIRMED' | 'DISMISSED'>): Promise<void>;
}

const PAGE = 20;

const KIND_LABELS: Record<ReviewItem['kind'], string> = {
  LOW_CONFIDENCE_FACT: 'Low confidence',
  CONTRADICTION: 'Contradiction',
};

export class ReviewQueue {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly notice: HTMLElement;
  /** Decisions made from this list so far: a load that started before the latest one is stale. */
  private decisions = 0;
  private items: ReviewItem[] = [];
  private total = 0;
  private readonly errors = new Map<string, string>();
  private readonly busy = new Set<string>();
  private loading: Promise<void> | null = null;

  constructor(private readonly actions: ReviewQueueActions) {
    this.body = h('div', { class: 'queue-body' });
    this.notice = h('p', { class: 'queue-notice', role: 'status' });
    this.element = h(
      'section',
      { class: 'review-queue', 'aria-label': 'Review queue' },
      h('h2', {}, 'Review queue'),
      h(
        'p',
        { class: 'queue-intro' },
        'Facts read with low confidence and contradictions, most facts touched first. Open one in its article, then confirm it or dismiss it.',
      ),
      this.notice,
      this.body,
    );
  }

  /** Loads the queue afresh (decisions taken elsewhere, corrections that removed an item's cause). */
  show(): Promise<void> {
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    if (this.items.length === 0) replaceChildren(this.body, status('loading', 'Loading the review queue…'));
    const decisions = this.decisions;
    try {
      const { reviewQueue } = await request(ReviewQueueDocument, { first: PAGE, after: null });
      // A decision made while it loaded changed the list: the answer, older than it, is dropped.
      if (decisions !== this.decisions) return;
      this.items = reviewQueue.edges.map((edge) => edge.node);
      this.total = reviewQueue.totalCount;
      this.render();
    } catch (error) {
      replaceChildren(this.body, status('error', `The review queue could not be loaded: ${messageOf(error)}`));
    }
  }

  private render(): void {
    // A reload redraws the list under the analyst: the keyboard stays on the same button of the same item.
    const active = document.activeElement;
    const focused =
      active instanceof HTMLButtonElement && this.body.contains(active)
        ? { item: active.closest<HTMLElement>('[data-item]')?.dataset.item, label: active.textContent }
        : null;
    if (this.items.length === 0) {
      replaceChildren(this.body, status('empty', 'Nothing waits for review.'));
      return;
    }
    replaceChildren(
      this.body,
      h(
        'p',
        { class: 'queue-count' },
        `${this.total} item${this.total === 1 ? '' : 's'} pending${this.total > this.items.length ? `, the first ${this.items.length} shown` : ''}`,
      ),
      h(
        'ol',
        { class: 'queue-list' },
        this.items.map((item) => this.renderItem(item)),
      ),
    );
    if (!focused?.item) return;
    const buttons = this.body.querySelectorAll<HTMLButtonElement>(`[data-item="${CSS.escape(focused.item)}"] button`);
    [...buttons].find((button) => button.textContent === focused.label)?.focus();
  }

  private renderItem(item: ReviewItem): HTMLElement {
    const first = item.evidence.find((e) => e.article !== null);
    const busy = this.busy.has(item.id);
    const error = this.errors.get(item.id);
    return h(
      'li',
      { class: 'queue-item', 'data-item': item.id, 'aria-busy': busy ? 'true' : null },
      h('p', { class: `queue-kind queue-kind-${item.kind}` }, KIND_LABELS[item.kind]),
      h('p', { class: 'queue-summary' }, item.summary),
      h(
        'p',
        { class: 'queue-meta' },
        `Touches ${item.factsTouched} fact${item.factsTouched === 1 ? '' : 's'}`,
        item.entities.length > 0 ? ` · ${item.entities.map((entity) => entity.name).join(', ')}` : null,
      ),
      first ? h('blockquote', { class: 'quote' }, first.quote) : null,
      h(
        'div',
        { class: 'queue-actions' },
        first?.article
          ? h(
              'button',
              {
                type: 'button',
                class: 'small',
                onclick: () =>
                  this.actions.openArticle(
                    first.article?.id ?? '',
                    first.start !== null && first.end !== null ? { start: first.start, end: first.end } : null,
                  ),
              },
              'Open the article',
            )
          : null,
        h(
          'button',
          {
            type: 'button',
            class: 'small primary',
            disabled: busy,
            'aria-label': `Confirm: ${item.summary}`,
            onclick: () => void this.decide(item, 'CONFIRMED'),
          },
          'Confirm',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            disabled: busy,
            'aria-label': `Dismiss: ${item.summary}`,
            onclick: () => void this.decide(item, 'DISMISSED'),
          },
          'Dismiss',
        ),
      ),
      error ? h('p', { class: 'status status-error', role: 'alert' }, error) : null,
    );
  }

  private async decide(item: ReviewItem, decision: 'CONFIRMED' | 'DISMISSED'): Promise<void> {
    this.decisions += 1;
    const index = this.items.indexOf(item);
    this.busy.add(item.id);
    this.errors.delete(item.id);
    this.render();
    try {
      await this.actions.decide(item.id, decision);
    } catch (error) {
      this.errors.set(item.id, `The decision was not recorded: ${messageOf(error)}`);
      return;
    } finally {
      this.busy.delete(item.id);
      this.render();
    }
    this.items = this.items.filter((other) => other.id !== item.id);
    this.total -= 1;
    this.notice.textContent = `${decision === 'CONFIRMED' ? 'Confirmed' : 'Dismissed'}: ${item.summary}`;
    this.render();
    // The keyboard stays in the list: on the item that took its place, else on the one before.
    const next = this.items[Math.min(index, this.items.length - 1)];
    if (next) this.body.querySelector<HTMLButtonElement>(`[data-item="${CSS.escape(next.id)}"] button`)?.focus();
  }
}
