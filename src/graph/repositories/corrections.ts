/**
 * Analyst corrections: merge, split, add and retract facts, and undo any of them. Each runs in one transaction and
 * writes a Change node (who, when, why, and what it did as JSON) linked to every entity it touched. Each first locks
 * the entities (or the change) it is about and only then reads them, so that of identical corrections sent at once
 * one wins and the others find its result and are refused with CONFLICT.
 */
import type { Database, Tx } from '../database.js';
import { discriminatorOf, evidenceIdOf, factIdOf } from '../ids.js';
import {
  type DatePrecision,
  EntityLabel,
  FACT_ENDPOINTS,
  FACT_TYPES,
  FactType,
  ID_PREFIX,
  Label,
  labelOfId,
  type ParticipantRole,
} from '../model.js';
import {
  mergeEvidence,
  mergeFacts,
  moveFact,
  restoreFact,
  setAliases,
  toNeo4jDate,
  recordChange as writeChange,
  mergeEntities as writeEntities,
} from '../writers/index.js';
import { ChangeAction, type ChangeRow, findChangeIn, findChangesByIds, findRetractionOf } from './changes.js';
import { lockChange, lockEntities } from './locks.js';
import { ANY_FACT } from './rows.js';

/** Why a correction was refused; the API turns it into NOT_FOUND, BAD_USER_INPUT or CONFLICT. */
export class CorrectionRefused extends Error {
  constructor(
    readonly kind: 'NOT_FOUND' | 'BAD_INPUT' | 'CONFLICT',
    message: string,
  ) {
    super(message);
    this.name = 'CorrectionRefused';
  }
}

export interface Actor {
  actor: string;
  reason: string;
}

type Props = Record<string, unknown>;
type Direction = 'OUT' | 'IN';

/** Fact properties that hold dates; they travel through payloads as ISO strings. */
const DATE_PROPS = ['firstSeen', 'lastSeen'] as const;

function restoreDates(props: Props): Props {
  const restored: Props = { ...props };
  for (const key of DATE_PROPS) {
    const value = restored[key];
    if (typeof value === 'string') restored[key] = toNeo4jDate(value.slice(0, 10));
  }
  return restored;
}

interface EntityHead {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  acronym: string | null;
}

/**
 * Locks the entities `ids` (see locks.ts) and refuses with CONFLICT when one was merged into another meanwhile or
 * before; an unknown id is left to `entityHead`, which answers NOT_FOUND.
 */
async function lockLiveEntities(tx: Tx, ids: readonly string[]): Promise<void> {
  const locked = await lockEntities(tx, ids);
  for (const id of ids) {
    const entity = locked.get(id);
    if (entity?.state === 'MERGED') {
      const into = entity.mergedInto ? ` into "${entity.mergedInto}"` : '';
      throw new CorrectionRefused(
        'CONFLICT',
        `The entity "${id}" was merged${into} by another change; correct the entity it was merged into instead.`,
      );
    }
  }
}

async function entityHead(tx: Tx, id: string): Promise<EntityHead> {
  const [row] = await tx.run<EntityHead>(
    `MATCH (n:${Label.Entity} {id: $id})
     RETURN n.id AS id, head([l IN labels(n) WHERE l <> '${Label.Entity}']) AS label, n.name AS name,
            coalesce(n.aliases, []) AS aliases, n.acronym AS acronym`,
    { id },
  );
  if (!row) throw new CorrectionRefused('NOT_FOUND', `No entity has the id "${id}".`);
  return row;
}

/** Brings a deleted fact back from its recorded properties: a MERGE on its id, so it can never be there twice. */
async function recreateFact(
  tx: Tx,
  options: { type: FactType; fromId: string; toId: string; props: Props },
): Promise<void> {
  const factId = options.props.id;
  if (typeof factId !== 'string')
    throw new Error(`expected the recorded fact to have a string id, but got ${JSON.stringify(factId)}.`);
  await restoreFact(tx, {
    type: options.type,
    fromId: options.fromId,
    toId: options.toId,
    factId,
    props: restoreDates(options.props),
  });
}

