/** Person: posts with tenure, events with role, accompaniment both ways, and a timeline. */

import type { EntityRow } from '../../graph/repositories/rows.js';
import type { TenureRow } from '../../graph/repositories/tenure.js';
import { tenureContains } from '../../graph/repositories/tenure.js';
import { toConnection, withinDates } from '../connection.js';
import type { PersonResolvers, TimelineEntry } from '../generated/graphql.js';
import { networkOf } from './network.js';
import { participations } from './organization.js';
import { type FarEnd, type RelationTable, relationResolvers } from './related.js';
import { EDGE_NODE, historyOf, partialDate, TENURE_ENDS } from './shared.js';

type TimelineItem = Omit<TimelineEntry, 'event' | 'tenure'> & { event: EntityRow | null; tenure: TenureRow | null };

/** Accompaniment edges also name the event, whose own relations can be loaded with them. */
const ACCOMPANIMENT_EVENT: FarEnd = { path: ['edges', 'event'], end: 'event' };

/** The fields of a person made from one of its relations. */
export const personRelations = {
  positions: {
    relation: 'personTenures',
    next: TENURE_ENDS,
    answer: (tenures, { args }) => {
      const asOf = args.asOf;
      const chosen = asOf ? tenures.filter((tenure) => tenureContains(tenure, asOf)) : tenures;
      return toConnection(chosen, args, (node, cursor) => ({ cursor, node }));
    },
  },
  events: participations,
  accompanied: {
    relation: 'principals',
    filter: ['from', 'to'],
    next: [{ path: EDGE_NODE, end: 'other' }, { path: ['edges', 'principal'], end: 'other' }, ACCOMPANIMENT_EVENT],
    answer: (principals, { parent, args }) =>
      toConnection(
        withinDates(principals, (r) => r.event?.date, args),
        args,
        (r, cursor) => ({
          cursor,
          node: r.other,
          principal: r.other,
          companion: parent,
          event: r.event,
          factId: r.factId,
          evidence: r.evidence,
        }),
      ),
  },
  accompaniedBy: {
    relation: 'companions',
    filter: ['from', 'to'],
    next: [{ path: EDGE_NODE, end: 'other' }, { path: ['edges', 'companion'], end: 'other' }, ACCOMPANIMENT_EVENT],
    answer: (companions, { parent, args }) =>
      toConnection(
        withinDates(companions, (r) => r.event?.date, args),
        args,
        (r, cursor) => ({
          cursor,
          node: r.other,
          principal: parent,
          companion: r.other,
          event: r.event,
          factId: r.factId,
          evidence: r.evidence,
        }),
      ),
  },
  timeline: {
    relation: 'personTenures',
    // A timeline's tenures answer with their evidence wherever the selection asks for it: load it always.
    evidence: 'all',
    next: [
      { path: ['edges', 'node', 'tenure', 'person'], end: 'person' },
      { path: ['edges', 'node', 'tenure', 'position'], end: 'position' },
    ],
    answer: async (tenures, { parent, args, ctx }) => {
      const items: TimelineItem[] = [];
      for (const { event, roles } of await ctx.loaders.timelineEvents.load(parent.id)) {
        const date = partialDate(event.date, event.datePrecision);
        if (date) items.push({ kind: 'EVENT', date, event, roles, tenure: null });
      }
      for (const tenure of tenures) {
        if (tenure.start) items.push({ kind: 'TENURE_START', date: tenure.start, event: null, roles: [], tenure });
      }
      // Stable: on one day, the post comes before the event that attests it.
      items.sort(
        (a, b) =>
          a.date.date.localeCompare(b.date.date) || (a.kind === b.kind ? 0 : a.kind === 'TENURE_START' ? -1 : 1),
      );
      return toConnection(items, args, (node, cursor) => ({ cursor, node }));
    },
  },
} satisfies RelationTable<PersonResolvers>;

export const Person: PersonResolvers = {
  ...relationResolvers<PersonResolvers>(personRelations),
  network: (row, args, ctx) => networkOf(row, args, ctx),
  honorifics: (row) => row.honorifics ?? [],
  history: historyOf,
};
