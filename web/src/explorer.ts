/**
 * The explorer's controller: one ViewState (mirrored in the URL), the GraphView built from expansions and paths, and
 * the panels that show them. Every user action goes through here and changes the view by `commit`, which draws it and
 * writes the address; every load is keyed, so a redraw never sends one twice; every failure ends in a visible message.
 */
import { ApiError, request } from './api.js';
import {
  EntityCardDocument,
  type FactType,
  PathDocument,
  type PathQuery,
  TimelineDocument,
} from './generated/graphql.js';
import { type CanvasFilter, edgePasses, GraphCanvas } from './graph/canvas.js';
import { type GraphNode, GraphView, toNode } from './graph/model.js';
import { expand, type FetchedCounts, type PageState } from './graph/neighbours.js';
import { keepingDeskState } from './state/desk-state.js';
import { InFlight } from './state/in-flight.js';
import { EMPTY_STATE, formatViewState, parseViewState, type Selection, type ViewState } from './state/view-state.js';
import { type CardActions, type CardEntity, renderCard } from './ui/card.js';
import { h, messageOf, replaceChildren, status } from './ui/dom.js';
import { renderFactEvidence, renderNodeEvidence } from './ui/evidence.js';
import { FilterBar } from './ui/filters.js';
import { EntityHistories, type UndoChange } from './ui/history.js';
import { PathFinder, pathElements } from './ui/path-finder.js';
import { renderTimeline, type TimelineEntries } from './ui/timeline.js';
import { createTypedSearch } from './ui/typed-search.js';

interface Pages {
  more: PageState;
  fetched: FetchedCounts;
  remaining: number;
}

/** The regions of index.html the explorer fills. */
export interface ExplorerElements {
  search: HTMLElement;
  alert: HTMLElement;
  sideTabs: HTMLElement;
  side: HTMLElement;
  filters: HTMLElement;
  canvas: HTMLElement;
  overlay: HTMLElement;
  rightTabs: HTMLElement;
  evidence: HTMLElement;
  path: HTMLElement;
}

class NotFound extends Error {}

export class Explorer {
  private state: ViewState = { ...EMPTY_STATE };
  private readonly view = new GraphView();
  private readonly pages = new Map<string, Pages>();
  private readonly cards = new Map<string, CardEntity>();
  private readonly timelines = new Map<string, TimelineEntries>();
  /** Keyed by entity id: its card, its expansion (first page or more), its timeline. */
  private readonly cardLoads = new InFlight<CardEntity>();
  private readonly expansions = new InFlight<void>();
  private readonly timelineLoads = new InFlight<void>();
  /** Keyed by from, to and the number of hops. */
  private readonly pathLoads = new InFlight<PathQuery['path']>();
  private pathIds = new Set<string>();
  private focusStatus: { kind: 'loading' | 'error'; text: string } | null = null;
  private readonly canvas: GraphCanvas;
  private readonly filters: FilterBar;
  private readonly pathFinder: PathFinder;
  private readonly cardActions: CardActions;
  /** The corrections shown under each card. */
  private readonly histories: EntityHistories;

