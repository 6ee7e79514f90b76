/**
 * One statement for a whole request: an entity (or a page of them) and the relations a query will ask for, level
 * below level (a person's posts, then each post's organisation), built from the same Cypher bodies as the batch
 * loads (./relations.ts). The caller primes its loaders with the answers, so a query nested d levels deep costs
 * one round trip (two below a list) instead of d + 1.
 */
import type { Database } from '../database.js';
import { type EntityLabel, ID_PREFIX, Label, labelOfId } from '../model.js';
import { finishRelation, type RelationEnd, type RelationName, type RelationValues, relationRows } from './relations.js';
import {
  type EntityField,
  type EntityRow,
  type EvidenceField,
  entityProjection,
  filterParameters,
  type RowFilter,
} from './rows.js';

/** One relation to load for some keys of a level, and what to load for the entities at its far end. */
export interface PrefetchStep {
  relation: RelationName;
  evidence: readonly EvidenceField[];
  /** The fields of the entities at the relation's ends. */
  entity: readonly EntityField[];
  /** Only the keys of these entity types (all when absent): a union's members ask for different relations. */
  labels?: readonly EntityLabel[];
  /** Only the rows this keeps (all when absent), for a field whose arguments filter them. */
  filter?: RowFilter;
  next: readonly { end: RelationEnd; steps: readonly PrefetchStep[] }[];
}

/** One relation's answer for one key, to prime a loader with. */
export interface PrefetchedRelation {
  relation: RelationName;
  evidence: readonly EvidenceField[];
  entity: readonly EntityField[];
  filter?: RowFilter;
  key: string;
  value: RelationValues[RelationName];
}

export interface Prefetched {
  /** Null when no entity has this id (it may be merged into another; the loaders follow merges). */
  entity: EntityRow | null;
  relations: PrefetchedRelation[];
}

/** Deepest level a fused statement reaches; deeper fields load through the batch loaders. */
export const MAX_PREFETCH_DEPTH = 4;

interface Built {
  clauses: string[];
  /** Variables holding lists of { step, key, rows }, `step` indexing `steps`. */
  results: string[];
  steps: PrefetchStep[];
  /** The statement's parameters besides the ids: the filters of the steps that have one. */
  params: Record<string, string | null>;
}

function emptyBuilt(): Built {
  return { clauses: [], results: [], steps: [], params: {} };
}

function build(steps: readonly PrefetchStep[], keys: string, depth: number, built: Built): void {
  if (depth > MAX_PREFETCH_DEPTH) return;
  for (const step of steps) {
    const result = `pf_${built.results.length}`;
    const key = `pf_k${built.results.length}`;
    const prefixes = step.labels?.map((label) => `${ID_PREFIX[label]}:`);
    // The labels are constants of the model, never input; they are passed as a literal list of id prefixes.
    const ofLabels = prefixes ? `WHERE any(p IN ${JSON.stringify(prefixes)} WHERE ${key} STARTS WITH p)` : '';
    // A step's filter is in parameters of its own, named after the step.
    const filter = `pf_f${built.results.length}`;
    if (step.filter !== undefined) Object.assign(built.params, filterParameters(filter, step.filter));
    const shape = { evidence: step.evidence, entity: step.entity, ...(step.filter ? { filter } : {}) };
    built.clauses.push(
      `WITH *, COLLECT { UNWIND ${keys} AS ${key} WITH DISTINCT ${key} ${ofLabels}
         RETURN { step: ${built.steps.length}, key: ${key},
                  rows: ${relationRows(step.relation, key, shape)} } AS pf_row } AS ${result}`,
    );
    built.results.push(result);
    built.steps.push(step);
    for (const { end, steps: nextSteps } of step.next) {
      const farKeys = `reduce(pf_a = [], pf_g IN ${result} | pf_a + [pf_r IN pf_g.rows | pf_r.${end}.id])`;
      build(nextSteps, farKeys, depth + 1, built);
    }
  }
}

function primed(
  built: Built,
  relations: readonly { step: number; key: string; rows: unknown[] }[],
): PrefetchedRelation[] {
  return relations.map(({ step, key, rows }) => {
    const { relation, evidence, entity, filter } = built.steps[step] as PrefetchStep;
    const value = finishRelation(relation, key, rows);
    return { relation, evidence, entity, ...(filter === undefined ? {} : { filter }), key, value };
  });
}

/** The relations `steps` ask for, from the entities `ids` on, in one round trip (none when there are no steps). */
export async function prefetchRelations(
  db: Database,
  options: { ids: readonly string[]; steps: readonly PrefetchStep[] },
): Promise<PrefetchedRelation[]> {
  const built = emptyBuilt();
  build(options.steps, 'pf_ids', 1, built);
  if (built.results.length === 0 || options.ids.length === 0) return [];
  const rows = await db.read<{ relations: { step: number; key: string; rows: unknown[] }[] }>(
    `WITH $ids AS pf_ids
     ${built.clauses.join('\n     ')}
     RETURN ${built.results.join(' + ')} AS relations`,
    { ids: options.ids, ...built.params },
  );
  return primed(built, rows[0]?.relations ?? []);
}

/** The entity `id` and the relations `steps` ask for, in one round trip. */
export async function prefetchEntity(
  db: Database,
  options: { id: string; steps: readonly PrefetchStep[] },
): Promise<Prefetched> {
  const built = emptyBuilt();
  build(options.steps, '[pf_n.id]', 1, built);
  // The id names the entity's type (model.ts, ID_PREFIX): the row carries that type's fields, not every type's.
  const label = labelOfId(options.id);
  const node = label === undefined ? `pf_n:${Label.Entity}` : `pf_n:${Label.Entity}:${label}`;
  const rows = await db.read<{ entity: EntityRow; relations: { step: number; key: string; rows: unknown[] }[] }>(
    `MATCH (${node} {id: $id})
     ${built.clauses.join('\n     ')}
     RETURN ${entityProjection('pf_n', label === undefined ? undefined : [label])} AS entity,
            ${built.results.length > 0 ? built.results.join(' + ') : '[]'} AS relations`,
    { id: options.id, ...built.params },
  );
  const row = rows[0];
  if (row === undefined) return { entity: null, relations: [] };
  return {
    entity: row.entity,
    relations: primed(built, row.relations),
  };
}