function recordChange(
  tx: Tx,
  options: Actor & {
    action: ChangeAction;
    entityIds: string[];
    payload: unknown;
    factId?: string | null;
    undoes?: string | null;
  },
): Promise<string> {
  return writeChange(tx, options);
}

async function changeById(db: Database, id: string): Promise<ChangeRow> {
  const [change] = await findChangesByIds(db, [id]);
  if (!change) throw new Error(`expected the change "${id}" just written, but it is not there.`);
  return change;
}

// ── merge ────────────────────────────────────────────────────────────────────────────────────────────────────────

interface MovedFact {
  type: FactType;
  factId: string;
  direction: Direction;
}

/** A fact of the merged entity that the kept one already stated: its evidence now backs the kept fact. */
interface AbsorbedFact {
  type: FactType;
  factId: string;
  fromId: string;
  toId: string;
  props: Props;
  intoFactId: string;
  intoPropsBefore: Props;
  evidenceIds: string[];
}

interface MergePayload {
  keepId: string;
  mergeId: string;
  aliasesBefore: string[];
  searchTextBefore: string | null;
  moved: MovedFact[];
  absorbed: AbsorbedFact[];
  /** Facts that named the merged event by eventId. */
  eventRefs: { type: FactType; factId: string }[];
}

interface FactAtEntity {
  factId: string;
  otherId: string;
  role: ParticipantRole | null;
  eventId: string | null;
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
           RETURN r.id AS factId, o.id AS otherId, r.role AS role, r.eventId AS eventId, head(collect(x.id)) AS twinId`,
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
      for (const type of [FactType.ACCOMPANIED_BY, FactType.RECEIVED_VISIT_FROM]) {
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
    return recordChange(tx, { ...options, action: ChangeAction.MERGE, entityIds: [keepId, mergeId], payload });
  });
  return changeById(db, changeId);
}

async function undoMerge(tx: Tx, payload: MergePayload): Promise<void> {
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

// ── split ────────────────────────────────────────────────────────────────────────────────────────────────────────

interface SplitPayload {
  id: string;
  createdId: string;
  moved: MovedFact[];
}

function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Creates an entity of the same type named `newName` and moves the facts `factIds` of `id` to it. */
export async function splitEntity(
  db: Database,
  options: Actor & { id: string; newName: string; factIds: readonly string[] },
): Promise<ChangeRow> {
  const name = options.newName.trim();
  if (name.length === 0)
    throw new CorrectionRefused('BAD_INPUT', 'expected a name for the new entity, but got an empty one.');
  if (options.factIds.length === 0)
    throw new CorrectionRefused('BAD_INPUT', 'expected at least one fact to move to the new entity, but got none.');
  const changeId = await db.transaction(async (tx) => {
    await lockLiveEntities(tx, [options.id]);
    const source = await entityHead(tx, options.id);
    const facts = await tx.run<{ factId: string; type: FactType; out: boolean }>(
      `MATCH (e:${Label.Entity} {id: $id})-[r:${ANY_FACT}]-()
       WHERE r.id IN $factIds
       RETURN DISTINCT r.id AS factId, type(r) AS type, startNode(r) = e AS out`,
      { id: options.id, factIds: options.factIds },
    );
    const missing = options.factIds.filter((factId) => !facts.some((fact) => fact.factId === factId));
    if (missing.length > 0) {
      const elsewhere = await tx.run<{ factId: string; fromId: string; toId: string }>(
        `MATCH (a:${Label.Entity})-[r:${ANY_FACT}]->(b:${Label.Entity}) WHERE r.id IN $missing
         RETURN r.id AS factId, a.id AS fromId, b.id AS toId`,
        { missing },
      );
      const unknown = missing.filter((factId) => !elsewhere.some((row) => row.factId === factId));
      const [moved] = elsewhere;
      if (unknown.length === 0 && moved) {
        throw new CorrectionRefused(
          'CONFLICT',
          `The fact "${moved.factId}" is no longer a fact of "${options.id}": another change moved it, and it now joins "${moved.fromId}" and "${moved.toId}".`,
        );
      }
      throw new CorrectionRefused(
        'BAD_INPUT',
        `expected facts of "${options.id}", but ${missing.map((m) => `"${m}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not.`,
      );
    }
    const base = `${ID_PREFIX[source.label]}:${slugOf(name) || 'split'}`;
    const taken = await tx.run<{ id: string }>(
      `MATCH (n) WHERE (n:${Label.Entity} OR n:${Label.Merged}) AND (n.id = $base OR n.id STARTS WITH $base + '-') RETURN n.id AS id`,
      { base },
    );
    const ids = new Set(taken.map((row) => row.id));
    let createdId = base;
    for (let n = 2; ids.has(createdId); n += 1) createdId = `${base}-${n}`;
    await writeEntities(tx, [
      { id: createdId, label: source.label, name, aliases: [], props: {}, dates: {}, notes: [] },
    ]);
    const payload: SplitPayload = { id: options.id, createdId, moved: [] };
    for (const fact of facts) {
      const direction: Direction = fact.out ? 'OUT' : 'IN';
      await moveFact(tx, {
        type: fact.type,
        factId: fact.factId,
        direction,
        fromEntity: options.id,
        toEntity: createdId,
      });
      payload.moved.push({ type: fact.type, factId: fact.factId, direction });
    }
    return recordChange(tx, { ...options, action: ChangeAction.SPLIT, entityIds: [options.id, createdId], payload });
  });
  return changeById(db, changeId);
}

