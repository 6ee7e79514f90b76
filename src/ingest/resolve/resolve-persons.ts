/**
 * Cross-article resolution of persons (pure): a person extracted from a new article takes the id of a person
 * already in the graph when their names are judged the same, and the decision is recorded with its reason.
 * Names only are compared, never titles, so two holders of one post stay two people.
 */
import { isSameName, nameKey } from '../extract/names.js';
import type { ExtractedEntity, Extraction } from '../extract/types.js';

/** A person already in the graph, as the resolver needs it. */
export interface KnownPerson {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface Resolution {
  /** Extracted id → graph id, for every entity that resolved to another id. */
  readonly renamed: ReadonlyMap<string, string>;
  /** One sentence per decision, kept on the person as `resolutionNotes`. */
  readonly notes: ReadonlyMap<string, string>;
}

function namesOf(entity: { name: string; aliases: readonly string[] }): string[] {
  return [entity.name, ...entity.aliases];
}

function reasonFor(extracted: string, known: string): string {
  return nameKey(extracted) === nameKey(known)
    ? `"${extracted}" is a spelling variant of "${known}" (same name key ${nameKey(known)})`
    : `"${extracted}" matches "${known}" (same surname, given names within the spelling tolerance)`;
}

/**
 * Finds, for each extracted person, the one known person with the same name. A person that matches two known
 * persons is left alone: guessing between them would merge the wrong people.
 */
export function resolvePersons(extraction: Extraction, known: readonly KnownPerson[], articleLabel: string): Resolution {
  const renamed = new Map<string, string>();
  const notes = new Map<string, string>();
  const persons = extraction.entities.filter((entity): entity is ExtractedEntity => entity.type === 'Person');
  for (const person of persons) {
    if (known.some((candidate) => candidate.id === person.id)) continue;
    const matches: { candidate: KnownPerson; extracted: string; knownName: string }[] = [];
    for (const candidate of known) {
      const pair = findPair(namesOf(person), namesOf(candidate));
      if (pair) matches.push({ candidate, extracted: pair[0], knownName: pair[1] });
    }
    const ids = new Set(matches.map((match) => match.candidate.id));
    const match = matches[0];
    if (ids.size === 1 && match) {
      renamed.set(person.id, match.candidate.id);
      notes.set(match.candidate.id, `${articleLabel}: ${reasonFor(match.extracted, match.knownName)}`);
    }
  }
  return { renamed, notes };
}

function findPair(names: readonly string[], knownNames: readonly string[]): [string, string] | undefined {
  for (const name of names) {
    for (const knownName of knownNames) {
      if (isSameName(name, knownName)) return [name, knownName];
    }
  }
  return undefined;
}

/** The extraction with every renamed id replaced, in entities and in relation ends and attributes. */
export function applyResolution(extraction: Extraction, resolution: Resolution): Extraction {
  if (resolution.renamed.size === 0) return extraction;
  const map = (id: string): string => resolution.renamed.get(id) ?? id;
  return {
    ...extraction,
    entities: extraction.entities.map((entity) => ({ ...entity, id: map(entity.id) })),
    relations: extraction.relations.map((relation) => ({
      ...relation,
      from: map(relation.from),
      to: map(relation.to),
      attributes: Object.fromEntries(
        Object.entries(relation.attributes).map(([key, value]) => [key, typeof value === 'string' ? map(value) : value]),
      ),
    })),
  };
}
