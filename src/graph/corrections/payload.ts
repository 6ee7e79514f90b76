/**
 * What each correction records on its Change node, so that it can be undone: one zod schema per action, joined in a
 * union discriminated by the action. The payload is stored as JSON without the action (the Change node holds it),
 * and read back through `parseChangePayload`, which validates it: a payload that does not match its action is a
 * broken audit trail and fails loudly instead of being cast.
 */
import { z } from 'zod';
import { FactType } from '../model.js';
import { ChangeAction } from '../repositories/changes.js';

const factType = z.enum(FactType);
const props = z.record(z.string(), z.unknown());

/** A fact's properties as recorded: dates as ISO strings, integers as numbers (see `restoreDates`). */
export type Props = z.infer<typeof props>;

export const Direction = z.enum(['OUT', 'IN']);
export type Direction = z.infer<typeof Direction>;

/** A fact moved from one entity to another, keeping its id; undone by moving it back. */
const movedFact = z.object({ type: factType, factId: z.string(), direction: Direction });
export type MovedFact = z.infer<typeof movedFact>;

/** A fact of the merged entity that the kept one already stated: its evidence now backs the kept fact. */
const absorbedFact = z.object({
  type: factType,
  factId: z.string(),
  fromId: z.string(),
  toId: z.string(),
  props,
  intoFactId: z.string(),
  intoPropsBefore: props,
  evidenceIds: z.array(z.string()),
});
export type AbsorbedFact = z.infer<typeof absorbedFact>;

export const MergePayload = z.object({
  action: z.literal(ChangeAction.MERGE),
  keepId: z.string(),
  mergeId: z.string(),
  aliasesBefore: z.array(z.string()),
  searchTextBefore: z.string().nullable(),
  moved: z.array(movedFact),
  absorbed: z.array(absorbedFact),
  /** Facts that named the merged event by eventId. */
  eventRefs: z.array(z.object({ type: factType, factId: z.string() })),
});
export type MergePayload = z.infer<typeof MergePayload>;

export const SplitPayload = z.object({
  action: z.literal(ChangeAction.SPLIT),
  id: z.string(),
  createdId: z.string(),
  moved: z.array(movedFact),
});
export type SplitPayload = z.infer<typeof SplitPayload>;

export const AddFactPayload = z.object({
  action: z.literal(ChangeAction.ADD_FACT),
  factId: z.string(),
  type: factType,
  /** False when the fact was there already and only the analyst's evidence was added. */
  created: z.boolean(),
  evidenceId: z.string(),
});
export type AddFactPayload = z.infer<typeof AddFactPayload>;

export const RetractPayload = z.object({
  action: z.literal(ChangeAction.RETRACT_FACT),
  factId: z.string(),
  type: factType,
  fromId: z.string(),
  toId: z.string(),
  props,
});
export type RetractPayload = z.infer<typeof RetractPayload>;

export const UndoPayload = z.object({ action: z.literal(ChangeAction.UNDO), undoes: z.string() });
export type UndoPayload = z.infer<typeof UndoPayload>;

export const ChangePayload = z.discriminatedUnion('action', [
  MergePayload,
  SplitPayload,
  AddFactPayload,
  RetractPayload,
  UndoPayload,
]);
export type ChangePayload = z.infer<typeof ChangePayload>;

/** A payload that does not match its change's action: the audit trail is broken, and nothing is undone. */
export class PayloadError extends Error {
  override readonly name = 'PayloadError';
}

/** The stored form of a payload: JSON without the action, which the Change node holds. */
export function storedPayload(payload: ChangePayload): Record<string, unknown> {
  const { action: _action, ...stored } = payload;
  return stored;
}

/** Reads back the payload of change `changeId`, validated against the schema of its `action`. */
export function parseChangePayload(change: { id: string; action: string; payload: string }): ChangePayload {
  let json: unknown;
  try {
    json = JSON.parse(change.payload);
  } catch (error) {
    throw new PayloadError(`expected the change "${change.id}" to hold a JSON payload, but it does not parse.`, {
      cause: error,
    });
  }
  const parsed = ChangePayload.safeParse(
    typeof json === 'object' && json !== null ? { ...json, action: change.action } : json,
  );
  if (!parsed.success) {
    throw new PayloadError(
      `expected the payload of the ${change.action} change "${change.id}" to match its schema, but ${z.prettifyError(parsed.error)}`,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}