async function undoSplit(tx: Tx, payload: SplitPayload): Promise<void> {
  for (const moved of payload.moved) {
    await moveFact(tx, { ...moved, fromEntity: payload.createdId, toEntity: payload.id });
  }
  // The split-off entity stays in the history, answering the one it came from.
  await tx.run(
    `MATCH (n:${Label.Entity} {id: $createdId}) REMOVE n:${Label.Entity} SET n:${Label.Merged}, n.mergedInto = $id`,
    { createdId: payload.createdId, id: payload.id },
  );
}

// ── add and retract ──────────────────────────────────────────────────────────────────────────────────────────────

export interface FactAttributes {
  role?: ParticipantRole | null;
  eventId?: string | null;
  delegationOf?: string | null;
  firstSeen?: string | null;
  firstSeenPrecision?: DatePrecision | null;
  lastSeen?: string | null;
  lastSeenPrecision?: DatePrecision | null;
  former?: boolean | null;
}

interface AddFactPayload {
  factId: string;
  type: FactType;
  created: boolean;
  evidenceId: string;
}

/** States a fact on an analyst's authority, with evidence of extractorVersion "analyst" holding their quote. */
export async function addFact(
  db: Database,
  options: Actor & { type: FactType; fromId: string; toId: string; attributes: FactAttributes; quote: string },
): Promise<ChangeRow> {
  const { type, fromId, toId, attributes } = options;
  const quote = options.quote.trim();
  if (quote.length === 0)
    throw new CorrectionRefused('BAD_INPUT', 'expected a quote that supports the fact, but got an empty one.');
  const ends = FACT_ENDPOINTS[type];
  const fromLabel = labelOfId(fromId);
  const toLabel = labelOfId(toId);
  if (!fromLabel || !ends.from.includes(fromLabel) || !toLabel || !ends.to.includes(toLabel)) {
    throw new CorrectionRefused(
      'BAD_INPUT',
      `expected ${type} to go from ${ends.from.join(' or ')} to ${ends.to.join(' or ')}, but got "${fromId}" → "${toId}".`,
    );
  }
  if (type === FactType.PARTICIPATED_IN && !attributes.role) {
    throw new CorrectionRefused('BAD_INPUT', 'expected attributes.role for PARTICIPATED_IN, but got none.');
  }
  const needsEvent = type === FactType.ACCOMPANIED_BY || type === FactType.RECEIVED_VISIT_FROM;
  if (needsEvent && !attributes.eventId) {
    throw new CorrectionRefused('BAD_INPUT', `expected attributes.eventId for ${type}, but got none.`);
  }
  const factId = factIdOf({ type, fromId, toId, discriminator: discriminatorOf(type, attributes) });
  const quoteEvidenceId = evidenceIdOf({ factId, articleId: null, start: null, quote });
  const changeId = await db.transaction(async (tx) => {
    await lockLiveEntities(tx, [fromId, toId]);
    await entityHead(tx, fromId);
    await entityHead(tx, toId);
    if (needsEvent && attributes.eventId) await entityHead(tx, attributes.eventId);
    const [stated] = await tx.run<{ id: string }>(`MATCH (ev:${Label.Evidence} {id: $id}) RETURN ev.id AS id`, {
      id: quoteEvidenceId,
    });
    if (stated)
      throw new CorrectionRefused(
        'CONFLICT',
        `The fact "${factId}" already has this quote as its evidence: another change added it.`,
      );
    const props: Props = {};
    if (type === FactType.PARTICIPATED_IN) props.role = attributes.role;
    if (needsEvent) props.eventId = attributes.eventId;
    if (type === FactType.LED_BY && attributes.delegationOf) props.delegationOf = attributes.delegationOf;
    if (type === FactType.HOLDS_POSITION) {
      props.former = attributes.former ?? false;
      if (attributes.firstSeen)
        Object.assign(props, {
          firstSeen: attributes.firstSeen,
          firstSeenPrecision: attributes.firstSeenPrecision ?? 'DAY',
        });
      if (attributes.lastSeen ?? attributes.firstSeen) {
        Object.assign(props, {
          lastSeen: attributes.lastSeen ?? attributes.firstSeen,
          lastSeenPrecision: attributes.lastSeenPrecision ?? attributes.firstSeenPrecision ?? 'DAY',
        });
      }
    }
    const { firstSeen, lastSeen, ...plain } = props;
    const dates = {
      firstSeen: typeof firstSeen === 'string' ? firstSeen : null,
      lastSeen: typeof lastSeen === 'string' ? lastSeen : null,
    };
    const created = await mergeFacts(tx, [{ id: factId, type, from: fromId, to: toId, props: plain, dates }]);
    const evidenceId = quoteEvidenceId;
    await mergeEvidence(tx, [
      {
        id: evidenceId,
        factId,
        factType: type,
        articleId: null,
        quote,
        sentence: quote,
        start: null,
        end: null,
        confidence: 1,
        rule: null,
        extractorVersion: 'analyst',
        date: attributes.firstSeen ?? null,
        datePrecision: attributes.firstSeen ? (attributes.firstSeenPrecision ?? 'DAY') : null,
        former: null,
      },
    ]);
    const payload: AddFactPayload = { factId, type, created: created.length > 0, evidenceId };
    return recordChange(tx, { ...options, action: ChangeAction.ADD_FACT, entityIds: [fromId, toId], payload, factId });
  });
  return changeById(db, changeId);
}

