/** Every resolver map of the schema, in one object for Apollo Server. */
import type { EntityRow } from '../../graph/repositories/rows.js';
import type { Resolvers } from '../generated/graphql.js';
import { Agreement } from './agreement.js';
import { Article, ArticleFact, Mention } from './articles.js';
import { Event } from './event.js';
import { AgreementListConnection, EventConnection } from './lists.js';
import { Mutation } from './mutation.js';
import { Country, Organization } from './organization.js';
import { Person } from './person.js';
import { Position } from './position.js';
import { Query } from './query.js';
import { ReviewItem, ReviewMutation } from './review.js';
import { DateScalar, DateTimeScalar } from './scalars.js';
import { Change, Evidence, Fact, Tenure } from './sources.js';

function isEntityRow(value: object): value is EntityRow {
  return 'label' in value;
}

/** The GraphQL type of an entity row is its label; an abstract type over entities resolves by it. */
const byLabel = { __resolveType: (row: EntityRow) => row.label };

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation: { ...Mutation, ...ReviewMutation },
  ReviewItem,
  Node: { __resolveType: (row) => (isEntityRow(row) ? row.label : 'Change') },
  Entity: byLabel,
  Participant: { __resolveType: (row) => row.label as 'Person' | 'Organization' | 'Country' },
  Visitor: { __resolveType: (row) => row.label as 'Person' | 'Organization' },
  Party: { __resolveType: (row) => row.label as 'Country' | 'Organization' },
  FollowUpNode: { __resolveType: (row) => row.label as 'Event' | 'Agreement' },
  Contradiction: {
    __resolveType: (row) => {
      switch (row.kind) {
        case 'OVERLAPPING_TENURES':
          return 'OverlappingTenures';
        case 'PERSON_IN_TWO_PLACES':
          return 'PersonInTwoPlaces';
        case 'EVENT_OUTSIDE_AGREEMENT_PERIOD':
          return 'EventOutsideAgreementPeriod';
        case 'POSSIBLE_DUPLICATE':
          return 'PossibleDuplicate';
      }
    },
  },
  Article,
  ArticleFact,
  Mention,
  Person,
  Organization,
  Country,
  Position,
  Event,
  Agreement,
  Evidence,
  Tenure,
  Fact,
  Change,
  EventConnection,
  AgreementListConnection,
};
