/** Person: posts with tenure, events with role, accompaniment both ways, and a timeline. */

import { type EntityRow, EVIDENCE_FIELDS } from '../../graph/repositories/rows.js';
import type { TenureRow } from '../../graph/repositories/tenure.js';
import { tenureContains } from '../../graph/repositories/tenure.js';
import { toConnection, withinDates } from '../connection.js';
import type { PersonResolvers, TimelineEntry } from '../generated/graphql.js';
import { networkOf } from './network.js';
import { related } from './related.js';
import { historyOf, partialDate } from './shared.js';

type TimelineItem = Omit<TimelineEntry, 'event' | 'tenure'> & { event: EntityRow | null; tenure: TenureRow | null };

export const Person: PersonResolvers = {
  network: (row, args, ctx) => networkOf(row, args, ctx),
  honorifics: (row) => row.honorifics ?? [],
  positions: async (row, args, ctx, info) => {
    const tenures = await related(ctx, info, 'personTenures').load(row.id);
    const asOf = args.asOf;
    const chosen = asOf ? tenures.filter((tenure) => tenureContains(tenure, asOf)) : tenures;
    return toConnection(chosen, args, (node, cursor) => ({ cursor, node }));
  },
  events: async (row, args, ctx, info) => {
    const rows = (await related(ctx, info, 'participations').load(row.id)).filter(
      (r) => !args.role || r.role === args.role,
    );
    const dated = withinDates(rows, (r) => r.other.date, args);
    return toConnection(dated, args, (r, cursor) => ({
      cursor,
      node: r.other,
      role: r.role ?? 'PARTICIPANT',
      factId: r.factId,
      evidence: r.evidence,
    }));
  },
  accompanied: async (row, args, ctx, info) => {
    const rows = withinDates(await related(ctx, info, 'principals').load(row.id), (r) => r.event?.date, args);
    return toConnection(rows, args, (r, cursor) => ({
      cursor,
      node: r.other,
      principal: r.other,
      companion: row,
      event: r.event,
      factId: r.factId,
      evidence: r.evidence,
    }));
  },
  accompaniedBy: async (row, args, ctx, info) => {
    const rows = withinDates(await related(ctx, info, 'companions').load(row.id), (r) => r.event?.date, args);
    return toConnection(rows, args, (r, cursor) => ({
      cursor,
      node: r.other,
      principal: row,
      companion: r.other,
      event: r.event,
      factId: r.factId,
      evidence: r.evidence,
    }));
  },
  timeline: async (row, args, ctx) => {
    const [events, tenures] = await Promise.all([
      ctx.loaders.timelineEvents.load(row.id),
      // A timeline's tenures answer with their evidence wherever the selection asks for it: load it always.
      ctx.loaders.relation('personTenures', { evidence: EVIDENCE_FIELDS }).load(row.id),
    ]);
    const items: TimelineItem[] = [];
    for (const { event, roles } of events) {
      const date = partialDate(event.date, event.datePrecision);
      if (date) items.push({ kind: 'EVENT', date, event, roles, tenure: null });
    }
    for (const tenure of tenures) {
      if (tenure.start) items.push({ kind: 'TENURE_START', date: tenure.start, event: null, roles: [], tenure });
    }
    // Stable: on one day, the post comes before the event that attests it.
    items.sort(
      (a, b) => a.date.date.localeCompare(b.date.date) || (a.kind === b.kind ? 0 : a.kind === 'TENURE_START' ? -1 : 1),
    );
    return toConnection(items, args, (node, cursor) => ({ cursor, node }));
  },
  history: historyOf,
};
