/**
 * The one writer of entity nodes. An entity gathers what many articles, files and analysts say of it, so a write
 * fills in and never overwrites: the name and creation time are set when the entity is created, every other
 * property only when it is missing; aliases and resolution notes are appended without repeats; `updatedAt` is the
 * time of the last write that changed something (or the instant given), so writing the same row again changes
 * nothing; `searchText` is recomputed from what is stored, here only.
 */
import { ENTITY_LABELS, type EntityLabel, Label } from '../model.js';
import { type Runner, run } from './runner.js';

export interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Label-specific properties (docs/model.md); set when missing, never overwritten. */
  props: Record<string, unknown>;
  /** Label-specific dates (YYYY-MM-DD), stored as Neo4j `Date`s: date, endDate, periodStart, periodEnd. */
  dates: Record<string, string | null>;
  /** Why this entity was resolved to an existing one, appended to `resolutionNotes`. */
  notes: string[];
  /** ISO instants kept from an exported file; the time of the write when absent. */
  createdAt?: string | null;
  updatedAt?: string | null;
}

/** `searchText` of node `variable`, which the full-text index reads: name, aliases and acronym joined by ` | `. */
export function searchTextOf(variable: string): string {
  return `reduce(acc = ${variable}.name, alias IN coalesce(${variable}.aliases, []) | acc + ' | ' + alias) + coalesce(' | ' + ${variable}.acronym, '')`;
}

export function checkEntityLabels(rows: readonly { label: string }[]): void {
  for (const row of rows) {
    if (!(ENTITY_LABELS as readonly string[]).includes(row.label))
      throw new Error(`expected an entity label of the model, but got "${row.label}"`);
  }
}

/**
 * Merges entity rows (unique by id) of any labels in one statement; returns the ids of the entities it created.
 * The label is dynamic (`$(row.label)`, Neo4j 5.26), limited to the model's by `checkEntityLabels`.
 */
export async function mergeEntities(runner: Runner, rows: readonly EntityRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  checkEntityLabels(rows);
  const result = await run<{ created: string[] }>(
    runner,
    `UNWIND $rows AS row
     MERGE (n:${Label.Entity} {id: row.id})
     ON CREATE SET n:$(row.label), n.name = row.name, n.createdAt = coalesce(datetime(row.createdAt), datetime()),
                   n.aliases = [], n.resolutionNotes = [], n.isNew = true
     WITH n, row, properties(n) AS before
     FOREACH (key IN keys(row.props) | SET n[key] = coalesce(n[key], row.props[key]))
     FOREACH (key IN keys(row.dates) | SET n[key] = coalesce(n[key], date(row.dates[key])))
     SET n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases + [row.name] |
           CASE WHEN alias = n.name OR alias IN acc THEN acc ELSE acc + alias END),
         n.resolutionNotes = reduce(acc = coalesce(n.resolutionNotes, []), note IN row.notes |
           CASE WHEN note IN acc THEN acc ELSE acc + note END)
     SET n.searchText = ${searchTextOf('n')}
     WITH n, row, coalesce(n.isNew, false) AS isNew, properties(n) <> before AS changed
     SET n.updatedAt = CASE WHEN row.updatedAt IS NOT NULL THEN datetime(row.updatedAt)
                            WHEN isNew OR changed THEN datetime() ELSE n.updatedAt END
     REMOVE n.isNew
     RETURN collect(CASE WHEN isNew THEN n.id END) AS created`,
    { rows: rows.map((row) => ({ ...row, createdAt: row.createdAt ?? null, updatedAt: row.updatedAt ?? null })) },
  );
  return result[0]?.created ?? [];
}

/** Sets the aliases of an entity (a correction, or its undo) and recomputes its `searchText`. */
export async function setAliases(runner: Runner, options: { id: string; aliases: readonly string[] }): Promise<void> {
  await run(
    runner,
    `MATCH (n:${Label.Entity} {id: $id})
     SET n.aliases = $aliases, n.updatedAt = datetime()
     SET n.searchText = ${searchTextOf('n')}`,
    { id: options.id, aliases: options.aliases },
  );
}
