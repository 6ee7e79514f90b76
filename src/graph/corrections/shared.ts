/**
 * What the correction commands share: the refusal they answer with, the locks they take before reading, the head of
 * an entity, the Change they record and the fact they bring back on an undo.
 */
import type { Database, Tx } from '../database.js';
import { type EntityLabel, type FactType, Label } from '../model.js';
import type { ChangeRow } from '../repositories/changes.js';
import { findChangesByIds } from '../repositories/changes.js';
import { lockEntities } from '../repositories/locks.js';
import { restoreFact, toNeo4jDate, recordChange as writeChange } from '../writers/index.js';
import { type ChangePayload, type Props, storedPayload } from './payload.js';

/** Why a correction was refused; the API turns it into NOT_FOUND, BAD_USER_INPUT or CONFLICT. */
export class CorrectionRefused extends Error {
  override readonly name = 'CorrectionRefused';

  constructor(
    readonly kind: 'NOT_FOUND' | 'BAD_INPUT' | 'CONFLICT',
    message: string,
  ) {
    super(message);
  }
}

/** Who makes a correction, and why. */
export interface Actor {
  actor: string;
  reason: string;
}

/** Fact properties that hold dates; they travel through payloads as ISO strings. */
const DATE_PROPS = ['firstSeen', 'lastSeen'] as const;

/** Recorded fact properties with their dates as Neo4j `Date`s again. */
export function restoreDates(props: Props): Props {
  const restored: Props = { ...props };
  for (const key of DATE_PROPS) {
    const value = restored[key];
    if (typeof value === 'string') restored[key] = toNeo4jDate(value.slice(0, 10));
  }
  return restored;
}

export interface EntityHead {
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
export async function lockLiveEntities(tx: Tx, ids: readonly string[]): Promise<void> {
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

/** The entity `id` (not a merged one), or NOT_FOUND. */
export async function entityHead(tx: Tx, id: string): Promise<EntityHead> {
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
export async function recreateFact(
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

/** Records the Change of a correction: its action is the payload's, and the payload is stored without it. */
export function recordChange(
  tx: Tx,
  options: Actor & {
    payload: ChangePayload;
    entityIds: string[];
    factId?: string | null;
    undoes?: string | null;
  },
): Promise<string> {
  const { payload, ...change } = options;
  return writeChange(tx, { ...change, action: payload.action, payload: storedPayload(payload) });
}

/** The change just committed, as the API answers it. */
export async function changeById(db: Database, id: string): Promise<ChangeRow> {
  const [change] = await findChangesByIds(db, [id]);
  if (!change) throw new Error(`expected the change "${id}" just written, but it is not there.`);
  return change;
}
