/** Test helpers: extract a seed or fixture file, and look entities and relations up by their ends. */

import {
  type ExtractedRelation,
  type Extraction,
  extractArticle,
  type RelationType,
} from '../../../src/ingest/extract/index.js';
import { readArticle } from '../../../src/ingest/read/index.js';

export async function extractFile(path: string): Promise<Extraction> {
  return extractArticle(await readArticle(path));
}

export function relation(x: Extraction, type: RelationType, from: string, to: string): ExtractedRelation | undefined {
  return x.relations.find((r) => r.type === type && r.from === from && r.to === to);
}

export function roles(x: Extraction, who: string, event: string): string[] {
  return x.relations
    .filter((r) => r.type === 'PARTICIPATED_IN' && r.from === who && r.to === event)
    .map((r) => String(r.attributes.role));
}

export function entity(x: Extraction, id: string) {
  const e = x.entities.find((y) => y.id === id);
  if (!e) throw new Error(`no entity ${id}; have ${x.entities.map((y) => y.id).join(', ')}`);
  return e;
}

export function eventOf(x: Extraction) {
  const e = x.entities.find((y) => y.type === 'Event' && y.id.endsWith(':1'));
  if (!e) throw new Error('no main event');
  return e;
}
