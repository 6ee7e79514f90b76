/** Stable fact ids: the same statement from any article, in any run, gets the same id, so writes are MERGEs. */
import { createHash } from 'node:crypto';

/**
 * `fact:` + the first 20 hex characters of sha-256(type|from|to|discriminator). The discriminator separates facts
 * that share their ends: the role of a participation, the event of an accompaniment or a visit.
 */
export function factId(type: string, from: string, to: string, discriminator = ''): string {
  const digest = createHash('sha256').update([type, from, to, discriminator].join('|')).digest('hex');
  return `fact:${digest.slice(0, 20)}`;
}

/** Id of an article: from its url when it has one, else from its file name, so an edited article keeps its id. */
export function articleId(key: string): string {
  return `article:${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}