  constructor(
    private readonly el: ExplorerElements,
    /** `undo` reverts a change from a card's history (with the API key of the reading desk). */
    options: { undo: UndoChange },
  ) {
    this.histories = new EntityHistories(() => this.render(), options.undo);
    const search = createTypedSearch({ onPick: (hit) => void this.guard(this.setFocus(hit.id, true)) });
    el.search.replaceChildren(search.element);

    this.canvas = new GraphCanvas(el.canvas, {
      onNode: (id) => this.selectNode(id),
      onEdge: (id) => this.selectEdge(id),
      onNodeDoubleTap: (id) => void this.guard(this.expandNode(id)),
    });
    this.filters = new FilterBar((value) => this.commit({ hidden: value.hidden, from: value.from, to: value.to }));
    el.filters.replaceChildren(this.filters.element);

    this.pathFinder = new PathFinder({
      find: (from, to, maxHops) => void this.guard(this.findPath(from, to, maxHops)),
      changed: (from, to) => this.commit({ pathFrom: from?.id ?? null, pathTo: to?.id ?? null }),
      selectEdge: (id) => this.selectEdge(id),
      selectNode: (id) => this.selectNode(id),
    });
    el.path.replaceChildren(this.pathFinder.element);

    this.cardActions = {
      expand: (id) => void this.guard(this.expandNode(id)),
      more: (id) => void this.guard(this.moreOf(id)),
      selectNode: (id) => this.selectNode(id),
      selectEdge: (id) => this.selectEdge(id),
      pathFrom: (id) => this.setPathEnd('from', id),
      pathTo: (id) => this.setPathEnd('to', id),
      timeline: () => this.setSide('timeline'),
    };

    for (const button of el.sideTabs.querySelectorAll<HTMLButtonElement>('[data-tab]')) {
      button.addEventListener('click', () => this.setSide(button.dataset.tab === 'timeline' ? 'timeline' : 'card'));
    }
    for (const button of el.rightTabs.querySelectorAll<HTMLButtonElement>('[data-tab]')) {
      button.addEventListener('click', () => this.setRight(button.dataset.tab === 'path' ? 'path' : 'evidence'));
    }
    this.bindKeys(search.input);
    window.addEventListener('popstate', () => {
      // Back through the reading desk changes its parameters only: the graph stays as it is.
      const next = parseViewState(window.location.search);
      if (formatViewState(next) !== formatViewState(this.state)) void this.restore(next);
    });
    window.addEventListener('resize', () => this.canvas.resize());
  }

  /** Opens the view the URL describes. */
  start(): Promise<void> {
    return this.restore(parseViewState(window.location.search));
  }

  /** Shows the entity's card, bringing it onto the canvas (from a mention in the article reader). */
  showEntity(id: string): void {
    this.selectNode(id);
  }

  /**
   * A correction changed the graph (from the article reader, a card's history): the cards, timelines and histories
   * are loaded afresh, and the view the address describes is drawn again from them.
   */
  corrected(): void {
    this.histories.forget();
    this.cards.clear();
    this.timelines.clear();
    void this.restore(parseViewState(window.location.search));
  }

  // ── actions ──────────────────────────────────────────────────────────────────────────────────────────────────────

  private async setFocus(id: string, push: boolean): Promise<void> {
    this.view.clear();
    this.pages.clear();
    this.pathIds = new Set();
    this.pathFinder.clearResults();
    this.commit({ focus: id, expanded: [], selected: { kind: 'node', id }, side: 'card', right: 'evidence' }, { push });
    await this.loadFocus(id);
  }

  private async loadFocus(id: string): Promise<void> {
    this.focusStatus = { kind: 'loading', text: 'Loading…' };
    this.render();
    try {
      const entity = await this.loadCard(id);
      this.view.addNode(this.nodeOfCard(entity));
      this.focusStatus = null;
    } catch (error) {
      this.focusStatus = { kind: 'error', text: messageOf(error) };
      this.render();
      throw error;
    }
    this.render();
  }

  private loadCard(id: string): Promise<CardEntity> {
    const cached = this.cards.get(id);
    if (cached) return Promise.resolve(cached);
    return this.cardLoads.run(id, async () => {
      const node = (await request(EntityCardDocument, { id })).node;
      if (!node || !('name' in node)) throw new NotFound(`No entity has the id “${id}”.`);
      this.cards.set(id, node);
      // A merged id answers the entity it was merged into; remember both.
      this.cards.set(node.id, node);
      return node;
    });
  }

  private nodeOfCard(entity: CardEntity): GraphNode {
    return toNode(entity);
  }

  private async nodeFor(id: string): Promise<GraphNode> {
    const known = this.view.nodes.get(id);
    if (known) return known;
    const node = this.nodeOfCard(await this.loadCard(id));
    this.view.addNode(node);
    return node;
  }

  private expandNode(id: string): Promise<void> {
    if (this.pages.has(id)) return this.moreOf(id);
    return this.expansion(id, async () => {
      const expansion = await expand(await this.nodeFor(id), null);
      this.addExpansion(id, expansion);
      if (!this.state.expanded.includes(id)) this.commit({ expanded: [...this.state.expanded, id] });
    });
  }

