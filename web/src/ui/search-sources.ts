/**
 * What the search looks in: every entity (full-text `search`), or one type through its list root
 * (schema/lists.graphql) with the filters that root offers. One row per type; the type picker, the kind picker, the
 * placeholder and the request all come from it.
 */
import { request } from '../api.js';
import {
  AgreementKind,
  EventKind,
  ListAgreementsDocument,
  ListCountriesDocument,
  ListEventsDocument,
  ListOrganizationsDocument,
  ListPersonsDocument,
  ListPositionsDocument,
  OrganizationKind,
  SearchDocument,
  type SearchQuery,
} from '../generated/graphql.js';

export type SearchHit = SearchQuery['search']['edges'][number]['node'];

/** One page of matches and how many there are over all pages. */
export interface Found {
  hits: SearchHit[];
  totalCount: number;
}

export interface FindOptions {
  /** The text typed, trimmed. */
  text: string;
  /** The kind picked, one of the source's `kinds`; null for any. */
  kind: string | null;
  signal: AbortSignal;
}

export interface SearchSource {
  readonly id: string;
  /** The type picker's option. */
  readonly label: string;
  /** What is found, in the plural, for messages ("persons"). */
  readonly noun: string;
  /** The input's placeholder: what the typed text filters, or how to open the list. */
  readonly placeholder: string;
  /**
   * From how many characters the typed text is asked for; null when the root has no text filter, so the input is
   * read-only and the list is the root's first page.
   */
  readonly text: { minLength: number } | null;
  /** Whether an empty text lists the root's first page (in its order) instead of nothing. */
  readonly browse: boolean;
  /** The values of the root's kind filter, for the kind picker; empty when it has none. */
  readonly kinds: readonly string[];
  find(options: FindOptions): Promise<Found>;
}

/** How many matches a page shows. */
const PAGE = 10;

/** `kind` when it is one of `kinds`, else null: the picker's string back as the enum's type. */
function kindOf<K extends string>(kinds: Readonly<Record<string, K>>, kind: string | null): K | null {
  return Object.values(kinds).find((value) => value === kind) ?? null;
}

function found(connection: { totalCount: number; edges: ReadonlyArray<{ node: SearchHit }> }): Found {
  return { hits: connection.edges.map((edge) => edge.node), totalCount: connection.totalCount };
}

/** The name prefix of the persons and countries roots: case-sensitive, so it is sent as typed. */
const namePrefix = (text: string) => (text === '' ? null : text);

export const SEARCH_SOURCES: readonly SearchSource[] = [
  {
    id: 'all',
    label: 'All types',
    noun: 'entities',
    placeholder: 'Search names, aliases, acronyms… (press /)',
    text: { minLength: 2 },
    browse: false,
    kinds: [],
    find: async ({ text, signal }) => found((await request(SearchDocument, { query: text, first: 8 }, signal)).search),
  },
  {
    id: 'persons',
    label: 'Persons',
    noun: 'persons',
    placeholder: 'Persons whose name starts with… (case-sensitive)',
    text: { minLength: 1 },
    browse: true,
    kinds: [],
    find: async ({ text, signal }) =>
      found(
        (await request(ListPersonsDocument, { where: { namePrefix: namePrefix(text) }, first: PAGE }, signal)).persons,
      ),
  },
  {
    id: 'organizations',
    label: 'Organisations',
    noun: 'organisations',
    // The organizations root filters by kind, country and agreement, not by name.
    placeholder: 'Organisations A–Z: pick a kind, press ↓',
    text: null,
    browse: true,
    kinds: Object.values(OrganizationKind),
    find: async ({ kind, signal }) =>
      found(
        (
          await request(
            ListOrganizationsDocument,
            { where: { kind: kindOf(OrganizationKind, kind) }, first: PAGE },
            signal,
          )
        ).organizations,
      ),
  },
  {
    id: 'countries',
    label: 'Countries',
    noun: 'countries',
    placeholder: 'Countries whose name starts with… (case-sensitive)',
    text: { minLength: 1 },
    browse: true,
    kinds: [],
    find: async ({ text, signal }) =>
      found(
        (await request(ListCountriesDocument, { where: { namePrefix: namePrefix(text) }, first: PAGE }, signal))
          .countries,
      ),
  },
  {
    id: 'positions',
    label: 'Posts',
    noun: 'posts',
    // The positions root filters by organisation, country and date, not by name.
    placeholder: 'Posts A–Z: press ↓',
    text: null,
    browse: true,
    kinds: [],
    find: async ({ signal }) => found((await request(ListPositionsDocument, { first: PAGE }, signal)).positions),
  },
  {
    id: 'agreements',
    label: 'Agreements',
    noun: 'agreements',
    // The agreements root filters by kind, status, party, date and topic, not by name.
    placeholder: 'Agreements, oldest first: pick a kind, press ↓',
    text: null,
    browse: true,
    kinds: Object.values(AgreementKind),
    find: async ({ kind, signal }) =>
      found(
        (await request(ListAgreementsDocument, { where: { kind: kindOf(AgreementKind, kind) }, first: PAGE }, signal))
          .agreements,
      ),
  },
  {
    id: 'events',
    label: 'Events',
    noun: 'events',
    placeholder: 'Events at a place containing… (newest first; ↓ lists them all)',
    text: { minLength: 2 },
    browse: true,
    kinds: Object.values(EventKind),
    find: async ({ text, kind, signal }) =>
      found(
        (
          await request(
            ListEventsDocument,
            { kind: kindOf(EventKind, kind), place: text === '' ? null : text, first: PAGE },
            signal,
          )
        ).events,
      ),
  },
];

/** A kind as the picker shows it: COURTESY_VISIT → "Courtesy visit". */
export function kindLabel(kind: string): string {
  const words = kind.toLowerCase().replaceAll('_', ' ');
  return words === 'mou' ? 'MoU' : words.charAt(0).toUpperCase() + words.slice(1);
}
