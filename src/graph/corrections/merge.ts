/**
 * `mergeEntities`: one entity is found to be another. The merged entity's facts move to the kept one (a fact both
 * stated becomes one, backed by the evidence of both), its names become aliases, and the merged node stays as
 * `:Merged {mergedInto}`: the decision (decisions.ts) that every later ingest, import and lookup redirects its id.
 */
import type { Database, Tx } from '../database.js';
import { EntityLabel, FACT_TYPES, FACTS_AT_EVENTS, Label } from '../model.js';
import { ChangeAction, type ChangeRow } from '../repositories/changes.js';
import { moveFact, setAliases } from '../writers/index.js';
import type { MergePayload, Props } from './payload.js';
import {
  type Actor,
  CorrectionRefused,
  changeById,
  entityHead,
  lockLiveEntities,
  recordChange,
  recreateFact,
  restoreDates,
} from './shared.js';

interface FactAtEntity {
  factId: string;
  otherId: string;
  twinId: string | null;
}

/** Merges `mergeId` into `keepId` (see docs/model.md, "Corrections and history"). */
export async function mergeEntities(
  db: Database,
  options: Actor & { keepId: string; mergeId: string },
): Promise<ChangeRow> {
  const { keepId, mergeId } = options;
  if (keepId === mergeId)
    throw new CorrectionRefused('BAD_INPUT', `expected two different entities, but got "${keepId}" twice.`);
  const changeId = await db.transaction(async (tx) => {
    await lockLiveEntities(tx, [keepId, mergeId]);
    const keep = await entityHead(tx, keepId);
    const merge = await entityHead(tx, mergeId);
    if (keep.label !== merge.label) {
      throw new CorrectionRefused(
        'BAD_INPUT',
        `expected two entities of one type, but "${keepId}" is a ${keep.label} and "${mergeId}" a ${merge.label}.`,
      );
    }
    const [before] = await tx.run<{ searchText: string | null }>(
      `MATCH (n:${Label.Entity} {id: $keepId}) RETURN n.searchText AS searchText`,
      { keepId },
    );
    const payload: MergePayload = {
      action: ChangeAction.MERGE,
      keepId,
      mergeId,
      aliasesBefore: keep.aliases,
      searchTextBefore: before?.searchText ?? null,
      moved: [],
      absorbed: [],
      eventRefs: [],
    };
    for (const type of FACT_TYPES) {
      for (const direction of ['OUT', 'IN'] as const) {
        const pattern = direction === 'OUT' ? `(b)-[r:${type}]->(o)` : `(b)<-[r:${type}]-(o)`;
        const twin = direction === 'OUT' ? `(a)-[x:${type}]->(o)` : `(a)<-[x:${type}]-(o)`;
        const facts = await tx.run<FactAtEntity>(
          `MATCH (a:${Label.Entity} {id: $keepId}), (b:${Label.Entity} {id: $mergeId})
           MATCH ${pattern}
           OPTIONAL MATCH ${twin}
           WHERE coalesce(x.role, '') = coalesce(r.role, '') AND coalesce(x.eventId, '') = coalesce(r.eventId, '')
           RETURN r.id AS factId, o.id AS otherId, head(collect(x.id)) AS twinId`,
          { keepId, mergeId },
        );
        for (const fact of facts) {
          if (fact.twinId === null) {
            await moveFact(tx, { type, factId: fact.factId, direction, fromEntity: mergeId, toEntity: keepId });
            payload.moved.push({ type, factId: fact.factId, direction });
            continue;
          }
          const [absorbed] = await tx.run<{ props: Props; intoPropsBefore: Props; evidenceIds: string[] }>(
            `MATCH (:${Label.Entity} {id: $mergeId})-[r:${type} {id: $factId}]-()
             MATCH (:${Label.Entity} {id: $keepId})-[x:${type} {id: $twinId}]-()
             WITH r, x, properties(r) AS props, properties(x) AS intoPropsBefore
             OPTIONAL MATCH (ev:${Label.Evidence} {factId: $factId})
             SET ev.factId = $twinId
             WITH r, x, props, intoPropsBefore, collect(ev.id) AS evidenceIds
             SET x.firstSeen = CASE WHEN r.firstSeen IS NOT NULL AND (x.firstSeen IS NULL OR r.firstSeen < x.firstSeen) THEN r.firstSeen ELSE x.firstSeen END,
                 x.lastSeen = CASE WHEN r.lastSeen IS NOT NULL AND (x.lastSeen IS NULL OR r.lastSeen > x.lastSeen) THEN r.lastSeen ELSE x.lastSeen END
             DELETE r
             RETURN props, intoPropsBefore, evidenceIds`,
            { mergeId, keepId, factId: fact.factId, twinId: fact.twinId },
          );
          payload.absorbed.push({
            type,
            factId: fact.factId,
            fromId: direction === 'OUT' ? mergeId : fact.otherId,
            toId: direction === 'OUT' ? fact.otherId : mergeId,
            props: absorbed?.props ?? {},
            intoFactId: fact.twinId,
            intoPropsBefore: absorbed?.intoPropsBefore ?? {},
            evidenceIds: absorbed?.evidenceIds ?? [],
          });
        }
      }
    }
    if (merge.label === EntityLabel.Event) {
      for (const type of FACTS_AT_EVENTS) {
        const refs = await tx.run<{ factId: string }>(
          `MATCH ()-[r:${type} {eventId: $mergeId}]->() SET r.eventId = $keepId RETURN r.id AS factId`,
          { mergeId, keepId },
        );
        payload.eventRefs.push(...refs.map((ref) => ({ type, factId: ref.factId })));
      }
    }
    const aliases = [...new Set([...keep.aliases, merge.name, ...merge.aliases])].filter(
      (alias) => alias !== keep.name,
    );
    await setAliases(tx, { id: keepId, aliases });
    await tx.run(
      `MATCH (b:${Label.Entity} {id: $mergeId})
       REMOVE b:${Label.Entity} SET b:${Label.Merged}, b.mergedInto = $keepId, b.updatedAt = datetime()`,
      { keepId, mergeId },
    );
    return recordChange(tx, { ...options, entityIds: [keepId, mergeId], payload });
  });
  return changeById(db, changeId);
}