  private moreOf(id: string): Promise<void> {
    if (this.expansions.has(id)) return this.expansion(id, async () => {});
    const pages = this.pages.get(id);
    if (!pages || Object.keys(pages.more).length === 0) return Promise.resolve();
    return this.expansion(id, async () => {
      this.addExpansion(id, await expand(await this.nodeFor(id), pages.more, pages.fetched));
    });
  }

  /**
   * Runs the expansion `fetch` of `id`, or joins the one already running (a second click, a redraw, a restore): one
   * request per page whatever asks for it. The node shows as busy meanwhile.
   */
  private async expansion(id: string, fetch: () => Promise<void>): Promise<void> {
    const joining = this.expansions.has(id);
    const running = this.expansions.run(id, fetch);
    if (joining) return running;
    this.render();
    try {
      await running;
    } finally {
      this.render();
    }
  }

  private addExpansion(id: string, expansion: Awaited<ReturnType<typeof expand>>): void {
    for (const n of expansion.nodes) this.view.addNode(n);
    for (const e of expansion.edges) this.view.addEdge(e);
    this.pages.set(id, { more: expansion.more, fetched: expansion.fetched, remaining: expansion.remaining });
  }

  private selectNode(id: string): void {
    if (!this.view.nodes.has(id)) {
      // From the timeline or a path hop: bring the entity into the view first.
      void this.guard(this.nodeFor(id).then(() => this.render()));
    }
    this.commit({ selected: { kind: 'node', id } });
  }

  private selectEdge(id: string): void {
    this.commit({ selected: { kind: 'edge', id }, right: 'evidence' });
    this.el.evidence.focus({ preventScroll: true });
  }

  private setSide(side: ViewState['side']): void {
    this.commit({ side });
  }

  private setRight(right: ViewState['right']): void {
    this.commit({ right });
  }

  private setPathEnd(end: 'from' | 'to', id: string): void {
    const name = this.view.nodes.get(id)?.name ?? id;
    const other = end === 'from' ? this.state.pathTo : this.state.pathFrom;
    const otherEnd = other
      ? { id: other, name: this.view.nodes.get(other)?.name ?? this.cards.get(other)?.name ?? other }
      : null;
    const self = { id, name };
    this.pathFinder.setEnds(end === 'from' ? self : otherEnd, end === 'from' ? otherEnd : self);
    this.commit({
      pathFrom: end === 'from' ? id : this.state.pathFrom,
      pathTo: end === 'to' ? id : this.state.pathTo,
      right: 'path',
    });
  }

  private async findPath(from: string, to: string, maxHops: number): Promise<void> {
    this.commit({ pathFrom: from, pathTo: to, right: 'path' });
    this.pathFinder.loading();
    let path: PathQuery['path'];
    try {
      path = await this.pathLoads.run(
        JSON.stringify([from, to, maxHops]),
        async () => (await request(PathDocument, { from, to, maxHops })).path,
      );
    } catch (error) {
      this.pathFinder.error(`The path could not be found: ${messageOf(error)}`);
      return;
    }
    this.pathFinder.show(path, maxHops);
    if (!path) {
      this.pathIds = new Set();
      this.render();
      return;
    }
    const { nodes, edges } = pathElements(path);
    for (const n of nodes) this.view.addNode(n);
    for (const e of edges) this.view.addEdge(e);
    this.pathIds = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
    this.commit(this.state.focus ? {} : { focus: from, selected: { kind: 'node', id: from } });
  }

