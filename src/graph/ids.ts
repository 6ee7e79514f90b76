/** Stable ids of facts and evidence, as docs/model.md defines them, so that writing a fact twice is one MERGE. */
import { createHash } from 'node:crypto';
import { ANALYST, FactType, type ParticipantRole } from './model.js';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The discriminator of a fact: `role` for PARTICIPATED_IN, `eventId` for ACCOMPANIED_BY and RECEIVED_VISIT_FROM. */
export function discriminatorOf(
  type: FactType,
  attributes: { role?: ParticipantRole | null; eventId?: string | null },
): string {
  switch (type) {
    case FactType.PARTICIPATED_IN:
      return attributes.role ?? '';
    case FactType.ACCOMPANIED_BY:
    case FactType.RECEIVED_VISIT_FROM:
      return attributes.eventId ?? '';
    default:
      return '';
  }
}

/** `fact:` + the first 20 hex characters of sha-256(type|from|to|discriminator). */
export function factIdOf(options: { type: FactType; fromId: string; toId: string; discriminator: string }): string {
  return `fact:${sha256(`${options.type}|${options.fromId}|${options.toId}|${options.discriminator}`).slice(0, 20)}`;
}

/** `article:` + sha-256 of the url, or of the file name when there is no url. */
export function articleIdOf(urlOrFileName: string): string {
  return `article:${sha256(urlOrFileName)}`;
}

/**
 * Id of one piece of evidence: the same attestation written twice is one node. An analyst's quote taken from an
 * article (`byAnalyst`) is a node of its own beside the extractor's reading of the same words, which a later reading
 * of the article replaces.
 */
export function evidenceIdOf(options: {
  factId: string;
  articleId: string | null;
  start: number | null;
  quote: string;
  byAnalyst?: boolean;
}): string {
  const source = options.articleId === null ? ANALYST : `${options.articleId}${options.byAnalyst ? `|${ANALYST}` : ''}`;
  return `evidence:${sha256(`${options.factId}|${source}|${options.start ?? ''}|${options.quote}`).slice(0, 24)}`;
}