async function undoAddFact(tx: Tx, payload: AddFactPayload): Promise<void> {
  await tx.run(`MATCH (ev:${Label.Evidence} {id: $evidenceId}) DETACH DELETE ev`, { evidenceId: payload.evidenceId });
  if (payload.created)
    await tx.run(`MATCH ()-[r:${payload.type} {id: $factId}]->() DELETE r`, { factId: payload.factId });
}

interface RetractPayload {
  factId: string;
  type: FactType;
  fromId: string;
  toId: string;
  props: Props;
}

/** Removes a fact; its evidence stays, so that an undo brings the fact back whole. */
export async function retractFact(db: Database, options: Actor & { factId: string }): Promise<ChangeRow> {
  const changeId = await db.transaction(async (tx) => {
    const refuse = async (): Promise<never> => {
      const retraction = await findRetractionOf(tx, options.factId);
      if (retraction)
        throw new CorrectionRefused(
          'CONFLICT',
          `The fact "${options.factId}" was already retracted by the change "${retraction}".`,
        );
      throw new CorrectionRefused('NOT_FOUND', `No fact has the id "${options.factId}".`);
    };
    const [ends] = await tx.run<{ fromId: string; toId: string }>(
      `MATCH (a:${Label.Entity})-[r:${ANY_FACT}]->(b:${Label.Entity}) WHERE r.id = $factId RETURN a.id AS fromId, b.id AS toId LIMIT 1`,
      { factId: options.factId },
    );
    if (!ends) return refuse();
    await lockEntities(tx, [ends.fromId, ends.toId]);
    const [fact] = await tx.run<Omit<RetractPayload, 'factId'>>(
      `MATCH (a:${Label.Entity} {id: $fromId})-[r:${ANY_FACT}]->(b:${Label.Entity} {id: $toId})
       WHERE r.id = $factId
       WITH a, r, b LIMIT 1
       WITH a.id AS fromId, b.id AS toId, type(r) AS type, properties(r) AS props, r
       DELETE r
       RETURN fromId, toId, type, props`,
      { factId: options.factId, fromId: ends.fromId, toId: ends.toId },
    );
    if (!fact) return refuse();
    const payload: RetractPayload = { factId: options.factId, ...fact };
    return recordChange(tx, {
      ...options,
      action: ChangeAction.RETRACT_FACT,
      entityIds: [fact.fromId, fact.toId],
      payload,
      factId: options.factId,
    });
  });
  return changeById(db, changeId);
}

