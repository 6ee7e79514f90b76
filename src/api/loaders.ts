/**
 * The DataLoaders of one request: each batches the keys asked for in one tick into one `UNWIND $ids` query, so a
 * query nested d levels deep costs at most one round trip per level. A new set is made per request.
 */
import DataLoader from 'dataloader';
import type { Database } from '../graph/database.js';
import { findChangesByIds, entityHistory, type ChangeRow } from '../graph/repositories/changes.js';
import { findEntitiesByIds } from '../graph/repositories/entities.js';
import { eventAccompaniments, eventVisits, followUpChain, type ChainLinkRow, type EventFactRow } from '../graph/repositories/events.js';
import {
  accreditationsOf,
  agreementParties,
  agreementsOfParty,
  companionsOf,
  eventLeaders,
  eventParticipants,
  followedBy,
  followUpsOf,
  locationsOf,
  organizationOfPositions,
  participationsOf,
  positionsOfOrganizations,
  principalsOf,
} from '../graph/repositories/neighbours.js';
import { personTimelineEvents, type TimelineEventRow } from '../graph/repositories/persons.js';
import type { EntityRow, NeighbourRow } from '../graph/repositories/rows.js';
import {
  organizationSuccession,
  personTenures,
  positionSuccession,
  type TenureRow,
} from '../graph/repositories/tenure.js';

type Batch<Row> = (db: Database, ids: readonly string[]) => Promise<Row[]>;

function loader<Row>(db: Database, batch: Batch<Row>): DataLoader<string, Row> {
  return new DataLoader<string, Row>((ids) => batch(db, ids));
}

/** Creates the loaders of one request. */
export function createLoaders(db: Database) {
  return {
    entity: loader<EntityRow | null>(db, findEntitiesByIds),
    change: loader<ChangeRow | null>(db, findChangesByIds),
    history: loader<ChangeRow[]>(db, entityHistory),
    participations: loader<NeighbourRow[]>(db, participationsOf),
    participants: loader<NeighbourRow[]>(db, eventParticipants),
    companions: loader<NeighbourRow[]>(db, companionsOf),
    principals: loader<NeighbourRow[]>(db, principalsOf),
    leaders: loader<NeighbourRow[]>(db, eventLeaders),
    follows: loader<NeighbourRow[]>(db, followedBy),
    followUps: loader<NeighbourRow[]>(db, followUpsOf),
    followUpChain: loader<ChainLinkRow[]>(db, followUpChain),
    parties: loader<NeighbourRow[]>(db, agreementParties),
    agreementsOfParty: loader<NeighbourRow[]>(db, agreementsOfParty),
    locations: loader<NeighbourRow[]>(db, locationsOf),
    organizationOfPosition: loader<NeighbourRow[]>(db, organizationOfPositions),
    positionsOfOrganization: loader<NeighbourRow[]>(db, positionsOfOrganizations),
    accreditations: loader<NeighbourRow[]>(db, accreditationsOf),
    personTenures: loader<TenureRow[]>(db, personTenures),
    positionSuccession: loader<TenureRow[]>(db, positionSuccession),
    organizationSuccession: loader<TenureRow[]>(db, organizationSuccession),
    eventAccompaniments: loader<EventFactRow[]>(db, eventAccompaniments),
    eventVisits: loader<EventFactRow[]>(db, eventVisits),
    timelineEvents: loader<TimelineEventRow[]>(db, personTimelineEvents),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
