/** Who is asking: an analyst presenting the configured API key may run mutations; everyone else only reads. */
import { createHash, timingSafeEqual } from 'node:crypto';

export interface Auth {
  /** True when the request presented the configured API key. */
  readonly isAnalyst: boolean;
  /** Name recorded in the history of a change (header `x-actor`), or "analyst". */
  readonly actor: string;
}

export const ANONYMOUS: Auth = Object.freeze({ isAnalyst: false, actor: 'anonymous' });

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Compares the presented key with the configured one in constant time (hashing first makes the lengths equal).
 * No configured key means nobody may write.
 */
export function authenticate(options: {
  apiKey: string | null;
  presentedKey: string | undefined;
  actor: string | undefined;
}): Auth {
  const { apiKey, presentedKey, actor } = options;
  if (apiKey === null || presentedKey === undefined) return ANONYMOUS;
  if (!timingSafeEqual(digest(apiKey), digest(presentedKey))) return ANONYMOUS;
  const name = actor?.trim().slice(0, 100);
  return { isAnalyst: true, actor: name ? name : 'analyst' };
}
