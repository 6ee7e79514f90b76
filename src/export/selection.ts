/** What an export includes: entity schemas, fact types, a start date and optionally a set of entity ids. */
import { ENTITY_LABELS, type EntityLabel, FACT_TYPES, type FactType } from '../graph/model.js';
import { ARTICLE_SCHEMA, EVIDENCE_SCHEMA, isEntitySchema, isFactSchema } from './schema.js';

export interface ExportSelection {
  /** Entity schemas exported; a statement is exported only when both its ends are. */
  readonly entityLabels: readonly EntityLabel[];
  readonly factTypes: readonly FactType[];
  /** Whether `Article` records (and, in CSV, the `Evidence` table) are written: always, as evidence cites them. */
  readonly sources: boolean;
  /** ISO date: only entities updated and articles ingested on or after it. */
  readonly since: string | null;
  /** Only these entities (and statements between two of them); null for the whole graph. */
  readonly ids: readonly string[] | null;
}

export const WHOLE_GRAPH: ExportSelection = Object.freeze({
  entityLabels: ENTITY_LABELS,
  factTypes: FACT_TYPES,
  sources: true,
  since: null,
  ids: null,
});

/** Raised for a bad --types, --since or ?ids value; the message is one full sentence meant for the user. */
export class SelectionError extends Error {
  override readonly name = 'SelectionError';
}

export interface SelectionInput {
  /** Schema names, each possibly a comma-separated list: `Person,Position`, `HOLDS_POSITION`, `Article`. */
  types?: readonly string[];
  since?: string | undefined;
  ids?: readonly string[];
}

/** Largest `ids` selection accepted: a selection is for a view of the explorer, not for the whole graph. */
export const MAX_SELECTED_IDS = 10_000;

/**
 * Builds a selection. Listing no entity schema keeps them all, and so for fact types: `--types Person` is the persons
 * and the facts between them, `--types HOLDS_POSITION` every entity and only tenures. Articles are always
 * written, as the evidence cites them; naming only `Article` or `Evidence` exports the sources alone.
 */
export function parseSelection(input: SelectionInput): ExportSelection {
  const names = (input.types ?? [])
    .flatMap((entry) => entry.split(','))
    .map((name) => name.trim())
    .filter(Boolean);
  const entityLabels: EntityLabel[] = [];
  const factTypes: FactType[] = [];
  for (const name of names) {
    if (isEntitySchema(name)) entityLabels.push(name);
    else if (isFactSchema(name)) factTypes.push(name);
    else if (name !== ARTICLE_SCHEMA && name !== EVIDENCE_SCHEMA) {
      throw new SelectionError(
        `Unknown type "${name}": expected one of ${[...ENTITY_LABELS, ...FACT_TYPES, ARTICLE_SCHEMA, EVIDENCE_SCHEMA].join(', ')}.`,
      );
    }
  }
  const since = input.since ?? null;
  if (since !== null && !/^\d{4}-\d{2}-\d{2}$/.test(since)) {
    throw new SelectionError(`--since expects a date such as 2020-09-03, but got "${since}".`);
  }
  const ids = input.ids
    ? [
        ...new Set(
          input.ids
            .flatMap((entry) => entry.split(','))
            .map((id) => id.trim())
            .filter(Boolean),
        ),
      ]
    : null;
  if (ids !== null && ids.length > MAX_SELECTED_IDS) {
    throw new SelectionError(`A selection holds at most ${MAX_SELECTED_IDS} ids, but got ${ids.length}.`);
  }
  const onlySources = names.length > 0 && entityLabels.length === 0 && factTypes.length === 0;
  return {
    entityLabels: onlySources ? [] : entityLabels.length > 0 ? entityLabels : ENTITY_LABELS,
    factTypes: onlySources ? [] : factTypes.length > 0 ? factTypes : FACT_TYPES,
    sources: true,
    since,
    ids,
  };
}