  private async restore(next: ViewState): Promise<void> {
    this.view.clear();
    this.pages.clear();
    this.pathIds = new Set();
    this.filters.set(next);
    this.pathFinder.clearResults();
    // The address holds `next` already; expanding below adds each node back to `expanded` as it loads.
    this.commit({ ...next, expanded: [] });
    await this.guard(
      (async () => {
        if (next.focus) await this.loadFocus(next.focus);
        for (const id of next.expanded) await this.expandNode(id);
        if (next.pathFrom || next.pathTo) {
          const end = async (id: string | null) => (id ? { id, name: (await this.loadCard(id)).name } : null);
          this.pathFinder.setEnds(await end(next.pathFrom), await end(next.pathTo));
          if (next.pathFrom && next.pathTo) await this.findPath(next.pathFrom, next.pathTo, 4);
        }
        if (next.selected?.kind === 'node' && !this.view.nodes.has(next.selected.id))
          await this.nodeFor(next.selected.id);
        this.commit({ selected: next.selected, side: next.side, right: next.right });
      })(),
    );
  }

  /** Runs an action and shows any failure in the alert banner instead of leaving a blank or stale page. */
  private async guard<T>(action: Promise<T>): Promise<T | undefined> {
    try {
      const result = await action;
      return result;
    } catch (error) {
      this.showAlert(error);
      return undefined;
    }
  }

