/**
 * Every relation field of the schema, by GraphQL type and field: the tables the resolvers of ./person.ts,
 * ./event.ts, ./organization.ts, ./position.ts and ./agreement.ts are made from, read by the look-ahead
 * (../prefetch.ts) to plan what a selection will load.
 */
import { agreementRelations } from './agreement.js';
import { eventRelations } from './event.js';
import { countryRelations, organizationRelations } from './organization.js';
import { personRelations } from './person.js';
import { positionRelations } from './position.js';
import type { AnyRelationField } from './related.js';

/** A relation field as the look-ahead reads it: its answer is the resolvers' business. */
export type PlannedField = Pick<AnyRelationField, 'relation' | 'evidence' | 'next' | 'filter'>;

export const RELATION_FIELDS: Readonly<Record<string, Readonly<Record<string, PlannedField>>>> = {
  Person: personRelations,
  Event: eventRelations,
  Organization: organizationRelations,
  Country: countryRelations,
  Position: positionRelations,
  Agreement: agreementRelations,
};
