/**
 * The list of ingested articles, newest first, narrowed by words of their title or text; each opens in the reader.
 * Pages load on demand ("More articles"), and a new text replaces the list.
 */
import { request } from '../api.js';
import { ArticlesDocument, type ArticlesQuery } from '../generated/graphql.js';
import { h, messageOf, replaceChildren, status } from './dom.js';

type ArticleRow = ArticlesQuery['articles']['edges'][number]['node'];

const PAGE = 20;

export class ArticlesList {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly results: HTMLElement;
  private rows: ArticleRow[] = [];
  private endCursor: string | null = null;
  private hasMore = false;
  private total = 0;
  /** Which search is current: an answer to an older one is dropped. */
  private generation = 0;
  private loaded = false;

  constructor(private readonly open: (articleId: string) => void) {
    this.input = h('input', { type: 'search', id: 'articles-text', placeholder: 'Words of the title or text' });
    this.results = h('div', { class: 'articles-results', 'aria-live': 'polite' });
    this.element = h(
      'section',
      { class: 'articles-list', 'aria-label': 'Articles' },
      h('h2', {}, 'Articles'),
      h(
        'form',
        {
          class: 'articles-filter',
          role: 'search',
          onsubmit: (event: Event) => {
            event.preventDefault();
            void this.load(false);
          },
        },
        h('label', { for: 'articles-text' }, 'Text'),
        this.input,
        h('button', { type: 'submit' }, 'Filter'),
      ),
      this.results,
    );
  }

  /** Loads the first page the first time the list is shown. */
  show(): void {
    if (!this.loaded) void this.load(false);
  }

  private async load(more: boolean): Promise<void> {
    this.loaded = true;
    const generation = ++this.generation;
    const text = this.input.value.trim();
    if (!more) {
      this.rows = [];
      this.endCursor = null;
      replaceChildren(this.results, status('loading', 'Loading the articles…'));
    }
    try {
      const { articles } = await request(ArticlesDocument, {
        where: text === '' ? null : { text },
        first: PAGE,
        after: more ? this.endCursor : null,
      });
      if (generation !== this.generation) return;
      this.rows.push(...articles.edges.map((edge) => edge.node));
      this.endCursor = articles.pageInfo.endCursor;
      this.hasMore = articles.pageInfo.hasNextPage;
      this.total = articles.totalCount;
      this.render(text);
    } catch (error) {
      if (generation !== this.generation) return;
      replaceChildren(this.results, status('error', `The articles could not be listed: ${messageOf(error)}`));
    }
  }

  private render(text: string): void {
    if (this.rows.length === 0) {
      replaceChildren(
        this.results,
        status('empty', text === '' ? 'No article has been ingested yet.' : `No article holds “${text}”.`),
      );
      return;
    }
    replaceChildren(
      this.results,
      h('p', { class: 'articles-count' }, `${this.total} article${this.total === 1 ? '' : 's'}`),
      h(
        'ul',
        { class: 'articles-rows' },
        this.rows.map((row) =>
          h(
            'li',
            { class: 'article-row', 'data-article': row.id },
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => this.open(row.id) },
              row.title ?? 'Untitled article',
            ),
            h(
              'span',
              { class: 'article-row-meta' },
              ` ${row.source ?? ''}${row.publishedAt ? ` · ${row.publishedAt}` : ' · undated'}`,
            ),
          ),
        ),
      ),
      this.hasMore ? h('button', { type: 'button', onclick: () => void this.load(true) }, 'More articles') : null,
    );
  }
}