  showAlert(error: unknown): void {
    const text =
      error instanceof ApiError || error instanceof NotFound
        ? error.message
        : `Something went wrong: ${messageOf(error)}`;
    replaceChildren(
      this.el.alert,
      h('span', { class: 'alert-text' }, text),
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          'aria-label': 'Dismiss the message',
          onclick: () => replaceChildren(this.el.alert),
        },
        'Dismiss',
      ),
    );
  }

  // ── rendering ────────────────────────────────────────────────────────────────────────────────────────────────────

  private filter(): CanvasFilter {
    return { hidden: new Set<FactType>(this.state.hidden), from: this.state.from, to: this.state.to };
  }

  /** The entity whose card is shown: the selected node, or the focus. */
  private cardId(): string | null {
    const selected = this.state.selected;
    if (selected?.kind === 'node') return selected.id;
    return this.state.focus;
  }

  private render(): void {
    const filter = this.filter();
    this.canvas.render({
      view: this.view,
      focus: this.state.focus,
      expanded: new Set(this.pages.keys()),
      path: this.pathIds,
      filter,
    });
    const selected: Selection | null = this.state.selected;
    this.canvas.select(selected?.id ?? null);
    this.renderOverlay();
    this.renderTabs();
    if (this.state.side === 'timeline') this.renderTimelineSide();
    else this.renderCardSide(filter);
    this.renderEvidence();
    this.el.evidence.hidden = this.state.right !== 'evidence';
    this.el.path.hidden = this.state.right !== 'path';
  }

  private renderOverlay(): void {
    const overlay = this.el.overlay;
    if (this.focusStatus) {
      overlay.hidden = false;
      replaceChildren(overlay, status(this.focusStatus.kind, this.focusStatus.text));
    } else if (this.view.nodes.size === 0) {
      overlay.hidden = false;
      replaceChildren(
        overlay,
        h(
          'div',
          { class: 'empty-state' },
          h('h2', {}, 'Explore the graph'),
          h('p', {}, 'Search for a person, organisation, country, event or agreement to start. Press / to search.'),
        ),
      );
    } else overlay.hidden = true;
  }

  private renderTabs(): void {
    for (const [container, current] of [
      [this.el.sideTabs, this.state.side],
      [this.el.rightTabs, this.state.right],
    ] as const) {
      for (const button of container.querySelectorAll<HTMLButtonElement>('[data-tab]')) {
        button.setAttribute('aria-selected', String(button.dataset.tab === current));
      }
    }
  }

  private renderCardSide(filter: CanvasFilter): void {
    const id = this.cardId();
    if (!id) {
      replaceChildren(this.el.side, status('empty', 'No entity chosen yet.'));
      return;
    }
    const entity = this.cards.get(id);
    if (!entity) {
      const node = this.view.nodes.get(id);
      if (!node) {
        replaceChildren(
          this.el.side,
          this.focusStatus ? status(this.focusStatus.kind, this.focusStatus.text) : status('loading', 'Loading…'),
        );
        return;
      }
      replaceChildren(this.el.side, status('loading', `Loading ${node.name}…`));
      if (!this.cardLoads.has(id)) void this.guard(this.loadCard(id).then(() => this.render()));
      return;
    }
    const edges = this.view.edgesOf(entity.id).filter((edge) => edgePasses(edge, filter));
    const pages = this.pages.get(entity.id);
    replaceChildren(
      this.el.side,
      renderCard(
        {
          entity,
          expanded: pages !== undefined,
          remaining: pages?.remaining ?? 0,
          busy: this.expansions.has(entity.id),
          edges,
          nodes: this.view.nodes,
        },
        this.cardActions,
      ),
      this.histories.section(entity.id),
    );
  }

  private renderTimelineSide(): void {
    const id = this.cardId();
    const entity = id ? this.cards.get(id) : undefined;
    if (!id || !entity) {
      replaceChildren(this.el.side, status('empty', 'Choose a person to see their timeline.'));
      return;
    }
    if (entity.__typename !== 'Person') {
      replaceChildren(
        this.el.side,
        status('empty', `Timelines are kept for persons; ${entity.name} is a ${entity.__typename.toLowerCase()}.`),
      );
      return;
    }
    const timeline = this.timelines.get(id);
    if (timeline) {
      replaceChildren(
        this.el.side,
        renderTimeline(entity.name, timeline, (target) => this.selectNode(target)),
      );
      return;
    }
    replaceChildren(this.el.side, status('loading', `Loading the timeline of ${entity.name}…`));
    if (this.timelineLoads.has(id)) return;
    void this.timelineLoads
      .run(id, async () => {
        const data = await request(TimelineDocument, { id, first: 100 });
        if (data.node?.__typename === 'Person') this.timelines.set(id, data.node.timeline);
      })
      .then(
        () => {
          if (this.cardId() === id && this.state.side === 'timeline') this.render();
        },
        (error: unknown) =>
          replaceChildren(this.el.side, status('error', `The timeline could not be loaded: ${messageOf(error)}`)),
      );
  }

  private renderEvidence(): void {
    const selected = this.state.selected;
    if (!selected) {
      replaceChildren(
        this.el.evidence,
        status('empty', 'Select a fact (an edge, or “Evidence” in a list) to read its evidence.'),
      );
      return;
    }
    if (selected.kind === 'edge') {
      const edge = this.view.edges.get(selected.id);
      replaceChildren(
        this.el.evidence,
        edge
          ? renderFactEvidence(edge, this.view.nodes)
          : status('empty', 'That fact is not in the view: expand its entities to load it.'),
      );
      return;
    }
    const node = this.view.nodes.get(selected.id);
    replaceChildren(
      this.el.evidence,
      node
        ? renderNodeEvidence(
            node,
            this.view.edgesOf(node.id).filter((edge) => edgePasses(edge, this.filter())),
            this.view.nodes,
          )
        : status('loading', 'Loading…'),
    );
  }

  // ── URL and keyboard ─────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The one way the view changes: `change` applied to the state, the page drawn from it, and the address rewritten to
   * match (a new history entry when `push`, so Back returns to the previous focus).
   */
  private commit(change: Partial<ViewState>, options: { push?: boolean } = {}): void {
    this.state = { ...this.state, ...change };
    this.render();
    this.writeUrl(options.push ?? false);
  }

  private writeUrl(push: boolean): void {
    const url = `${window.location.pathname}${keepingDeskState(formatViewState(this.state), window.location.search)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  private bindKeys(searchInput: HTMLInputElement): void {
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing =
        target?.closest('input, textarea, select') !== null && target?.closest('input, textarea, select') !== undefined;
      if (event.key === '/' && !typing) {
        event.preventDefault();
        searchInput.focus();
        searchInput.select();
      }
    });
    this.el.canvas.addEventListener('keydown', (event) => {
      if (event.key === '+' || event.key === '=') this.canvas.zoom(1.2);
      else if (event.key === '-') this.canvas.zoom(1 / 1.2);
      else if (event.key === '0') this.canvas.fit();
      else if (event.key === 'e') {
        const id = this.cardId();
        if (id) void this.guard(this.expandNode(id));
      } else return;
      event.preventDefault();
    });
  }
}
