/**
 * The analysts' decisions (src/graph/corrections/decisions.ts) applied to an article before it is written (pure):
 * an id merged into another is written as that one, a merged person is no candidate of the resolution, a person
 * resolution that would undo a split is dropped, an article whose facts were split off an entity writes them on
 * the split-off one again, and a fact that a correction already moved onto an entity is written under the id it
 * has there.
 */
import { areDifferent, type Decisions, type FactKey, splitTarget } from '../../graph/corrections/index.js';
import type { GraphBatch } from '../../graph/ingest-repository.js';
import type { Extraction } from '../extract/types.js';
import { applyResolution, type KnownPerson, type Resolution } from '../resolve/resolve-persons.js';

/** The ids an article's extraction names: the ids whose decisions its planning needs. */
export function idsOf(extraction: Extraction): string[] {
  return extraction.entities.map((entity) => entity.id);
}

/** The extraction with every merged id replaced by the entity it was merged into. */
export function redirectMerged(extraction: Extraction, decisions: Decisions): Extraction {
  const renamed = new Map(
    idsOf(extraction).flatMap((id) => {
      const canonical = decisions.redirects.get(id);
      return canonical ? [[id, canonical] as const] : [];
    }),
  );
  return applyResolution(extraction, { renamed, notes: new Map() });
}

/** The candidates of the resolution without merged persons: their names are aliases of the ones they now are. */
export function liveCandidates<Person extends KnownPerson>(known: readonly Person[], decisions: Decisions): Person[] {
  return decisions.merged.size === 0 ? [...known] : known.filter((person) => !decisions.merged.has(person.id));
}

/** The resolution without the renames that would give a person the id of one an analyst split it from. */
export function respectSplits(resolution: Resolution, decisions: Decisions): Resolution {
  if (decisions.different.size === 0) return resolution;
  const renamed = new Map([...resolution.renamed].filter(([from, to]) => !areDifferent(decisions, from, to)));
  if (renamed.size === resolution.renamed.size) return resolution;
  const targets = new Set(renamed.values());
  const notes = new Map([...resolution.notes].filter(([id]) => targets.has(id)));
  return { renamed, notes };
}

/**
 * The resolved extraction of article `articleId` with each entity split off another written as the split-off one,
 * when the split moved what this article said of it; and the ids so replaced.
 */
export function followSplits(
  extraction: Extraction,
  decisions: Decisions,
  articleId: string,
): { extraction: Extraction; replaced: ReadonlySet<string> } {
  if (decisions.splits.size === 0) return { extraction, replaced: new Set() };
  const renamed = new Map(
    idsOf(extraction).flatMap((id) => {
      const target = splitTarget(decisions, id, articleId);
      return target ? [[id, target] as const] : [];
    }),
  );
  return { extraction: applyResolution(extraction, { renamed, notes: new Map() }), replaced: new Set(renamed.keys()) };
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The facts of `rows` between entities that corrections gave facts: those that may already be there under another id. */
export function factsToMatch(rows: GraphBatch, decisions: Decisions): FactKey[] {
  if (decisions.corrected.size === 0) return [];
  return rows.facts
    .filter((fact) => decisions.corrected.has(fact.from) || decisions.corrected.has(fact.to))
    .map((fact) => ({
      id: fact.id,
      type: fact.type,
      from: fact.from,
      to: fact.to,
      role: text(fact.props.role),
      eventId: text(fact.props.eventId),
    }));
}

/** The rows with each fact in `twins` written under the id of the fact already stating it, evidence included. */
export function withTwinIds(rows: GraphBatch, twins: ReadonlyMap<string, string>): GraphBatch {
  if (twins.size === 0) return rows;
  const idOf = (id: string): string => twins.get(id) ?? id;
  const facts = new Map(rows.facts.map((fact) => [idOf(fact.id), { ...fact, id: idOf(fact.id) }]));
  return {
    ...rows,
    facts: [...facts.values()],
    evidence: rows.evidence.map((row) => ({ ...row, factId: idOf(row.factId) })),
  };
}
