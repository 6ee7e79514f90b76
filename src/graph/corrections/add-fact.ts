/** `addFact`: an analyst states a fact on their own authority, backed by evidence that holds their quote. */
import type { Database, Tx } from '../database.js';
import { discriminatorOf, evidenceIdOf, factIdOf } from '../ids.js';
import {
  ANALYST,
  type DatePrecision,
  FACT_ENDPOINTS,
  FACTS_AT_EVENTS,
  FactType,
  Label,
  labelOfId,
  type ParticipantRole,
} from '../model.js';
import { ChangeAction, type ChangeRow } from '../repositories/changes.js';
import { mergeEvidence, mergeFacts } from '../writers/index.js';
import type { AddFactPayload, Props } from './payload.js';
import { type Actor, CorrectionRefused, changeById, entityHead, lockLiveEntities, recordChange } from './shared.js';

export interface FactAttributes {
  role?: ParticipantRole | null;
  eventId?: string | null;
  delegationOf?: string | null;
  firstSeen?: string | null;
  firstSeenPrecision?: DatePrecision | null;
  lastSeen?: string | null;
  lastSeenPrecision?: DatePrecision | null;
  former?: boolean | null;
}

/** The fact's properties from the analyst's attributes: only those its type has. */
function factProps(type: FactType, attributes: FactAttributes): Props {
  const props: Props = {};
  if (type === FactType.PARTICIPATED_IN) props.role = attributes.role;
  if (FACTS_AT_EVENTS.includes(type)) props.eventId = attributes.eventId;
  if (type === FactType.LED_BY && attributes.delegationOf) props.delegationOf = attributes.delegationOf;
  if (type === FactType.HOLDS_POSITION) {
    props.former = attributes.former ?? false;
    if (attributes.firstSeen)
      Object.assign(props, {
        firstSeen: attributes.firstSeen,
        firstSeenPrecision: attributes.firstSeenPrecision ?? 'DAY',
      });
    if (attributes.lastSeen ?? attributes.firstSeen) {
      Object.assign(props, {
        lastSeen: attributes.lastSeen ?? attributes.firstSeen,
        lastSeenPrecision: attributes.lastSeenPrecision ?? attributes.firstSeenPrecision ?? 'DAY',
      });
    }
  }
  return props;
}

/** Where an analyst's quote stands in an article: offsets into its body, `end` exclusive. */
export interface QuoteSource {
  articleId: string;
  start: number;
  end: number;
}

/** Refuses offsets that do not hold `quote` in the article's body; NOT_FOUND for an unknown article. */
async function checkSource(tx: Tx, source: QuoteSource, quote: string): Promise<void> {
  const [article] = await tx.run<{ body: string | null }>(
    `MATCH (a:${Label.Article} {id: $id}) RETURN a.body AS body`,
    { id: source.articleId },
  );
  if (!article) throw new CorrectionRefused('NOT_FOUND', `No article has the id "${source.articleId}".`);
  const body = article.body ?? '';
  const { start, end } = source;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > body.length) {
    throw new CorrectionRefused(
      'BAD_INPUT',
      `expected source offsets with 0 <= start < end <= ${body.length} (the article's length), but got ${start}..${end}.`,
    );
  }
  const words = body.slice(start, end);
  if (words !== quote) {
    throw new CorrectionRefused(
      'BAD_INPUT',
      `expected the quote to be the article's words at ${start}..${end} ("${words}"), but got "${quote}".`,
    );
  }
}

/**
 * States a fact on an analyst's authority, with evidence of extractorVersion "analyst" holding their quote; linked to
 * the article at `source` when the quote was taken from one.
 */
export async function addFact(
  db: Database,
  options: Actor & {
    type: FactType;
    fromId: string;
    toId: string;
    attributes: FactAttributes;
    quote: string;
    source?: QuoteSource | null;
  },
): Promise<ChangeRow> {
  const { type, fromId, toId, attributes } = options;
  const quote = options.quote.trim();
  if (quote.length === 0)
    throw new CorrectionRefused('BAD_INPUT', 'expected a quote that supports the fact, but got an empty one.');
  const ends = FACT_ENDPOINTS[type];
  const fromLabel = labelOfId(fromId);
  const toLabel = labelOfId(toId);
  if (!fromLabel || !ends.from.includes(fromLabel) || !toLabel || !ends.to.includes(toLabel)) {
    throw new CorrectionRefused(
      'BAD_INPUT',
      `expected ${type} to go from ${ends.from.join(' or ')} to ${ends.to.join(' or ')}, but got "${fromId}" → "${toId}".`,
    );
  }
  if (type === FactType.PARTICIPATED_IN && !attributes.role) {
    throw new CorrectionRefused('BAD_INPUT', 'expected attributes.role for PARTICIPATED_IN, but got none.');
  }
  const atEvent = FACTS_AT_EVENTS.includes(type);
  if (atEvent && !attributes.eventId) {
    throw new CorrectionRefused('BAD_INPUT', `expected attributes.eventId for ${type}, but got none.`);
  }
  const factId = factIdOf({ type, fromId, toId, discriminator: discriminatorOf(type, attributes) });
  const source = options.source ?? null;
  const evidenceId = evidenceIdOf({
    factId,
    articleId: source?.articleId ?? null,
    start: source?.start ?? null,
    quote,
    byAnalyst: true,
  });
  const changeId = await db.transaction(async (tx) => {
    await lockLiveEntities(tx, [fromId, toId]);
    if (source) await checkSource(tx, source, quote);
    await entityHead(tx, fromId);
    await entityHead(tx, toId);
    if (atEvent && attributes.eventId) await entityHead(tx, attributes.eventId);
    const [stated] = await tx.run<{ id: string }>(`MATCH (ev:${Label.Evidence} {id: $id}) RETURN ev.id AS id`, {
      id: evidenceId,
    });
    if (stated)
      throw new CorrectionRefused(
        'CONFLICT',
        `The fact "${factId}" already has this quote as its evidence: another change added it.`,
      );
    const { firstSeen, lastSeen, ...plain } = factProps(type, attributes);
    const dates = {
      firstSeen: typeof firstSeen === 'string' ? firstSeen : null,
      lastSeen: typeof lastSeen === 'string' ? lastSeen : null,
    };
    const created = await mergeFacts(tx, [{ id: factId, type, from: fromId, to: toId, props: plain, dates }]);
    await mergeEvidence(tx, [
      {
        id: evidenceId,
        factId,
        factType: type,
        articleId: source?.articleId ?? null,
        quote,
        sentence: quote,
        start: source?.start ?? null,
        end: source?.end ?? null,
        confidence: 1,
        rule: null,
        extractorVersion: ANALYST,
        date: attributes.firstSeen ?? null,
        datePrecision: attributes.firstSeen ? (attributes.firstSeenPrecision ?? 'DAY') : null,
        former: null,
      },
    ]);
    const payload: AddFactPayload = {
      action: ChangeAction.ADD_FACT,
      factId,
      type,
      created: created.length > 0,
      evidenceId,
    };
    return recordChange(tx, { ...options, entityIds: [fromId, toId], payload, factId });
  });
  return changeById(db, changeId);
}

/** Undoes an added fact: the analyst's evidence goes, and the fact too when the addition created it. */
export async function undoAddFact(tx: Tx, payload: AddFactPayload): Promise<void> {
  await tx.run(`MATCH (ev:${Label.Evidence} {id: $evidenceId}) DETACH DELETE ev`, { evidenceId: payload.evidenceId });
  if (payload.created)
    await tx.run(`MATCH ()-[r:${payload.type} {id: $factId}]->() DELETE r`, { factId: payload.factId });
}
