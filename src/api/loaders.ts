/**
 * The DataLoaders of one request: each batches the keys asked for in one tick into one `UNWIND $ids` query, so a
 * query nested d levels deep costs at most one round trip per level (and one in all when `node` prefetched the
 * levels, ./prefetch.ts). A new set is made per request.
 */
import DataLoader from 'dataloader';
import type { Database } from '../graph/database.js';
import {
  type ArticleDetailRow,
  type ArticleFactRow,
  articleFacts,
  articleMentions,
  findArticlesByIds,
  type MentionRow,
} from '../graph/repositories/articles.js';
import { type ChangeRow, entityHistory, findChangesByIds } from '../graph/repositories/changes.js';
import { findEntitiesByIds } from '../graph/repositories/entities.js';
import { type ChainLinkRow, followUpChain } from '../graph/repositories/events.js';
import { personTimelineEvents, type TimelineEventRow } from '../graph/repositories/persons.js';
import { loadRelation, type RelationName, type RelationValues } from '../graph/repositories/relations.js';
import type { EntityField, EntityRow, EvidenceField, RowFilter } from '../graph/repositories/rows.js';

type Batch<Row> = (db: Database, ids: readonly string[]) => Promise<Row[]>;

function loader<Row>(db: Database, batch: Batch<Row>): DataLoader<string, Row> {
  return new DataLoader<string, Row>((ids) => batch(db, ids));
}

/**
 * What a relation's rows carry: the fields of each fact's evidence the selection asks for (none without
 * `evidence`), and the fields of the entities at its ends it may ask for; and which rows, when the field's
 * arguments filter them in the statement.
 */
export interface RelationOptions {
  evidence: readonly EvidenceField[];
  entity: readonly EntityField[];
  filter?: RowFilter;
}

/** Creates the loaders of one request. */
export function createLoaders(db: Database) {
  const relations = new Map<string, DataLoader<string, unknown>>();
  return {
    entity: loader<EntityRow | null>(db, findEntitiesByIds),
    change: loader<ChangeRow | null>(db, findChangesByIds),
    history: loader<ChangeRow[]>(db, entityHistory),
    followUpChain: loader<ChainLinkRow[]>(db, followUpChain),
    timelineEvents: loader<TimelineEventRow[]>(db, personTimelineEvents),
    article: loader<ArticleDetailRow | null>(db, findArticlesByIds),
    articleMentions: loader<MentionRow[]>(db, articleMentions),
    articleFacts: loader<ArticleFactRow[]>(db, articleFacts),
    /** The loader of relation `name` with these fields: one loader per shape, so none answers for another. */
    relation<Name extends RelationName>(
      name: Name,
      options: RelationOptions,
    ): DataLoader<string, RelationValues[Name]> {
      const { evidence, entity, filter } = options;
      const id = `${name}:${evidence.join(',')}:${entity.join(',')}:${filter === undefined ? '' : JSON.stringify([filter.from, filter.to, filter.role])}`;
      let found = relations.get(id);
      if (found === undefined) {
        found = new DataLoader<string, RelationValues[Name]>((ids) =>
          loadRelation(db, { name, ids, evidence, entity, ...(filter === undefined ? {} : { filter }) }),
        );
        relations.set(id, found);
      }
      return found as DataLoader<string, RelationValues[Name]>;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
