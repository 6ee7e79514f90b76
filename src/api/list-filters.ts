/**
 * Checks the filter inputs of the list roots (schema/lists.graphql, Query.events) and turns them into the
 * repository's filters: each mistake is one BAD_USER_INPUT sentence naming the argument, "expected X, but got Y".
 */
import { BadInputError } from '../errors.js';
import { EntityLabel, labelOfId } from '../graph/model.js';
import type { ArticleFilterRow } from '../graph/repositories/articles.js';
import type {
  AgreementFilter as AgreementFilterRow,
  EventListFilter,
  OrganizationFilter as OrganizationFilterRow,
  PersonFilter as PersonFilterRow,
  PositionFilter as PositionFilterRow,
} from '../graph/repositories/lists.js';
import type {
  AgreementFilter,
  ArticleFilter,
  CountryFilter,
  OrganizationFilter,
  PersonFilter,
  PositionFilter,
  QueryEventsArgs,
} from './generated/graphql.js';

/** Most parties an agreement filter may require. */
export const MAX_PARTIES = 10;
/** Longest text of a prefix, place or topic filter. */
const MAX_TEXT = 100;

/** `id` when it names an entity of one of `labels`; BAD_USER_INPUT naming `argument` otherwise. */
function idOf(argument: string, id: string | null | undefined, labels: readonly EntityLabel[]): string | null {
  if (id === null || id === undefined) return null;
  const label = labelOfId(id);
  if (label === undefined || !labels.includes(label)) {
    const what = labels.map((l) => `${/^[AEIOU]/.test(l) ? 'an' : 'a'} ${l}`).join(' or ');
    throw new BadInputError(`expected "${argument}" to be the id of ${what}, but got "${id}".`, { argument });
  }
  return id;
}

/** Trimmed `text` of `min` to MAX_TEXT characters; BAD_USER_INPUT otherwise. */
function textOf(argument: string, text: string | null | undefined, min = 1): string | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed.length < min || trimmed.length > MAX_TEXT) {
    throw new BadInputError(
      `expected "${argument}" to be ${min} to ${MAX_TEXT} characters long, but got ${trimmed.length}.`,
      { argument },
    );
  }
  return trimmed;
}

/** BAD_USER_INPUT when both ends of a range are given and the start is after the end. */
export function checkRange(
  names: [string, string],
  from: string | null | undefined,
  to: string | null | undefined,
): void {
  if (from && to && from > to) {
    throw new BadInputError(`expected "${names[0]}" (${from}) to be on or before "${names[1]}" (${to}).`, {
      argument: names[0],
    });
  }
}

/** Longest text of an article search. */
const MAX_ARTICLE_TEXT = 200;

/** The articles filter: a source and words of sensible length, dates in order. */
export function articleFilterOf(where: ArticleFilter | null | undefined): ArticleFilterRow {
  checkRange(['publishedFrom', 'publishedTo'], where?.publishedFrom, where?.publishedTo);
  const text = where?.text?.trim() ?? null;
  if (text !== null && (text.length < 1 || text.length > MAX_ARTICLE_TEXT)) {
    throw new BadInputError(`expected "text" to be 1 to ${MAX_ARTICLE_TEXT} characters long, but got ${text.length}.`, {
      argument: 'text',
    });
  }
  return {
    source: textOf('source', where?.source),
    publishedFrom: where?.publishedFrom ?? null,
    publishedTo: where?.publishedTo ?? null,
    text,
  };
}

/** The persons filter: ids of the right types, asOf not with from/to, ranges in order. */
export function personFilterOf(where: PersonFilter | null | undefined): PersonFilterRow {
  if (!where) return {};
  const heldPosition = idOf('where.heldPosition', where.heldPosition, [EntityLabel.Position, EntityLabel.Organization]);
  if (where.asOf && (where.from || where.to)) {
    throw new BadInputError('expected either "where.asOf" or "where.from"/"where.to", but got both.', {
      argument: 'where.asOf',
    });
  }
  checkRange(['where.from', 'where.to'], where.from, where.to);
  const taking = where.participatedIn;
  if (taking) checkRange(['where.participatedIn.from', 'where.participatedIn.to'], taking.from, taking.to);
  return {
    namePrefix: textOf('where.namePrefix', where.namePrefix),
    heldPosition,
    heldPositionIs:
      heldPosition === null ? null : labelOfId(heldPosition) === EntityLabel.Organization ? 'Organization' : 'Position',
    asOf: where.asOf ?? null,
    from: where.from ?? null,
    to: where.to ?? null,
    country: idOf('where.country', where.country, [EntityLabel.Country]),
    participatedIn: taking
      ? {
          kind: taking.kind ?? null,
          country: idOf('where.participatedIn.country', taking.country, [EntityLabel.Country]),
          from: taking.from ?? null,
          to: taking.to ?? null,
        }
      : null,
  };
}

/** The organisations filter. */
export function organizationFilterOf(where: OrganizationFilter | null | undefined): OrganizationFilterRow {
  if (!where) return {};
  return {
    kind: where.kind ?? null,
    country: idOf('where.country', where.country, [EntityLabel.Country]),
    partyTo: idOf('where.partyTo', where.partyTo, [EntityLabel.Agreement]),
  };
}

/** The countries filter. */
export function countryFilterOf(where: CountryFilter | null | undefined): { namePrefix: string | null } {
  return { namePrefix: textOf('where.namePrefix', where?.namePrefix) };
}

/** The posts filter. */
export function positionFilterOf(where: PositionFilter | null | undefined): PositionFilterRow {
  if (!where) return {};
  return {
    organization: idOf('where.organization', where.organization, [EntityLabel.Organization]),
    country: idOf('where.country', where.country, [EntityLabel.Country]),
    heldAsOf: where.heldAsOf ?? null,
  };
}

/** The agreements filter: 1 to MAX_PARTIES parties, each a Country or an Organization. */
export function agreementFilterOf(where: AgreementFilter | null | undefined): AgreementFilterRow {
  if (!where) return {};
  const parties = where.parties ?? null;
  if (parties !== null && (parties.length === 0 || parties.length > MAX_PARTIES)) {
    throw new BadInputError(`expected "where.parties" to hold 1 to ${MAX_PARTIES} ids, but got ${parties.length}.`, {
      argument: 'where.parties',
    });
  }
  checkRange(['where.signedFrom', 'where.signedTo'], where.signedFrom, where.signedTo);
  return {
    kind: where.kind ?? null,
    status: where.status ?? null,
    parties:
      parties?.map((id) => idOf('where.parties', id, [EntityLabel.Country, EntityLabel.Organization]) ?? id) ?? null,
    signedFrom: where.signedFrom ?? null,
    signedTo: where.signedTo ?? null,
    topic: textOf('where.topic', where.topic),
  };
}

/** The events filter of Query.events. */
export function eventFilterOf(args: QueryEventsArgs): EventListFilter {
  checkRange(['from', 'to'], args.from, args.to);
  return {
    kind: args.kind ?? null,
    from: args.from ?? null,
    to: args.to ?? null,
    participantId: args.participantId ?? null,
    country: idOf('country', args.country, [EntityLabel.Country]),
    place: textOf('place', args.place, 2),
    organization: idOf('organization', args.organization, [EntityLabel.Organization]),
    hasFollowUp: args.hasFollowUp ?? null,
  };
}
