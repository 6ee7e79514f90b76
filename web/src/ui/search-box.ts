/**
 * A typeahead as an ARIA combobox: arrows move through the matches, Enter picks, Escape closes. It asks a
 * SearchSource (./search-sources.ts): the full-text search by default, or the list root of the type the main search's
 * picker chose. Used for the main search and both ends of the path finder.
 */
import { ApiError } from '../api.js';
import { h, messageOf, replaceChildren, status } from './dom.js';
import { SEARCH_SOURCES, type SearchHit, type SearchSource } from './search-sources.js';

export type { SearchHit } from './search-sources.js';

export interface SearchBoxOptions {
  id: string;
  label: string;
  placeholder: string;
  onPick(hit: SearchHit): void;
  /** Shown as a visible label; the main search uses a hidden one. */
  visibleLabel?: boolean;
  /** Where to look and with which kind, read at each search; the full-text search over every type by default. */
  source?: () => { source: SearchSource; kind: string | null };
}

const EVERYTHING = { source: SEARCH_SOURCES[0]!, kind: null };

const DEBOUNCE_MS = 180;

export interface SearchBox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  setValue(text: string): void;
  /** Searches again at once, for a new source or kind: opens the list when there is something to show. */
  refresh(): void;
}

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const listId = `${options.id}-list`;
  const input = h('input', {
    id: options.id,
    type: 'search',
    class: 'search-input',
    placeholder: options.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', {
    id: listId,
    class: 'search-list',
    role: 'listbox',
    'aria-label': `${options.label} suggestions`,
    hidden: true,
  });
  const message = h('div', { class: 'search-message', 'aria-live': 'polite' });
  const label = h(
    'label',
    { for: options.id, class: options.visibleLabel ? 'field-label' : 'visually-hidden' },
    options.label,
  );
  const element = h('div', { class: 'search-box' }, label, input, list, message);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number) => {
    active = index;
    for (const [i, child] of [...list.children].entries()) child.setAttribute('aria-selected', String(i === index));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (hit: SearchHit) => {
    input.value = hit.name;
    close();
    replaceChildren(message);
    options.onPick(hit);
  };

  const show = (query: string) => {
    replaceChildren(
      list,
      hits.map((hit, index) => {
        const alias = hit.aliases.find((a) => a.toLowerCase().includes(query.toLowerCase()) && a !== hit.name);
        return h(
          'li',
          {
            id: `${listId}-${index}`,
            role: 'option',
            class: 'search-option',
            'aria-selected': 'false',
            'data-id': hit.id,
            onmousedown: (event) => {
              event.preventDefault(); // keep focus in the input
              pick(hit);
            },
          },
          h('span', { class: `type-dot type-${hit.__typename}`, 'aria-hidden': 'true' }),
          h('span', { class: 'option-name' }, hit.name),
          h('span', { class: 'option-type' }, hit.__typename),
          alias ? h('span', { class: 'option-alias' }, `also “${alias}”`) : null,
          hit.__typename === 'Event' && hit.date ? h('span', { class: 'option-alias' }, hit.date.date) : null,
        );
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    highlight(hits.length > 0 ? 0 : -1);
  };

  const current = options.source ?? (() => EVERYTHING);

  /** Whether `query` is enough to ask `source`: long enough, or empty where the source lists its first page. */
  const asks = (source: SearchSource, query: string) =>
    source.text === null ? source.browse : query.length >= source.text.minLength || (query === '' && source.browse);

  const summary = (source: SearchSource, query: string, found: number, total: number) => {
    if (found === 0)
      return status('empty', query === '' ? `No ${source.noun} found.` : `No ${source.noun} match “${query}”.`);
    if (total > found) return status('empty', `The first ${found} of ${total} ${source.noun}.`);
    return null;
  };

  const run = async (query: string) => {
    controller?.abort();
    controller = new AbortController();
    const { source, kind } = current();
    const text = source.text === null ? '' : query;
    replaceChildren(message, status('loading', 'Searching…'));
    try {
      const found = await source.find({ text, kind, signal: controller.signal });
      hits = found.hits;
      show(text);
      replaceChildren(message, summary(source, text, hits.length, found.totalCount));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      hits = [];
      show(query);
      replaceChildren(
        message,
        status('error', error instanceof ApiError ? `Search failed: ${error.message}` : messageOf(error)),
      );
    }
  };

  const clear = () => {
    controller?.abort();
    hits = [];
    close();
    replaceChildren(message);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (!asks(current().source, query)) return clear();
    timer = window.setTimeout(() => void run(query), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length === 0 && asks(current().source, input.value.trim())) {
      // A type whose list needs no text opens on ↓.
      event.preventDefault();
      void run(input.value.trim());
    } else if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      if (list.hidden) show(input.value.trim());
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit && !list.hidden) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));

  return {
    element,
    input,
    setValue(text: string) {
      input.value = text;
    },
    refresh() {
      window.clearTimeout(timer);
      const query = input.value.trim();
      if (asks(current().source, query)) void run(query);
      else clear();
    },
  };
}