/** Undoes a merge: the merged entity comes back with its facts and evidence, the kept one as it was. */
export async function undoMerge(tx: Tx, payload: MergePayload): Promise<void> {
  const { keepId, mergeId } = payload;
  await tx.run(
    `MATCH (b:${Label.Merged} {id: $mergeId})
     REMOVE b:${Label.Merged}, b.mergedInto SET b:${Label.Entity}, b.updatedAt = datetime()`,
    { mergeId },
  );
  await setAliases(tx, { id: keepId, aliases: payload.aliasesBefore });
  for (const moved of payload.moved) {
    await moveFact(tx, {
      type: moved.type,
      factId: moved.factId,
      direction: moved.direction,
      fromEntity: keepId,
      toEntity: mergeId,
    });
  }
  for (const absorbed of payload.absorbed) {
    await recreateFact(tx, {
      type: absorbed.type,
      fromId: absorbed.fromId,
      toId: absorbed.toId,
      props: absorbed.props,
    });
    await tx.run(
      `MATCH ()-[x:${absorbed.type} {id: $intoFactId}]-() SET x = $before
       WITH x
       MATCH (ev:${Label.Evidence}) WHERE ev.id IN $evidenceIds SET ev.factId = $factId`,
      {
        intoFactId: absorbed.intoFactId,
        before: restoreDates(absorbed.intoPropsBefore),
        evidenceIds: absorbed.evidenceIds,
        factId: absorbed.factId,
      },
    );
  }
  for (const ref of payload.eventRefs) {
    await tx.run(`MATCH ()-[r:${ref.type} {id: $factId}]->() SET r.eventId = $mergeId`, {
      factId: ref.factId,
      mergeId,
    });
  }
}