// ── undo ─────────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Reverts a change, recording the undo as a change of its own and marking the original `undoneBy`. The change is
 * locked and read inside the undoing transaction, so of two undos of one change the second finds it undone.
 */
export async function undoChange(db: Database, options: Actor & { changeId: string }): Promise<ChangeRow> {
  const changeId = await db.transaction(async (tx) => {
    const change = (await lockChange(tx, options.changeId)) ? await findChangeIn(tx, options.changeId) : null;
    if (!change) throw new CorrectionRefused('NOT_FOUND', `No change has the id "${options.changeId}".`);
    if (change.undoneBy)
      throw new CorrectionRefused('CONFLICT', `The change "${change.id}" was already undone by "${change.undoneBy}".`);
    if (change.action === ChangeAction.UNDO) {
      throw new CorrectionRefused(
        'BAD_INPUT',
        'expected a change that is not itself an undo; make the correction again instead.',
      );
    }
    await lockEntities(tx, change.entityIds);
    const payload: unknown = JSON.parse(change.payload);
    switch (change.action) {
      case ChangeAction.MERGE:
        await undoMerge(tx, payload as MergePayload);
        break;
      case ChangeAction.SPLIT:
        await undoSplit(tx, payload as SplitPayload);
        break;
      case ChangeAction.ADD_FACT:
        await undoAddFact(tx, payload as AddFactPayload);
        break;
      case ChangeAction.RETRACT_FACT: {
        const retracted = payload as RetractPayload;
        await recreateFact(tx, retracted);
        break;
      }
    }
    const undoId = await recordChange(tx, {
      ...options,
      action: ChangeAction.UNDO,
      entityIds: change.entityIds,
      payload: { undoes: change.id },
      factId: change.factId,
      undoes: change.id,
    });
    const [claimed] = await tx.run<{ id: string }>(
      `MATCH (c:${Label.Change} {id: $id}) WHERE c.undoneBy IS NULL SET c.undoneBy = $undoId RETURN c.id AS id`,
      { id: change.id, undoId },
    );
    // Unreachable while the change is locked above; kept so that a change can never be undone twice.
    if (!claimed)
      throw new CorrectionRefused('CONFLICT', `The change "${change.id}" was undone by another change meanwhile.`);
    return undoId;
  });
  return changeById(db, changeId);
}
