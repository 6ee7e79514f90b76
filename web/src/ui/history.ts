/**
 * An entity's history of corrections (retractions, additions, merges and their undos), shown under its card and in
 * the article reader after a correction, each change not undone yet with its Undo. Each is loaded once and kept
 * until a correction changes the graph.
 */
import { request } from '../api.js';
import { EntityHistoryDocument, type EntityHistoryQuery } from '../generated/graphql.js';
import { InFlight } from '../state/in-flight.js';
import { h, messageOf, replaceChildren, status } from './dom.js';

export type EntityHistory = Extract<NonNullable<EntityHistoryQuery['node']>, { history: unknown }>;
type Change = EntityHistory['history']['edges'][number]['node'];

/** Undoes the change `changeId` (with the API key); resolves once the graph has it. */
export type UndoChange = (changeId: string) => Promise<unknown>;

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

  /** `redraw` is called when a history asked for has arrived; `undo` reverts a change listed. */
  constructor(
    private readonly redraw: () => void,
    private readonly undo: UndoChange,
  ) {}

  /** The history section of `id`: what is loaded, else a loading line while it loads. */
  section(id: string): HTMLElement {
    const loaded = this.loaded.get(id);
    if (loaded?.kind === 'history')
      return loaded.history ? renderHistory(loaded.history, this.undo) : status('empty', 'No history.');
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

/**
 * An entity's corrections, newest first: what, why, who, when, and whether it was undone; each change that can still
 * be undone (not undone yet, not an undo itself) has its Undo, which answers where it stands.
 */
export function renderHistory(entity: EntityHistory, undo: UndoChange): HTMLElement {
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
              { class: 'history-entry', 'data-action': change.action, 'data-change': change.id },
              h('span', { class: 'history-action' }, change.action.toLowerCase().replaceAll('_', ' ')),
              ` “${change.reason}” by ${change.actor}, `,
              h('time', { datetime: change.at }, change.at.slice(0, 19).replace('T', ' ')),
              change.undoneBy ? h('span', { class: 'history-undone' }, ' · undone') : null,
              change.undoneBy || change.action === 'UNDO' ? null : undoButton(change, undo),
            ),
          ),
        ),
  );
}

/** The Undo of one history entry, with its progress and outcome beside it. */
function undoButton(change: Change, undo: UndoChange): HTMLElement {
  const slot = h('span', { class: 'history-undo' });
  const label = change.action.toLowerCase().replaceAll('_', ' ');
  const button = h(
    'button',
    {
      type: 'button',
      class: 'small',
      'aria-label': `Undo this ${label}: “${change.reason}”`,
      onclick: () => {
        replaceChildren(slot, status('loading', 'Undoing…'));
        undo(change.id).then(
          () => replaceChildren(slot, h('span', { class: 'history-undone', role: 'status' }, ' · undone just now')),
          (error: unknown) => replaceChildren(slot, button, status('error', `Not undone: ${messageOf(error)}`)),
        );
      },
    },
    'Undo',
  );
  replaceChildren(slot, ' ', button);
  return slot;
}
