/**
 * An entity's history of corrections (retractions, additions, merges and their undos), shown under its card and in
 * the article reader after a correction. Each is loaded once and kept until a correction changes the graph.
 */
import { request } from '../api.js';
import { EntityHistoryDocument, type EntityHistoryQuery } from '../generated/graphql.js';
import { InFlight } from '../state/in-flight.js';
import { h, messageOf, status } from './dom.js';

export type EntityHistory = Extract<NonNullable<EntityHistoryQuery['node']>, { history: unknown }>;

/** How many changes a history shows: the newest. */
const SHOWN = 10;

/** Loads the history of `id`; null when no entity has that id. */
export async function loadHistory(id: string): Promise<EntityHistory | null> {
  const node = (await request(EntityHistoryDocument, { id, first: SHOWN })).node;
  return node && 'history' in node ? node : null;
}

type Loaded = { kind: 'history'; history: EntityHistory | null } | { kind: 'error'; message: string };

/** The histories shown under the cards, loaded the first time each is drawn. */
export class EntityHistories {
  private readonly loaded = new Map<string, Loaded>();
  private readonly loads = new InFlight<void>();

  /** `redraw` is called when a history asked for has arrived. */
  constructor(private readonly redraw: () => void) {}

  /** The history section of `id`: what is loaded, else a loading line while it loads. */
  section(id: string): HTMLElement {
    const loaded = this.loaded.get(id);
    if (loaded?.kind === 'history')
      return loaded.history ? renderHistory(loaded.history) : status('empty', 'No history.');
    if (loaded?.kind === 'error') return status('error', `The history could not be loaded: ${loaded.message}`);
    if (!this.loads.has(id)) {
      void this.loads
        .run(id, async () => {
          try {
            this.loaded.set(id, { kind: 'history', history: await loadHistory(id) });
          } catch (error) {
            this.loaded.set(id, { kind: 'error', message: messageOf(error) });
          }
        })
        .then(() => this.redraw());
    }
    return status('loading', 'Loading the history…');
  }

  /** Forgets every history loaded: a correction has just changed some. */
  forget(): void {
    this.loaded.clear();
  }
}

/** An entity's corrections, newest first: what, why, who, when, and whether it was undone. */
export function renderHistory(entity: EntityHistory): HTMLElement {
  const changes = entity.history.edges.map((edge) => edge.node);
  return h(
    'section',
    { class: 'history', 'aria-label': `History of ${entity.name}` },
    h('h4', {}, `History of ${entity.name} (${entity.history.totalCount})`),
    changes.length === 0
      ? status('empty', 'No correction touched it.')
      : h(
          'ol',
          { class: 'history-list' },
          changes.map((change) =>
            h(
              'li',
              { class: 'history-entry', 'data-action': change.action },
              h('span', { class: 'history-action' }, change.action.toLowerCase().replaceAll('_', ' ')),
              ` “${change.reason}” by ${change.actor}, `,
              h('time', { datetime: change.at }, change.at.slice(0, 19).replace('T', ' ')),
              change.undoneBy ? h('span', { class: 'history-undone' }, ' · undone') : null,
            ),
          ),
        ),
  );
}
