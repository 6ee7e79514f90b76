/**
 * The reading desk: a pane over the graph and the evidence panel holding the list of articles, the review queue and
 * the article reader, with the API key their corrections and decisions send. The entity card stays beside it, so a
 * mention clicked in the text shows its entity there and on the canvas. What it shows is kept in the address
 * (desk-state.ts): a copied link opens the same article at the same quote, and Back returns to what it showed before.
 */
import { request, send } from '../api.js';
import {
  AddFactDocument,
  ArticleDocument,
  type ChangeFieldsFragment,
  DecideReviewItemDocument,
  MergeEntitiesDocument,
  RetractFactDocument,
  UndoChangeDocument,
} from '../generated/graphql.js';
import { type DeskState, type DeskView, parseDeskState, withDeskState } from '../state/desk-state.js';
import { ApiKeyField } from './api-key.js';
import { ArticlesList } from './articles-list.js';
import { h, messageOf, replaceChildren, status } from './dom.js';
import { loadHistory } from './history.js';
import { ArticleReader } from './reader.js';
import { ReviewQueue } from './review-queue.js';
import type { Span } from './text-layout.js';
import './reading-desk.css';

export interface ReadingDeskOptions {
  /** The pane the desk fills; hidden while the graph is shown. */
  element: HTMLElement;
  /** Where the buttons that open the desk go (the top bar). */
  launcher: HTMLElement;
  /** Shows an entity's card and puts it on the canvas. */
  openEntity(id: string): void;
  /** Called after a correction changed the graph, so views drawn from it can be refreshed. */
  changed?(): void;
}

const VIEW_LABELS: Record<DeskView, string> = { articles: 'Articles', queue: 'Review queue', article: 'Article' };

