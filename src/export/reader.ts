/**
 * The streaming reader of the graph: entities, articles and statements of a selection as async iterables of
 * exchange records, fetched page by page (one query per page), so a consumer holds one page at a time.
 */
import type { Database } from '../graph/database.js';
import { articlePage, countSelection, entityPage, factPage, type PageFilter } from '../graph/export-repository.js';
import type { FactType } from '../graph/model.js';
import {
  ARTICLE_PROPERTIES,
  ARTICLE_SCHEMA,
  allEntityProperties,
  ENTITY_PROPERTIES,
  type EntityRecord,
  EVIDENCE_PROPERTIES,
  type EvidenceRecord,
  FACT_PROPERTIES,
  pickProperties,
  type StatementRecord,
} from './schema.js';
import type { ExportSelection } from './selection.js';

/** Rows per page: large enough that round trips do not dominate, small enough to keep memory flat. */
export const DEFAULT_BATCH_SIZE = 5_000;

export interface GraphReader {
  readonly selection: ExportSelection;
  /** Number of records the selection holds (entities, articles, statements), for a progress bar. */
  count(): Promise<number>;
  /** Entities in id order, as pages. */
  entities(): AsyncIterable<EntityRecord[]>;
  /** Articles in id order, as pages. */
  articles(): AsyncIterable<EntityRecord[]>;
  /** Statements type by type, each type in id order, as pages. */
  statements(types?: readonly FactType[]): AsyncIterable<StatementRecord[]>;
}

/** Evidence field names as stored on the node: `article` is the node's `articleId`. */
const EVIDENCE_STORED = Object.keys(EVIDENCE_PROPERTIES).map((name) => (name === 'article' ? 'articleId' : name));

function evidenceRecord(raw: Record<string, unknown>): EvidenceRecord {
  const props = pickProperties(EVIDENCE_PROPERTIES, { ...raw, article: raw.articleId });
  return { id: String(raw.id), ...props };
}

async function* pages<Row extends { id: string }, Out>(
  fetch: (after: string) => Promise<Row[]>,
  convert: (row: Row) => Out,
  batch: number,
): AsyncGenerator<Out[]> {
  let pending = fetch('');
  for (;;) {
    const rows = await pending;
    if (rows.length === 0) return;
    const more = rows.length >= batch;
    if (more) {
      // Fetch the next page while this one is written: at most two pages are held at once.
      pending = fetch(rows[rows.length - 1]!.id);
      // A consumer that stops early never awaits it; its failure must not become an unhandled rejection.
      pending.catch(() => undefined);
    }
    yield rows.map(convert);
    if (!more) return;
  }
}

/** A reader over `db` for `selection`; nothing is read until a page is asked for. */
export function createGraphReader(options: {
  db: Database;
  selection: ExportSelection;
  batchSize?: number;
}): GraphReader {
  const { db, selection } = options;
  const batch = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const filter: PageFilter = { entityLabels: selection.entityLabels, since: selection.since, ids: selection.ids };
  const entityProperties = allEntityProperties();
  return {
    selection,
    count: () => countSelection(db, { filter, factTypes: selection.factTypes }),
    entities: () =>
      pages(
        (after) => entityPage(db, { filter, properties: entityProperties, after, batch }),
        (row): EntityRecord => ({
          id: row.id,
          schema: row.schema,
          properties: pickProperties(ENTITY_PROPERTIES[row.schema], row.props),
        }),
        batch,
      ),
    articles: () =>
      selection.sources
        ? pages(
            (after) =>
              articlePage(db, {
                filter,
                factTypes: selection.factTypes,
                properties: Object.keys(ARTICLE_PROPERTIES),
                after,
                batch,
              }),
            (row): EntityRecord => ({
              id: row.id,
              schema: ARTICLE_SCHEMA,
              properties: pickProperties(ARTICLE_PROPERTIES, row.props),
            }),
            batch,
          )
        : (async function* () {})(),
    async *statements(types = selection.factTypes) {
      for (const type of types) {
        const table = FACT_PROPERTIES[type];
        yield* pages(
          (after) =>
            factPage(db, {
              filter,
              type,
              properties: Object.keys(table),
              evidenceProperties: EVIDENCE_STORED,
              after,
              batch,
            }),
          (row): StatementRecord => ({
            id: row.id,
            schema: type,
            source: row.source,
            target: row.target,
            properties: pickProperties(table, row.props),
            evidence: row.evidence.map(evidenceRecord),
          }),
          batch,
        );
      }
    },
  };
}