export class ReadingDesk {
  private view: DeskView | null = null;
  private readonly apiKey = new ApiKeyField();
  private readonly list: ArticlesList;
  private readonly queue: ReviewQueue;
  private readonly articleSlot = h('div', { class: 'desk-article' }, status('empty', 'No article is open yet.'));
  private readonly tabs = new Map<DeskView, HTMLButtonElement>();
  private readonly panels = new Map<DeskView, HTMLElement>();
  /** The reader shown, told of every undo made from anywhere. */
  private reader: ArticleReader | null = null;
  /** The article open in the reader, and the quote it was opened at. */
  private current: { article: string; span: Span | null } | null = null;
  /** Which article load is current: the answer to an older one is dropped. */
  private articleGeneration = 0;
  /** What had the keyboard when the desk opened. */
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly options: ReadingDeskOptions) {
    this.list = new ArticlesList((id) => void this.openArticle(id, null));
    this.queue = new ReviewQueue({
      openArticle: (id, span) => void this.openArticle(id, span),
      decide: async (id, decision) => {
        await send(DecideReviewItemDocument, { id, decision, note: null }, { apiKey: this.key() });
      },
    });
    this.panels.set('articles', this.list.element);
    this.panels.set('queue', this.queue.element);
    this.panels.set('article', this.articleSlot);

    const tablist = h('div', { class: 'tabs desk-tabs', role: 'tablist', 'aria-label': 'Reading desk' });
    for (const view of ['articles', 'queue', 'article'] as const) {
      const tab = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          'data-desk': view,
          'aria-selected': 'false',
          onclick: () => (view === 'article' && this.current ? this.record() : this.show(view)),
        },
        VIEW_LABELS[view],
      );
      this.tabs.set(view, tab);
      tablist.append(tab);
    }
    options.element.classList.add('desk');
    options.element.hidden = true;
    replaceChildren(
      options.element,
      h(
        'div',
        { class: 'desk-bar' },
        tablist,
        this.apiKey.element,
        h('button', { type: 'button', class: 'desk-close', onclick: () => this.close() }, 'Back to the graph'),
      ),
      h('div', { class: 'desk-body', tabindex: -1 }, [...this.panels.values()]),
    );
    // Back and Forward through what the desk showed.
    window.addEventListener('popstate', () => void this.restore(parseDeskState(window.location.search)));
    options.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !(event.target as HTMLElement | null)?.closest('input')) this.close();
    });
    replaceChildren(
      options.launcher,
      h('button', { type: 'button', class: 'toplink', onclick: () => this.show('articles') }, 'Articles'),
      h('button', { type: 'button', class: 'toplink', onclick: () => this.show('queue') }, 'Review queue'),
    );
    this.renderTabs();
  }

  /** Shows one view of the desk (recorded in the address unless `record` is false: a restore). */
  show(view: DeskView, record = true): void {
    if (this.options.element.hidden && document.activeElement instanceof HTMLElement)
      this.returnFocus = document.activeElement;
    this.view = view;
    this.options.element.hidden = false;
    this.renderTabs();
    if (view === 'articles') this.list.show();
    if (view === 'queue') void this.queue.show();
    this.tabs.get(view)?.focus();
    if (record && view !== 'article') this.writeUrl({ view });
  }

  /** Hides the desk, showing the graph and the evidence panel again. */
  close(record = true): void {
    if (this.view === null) return;
    this.view = null;
    this.options.element.hidden = true;
    this.renderTabs();
    // Back where the desk was opened from (a launcher, an "Open the article"), if it is still on the page.
    if (this.returnFocus?.isConnected) this.returnFocus.focus();
    this.returnFocus = null;
    if (record) this.writeUrl(null);
  }

  /** Shows what the address says (at start, and on Back and Forward), recording nothing. */
  async restore(state: DeskState): Promise<void> {
    // What the desk shows already is left as it is: no reload, the keyboard where it was.
    if (state === null ? this.view === null : state.view === this.view && state.view !== 'article') return;
    if (
      state?.view === 'article' &&
      this.view === 'article' &&
      this.current?.article === state.article &&
      this.current.span?.start === state.span?.start &&
      this.current.span?.end === state.span?.end
    )
      return;
    if (state === null) this.close(false);
    else if (state.view !== 'article') this.show(state.view, false);
    else if (this.current?.article === state.article && this.reader) {
      this.current = { article: state.article, span: state.span };
      this.show('article', false);
      if (state.span) this.reader.reveal(state.span);
    } else await this.openArticle(state.article, state.span, false);
  }

  /**
   * Opens the article in the reader, scrolled to `span` (a quote's offsets) when given: from the evidence panel, the
   * list or the queue.
   */
  async openArticle(articleId: string, span: Span | null, record = true): Promise<void> {
    const generation = ++this.articleGeneration;
    this.reader = null;
    this.current = { article: articleId, span };
    replaceChildren(this.articleSlot, status('loading', 'Loading the article…'));
    this.show('article', false);
    if (record) this.record();
    let article: Awaited<ReturnType<typeof loadArticle>>;
    try {
      article = await loadArticle(articleId);
    } catch (error) {
      if (generation === this.articleGeneration)
        replaceChildren(this.articleSlot, status('error', `The article could not be loaded: ${messageOf(error)}`));
      return;
    }
    if (generation !== this.articleGeneration) return;
    if (!article) {
      replaceChildren(this.articleSlot, status('error', `No article has the id “${articleId}”.`));
      return;
    }
    const reader = new ArticleReader(
      article,
      {
        openEntity: (id) => this.options.openEntity(id),
        retract: async (factId, reason) =>
          this.corrected(
            (await send(RetractFactDocument, { factId, reason }, { apiKey: this.key() })).retractFact.change,
          ),
        undo: (changeId) => this.undoChange(changeId),
        history: loadHistory,
        add: async (draft) =>
          this.corrected(
            (
              await send(
                AddFactDocument,
                {
                  type: draft.type,
                  fromId: draft.from.id,
                  toId: draft.to.id,
                  attributes: { role: draft.role, eventId: draft.event?.id ?? null },
                  reason: draft.reason,
                  quote: draft.quote,
                  source: { articleId: article.id, start: draft.span.start, end: draft.span.end },
                },
                { apiKey: this.key() },
              )
            ).addFact.change,
          ),
        merge: async (keepId, mergeId, reason) =>
          this.corrected(
            (await send(MergeEntitiesDocument, { keepId, mergeId, reason }, { apiKey: this.key() })).mergeEntities
              .change,
          ),
      },
      span,
    );
    this.reader = reader;
    replaceChildren(this.articleSlot, reader.element);
    if (span) reader.reveal(span);
  }

  /**
   * Opens the article of any "Open the article" button (see `openArticleButton`) clicked inside `container`: the
   * evidence panel redraws its buttons often, so one listener on the panel serves them all.
   */
  listen(container: HTMLElement): void {
    container.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-open-article]');
      const id = button?.dataset.openArticle;
      if (!button || !id) return;
      const start = Number(button.dataset.start);
      const end = Number(button.dataset.end);
      const span = button.dataset.start && button.dataset.end ? { start, end } : null;
      void this.openArticle(id, span);
    });
  }

  /** Undoes `changeId` with the API key typed here (from a card's history); the graph's views are then refreshed. */
  async undoChange(changeId: string): Promise<ChangeFieldsFragment> {
    const { change } = (await send(UndoChangeDocument, { changeId, reason: null }, { apiKey: this.key() })).undoChange;
    this.reader?.undone(changeId, change);
    return this.corrected(change);
  }

  /** Records the article open (and its quote) in the address. */
  private record(): void {
    if (!this.current) return;
    if (this.view !== 'article') this.show('article', false);
    this.writeUrl({ view: 'article', article: this.current.article, span: this.current.span });
  }

  /** A new entry of the browser's history for `state`, so that Back returns to what the desk showed before. */
  private writeUrl(state: DeskState): void {
    const search = withDeskState(window.location.search, state);
    if (search === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
  }

  private corrected(change: ChangeFieldsFragment): ChangeFieldsFragment {
    this.options.changed?.();
    return change;
  }

  /** The API key typed, or an error that says where to type it (and puts the keyboard there when it is shown). */
  private key(): string {
    const key = this.apiKey.value();
    if (key !== null) return key;
    if (this.options.element.hidden)
      throw new Error('type the API key first, in the API key field of Articles or Review queue (top bar).');
    this.apiKey.focus();
    throw new Error('type the API key in the field above first.');
  }

  private renderTabs(): void {
    for (const [view, tab] of this.tabs) {
      tab.setAttribute('aria-selected', String(view === this.view));
    }
    for (const [view, panel] of this.panels) panel.hidden = view !== this.view;
  }
}

/** The button, for a quote of `articleId` at `span`, that a desk listening on its container answers. */
export function openArticleButton(articleId: string, span: { start: number | null; end: number | null }): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'small open-article',
      'data-open-article': articleId,
      'data-start': span.start ?? null,
      'data-end': span.end ?? null,
    },
    'Open the article',
  );
}

async function loadArticle(id: string) {
  return (await request(ArticleDocument, { id })).article;
}
