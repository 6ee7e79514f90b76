/** Shapes of the lexicon data files; the loader validates every file against these so a bad edit fails loudly. */
import { z } from 'zod';

const form = z.string().min(1);

/** A regular expression's source, checked to compile with the `u` flag. */
function regexSource(key: string) {
  return z.string().refine((source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  }, `${key} must be a regular expression`);
}

export const honorificsFile = z.object({
  before: z.array(z.object({ form, kind: z.string() })),
  after: z.array(z.object({ form, kind: z.string() })),
});

export const calendarFile = z.object({
  weekdays: z.array(z.array(form)).length(7),
  months: z.array(z.array(form)).length(12),
});

export const positionsFile = z.object({
  heads: z.array(
    z.object({
      form,
      title: z.string().optional(),
      organization: z.string().optional(),
      scope: z.enum(['home', 'ambassador']).optional(),
    }),
  ),
  unitWords: z.array(form),
  regionWords: z.array(form),
  headOf: z.record(z.string(), z.string()),
  connectors: z.array(form),
  qualifiers: z.array(form),
  accreditationMarkers: z.array(form),
  formerMarkers: z.array(form),
  spellings: z.record(z.string(), z.string()),
});

export const postsFile = z.object({
  acting: z.array(form),
  optionalWords: z.array(form),
  unitQualifiers: z.array(form),
  equivalences: z.array(z.object({ organization: z.string().nullable(), title: form, variants: z.array(form) })),
});

export const organizationKind = z.enum([
  'agency',
  'ministry',
  'embassy',
  'police',
  'military',
  'international_organisation',
  'government',
  'other',
]);

export const organisationsFile = z.object({
  organisations: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'an organisation id is lower-case letters, digits and dashes'),
      name: form,
      acronym: z.string().nullable(),
      aliases: z.array(form),
      kind: organizationKind,
      country: z.string().length(2).nullable(),
      parent: z.string().optional(),
    }),
  ),
  heads: z.array(z.object({ form, kind: organizationKind, suffix: z.boolean().optional() })),
  embassyHeads: z.array(form),
  homeMissionHeads: z.array(form),
  notOrganisations: z.array(form),
  modifiers: z.array(form),
  derivedNoun: regexSource('derivedNoun'),
});

export const countriesFile = z.object({
  variants: z.record(z.string(), z.string().length(2)),
  ignore: z.array(form),
  cities: z.record(z.string(), z.string().length(2)),
  placeHeads: z.array(form),
});

export const eventsFile = z.object({
  eventKinds: z.array(z.object({ kind: z.string(), rank: z.number(), cues: z.array(form) })),
  agreementKinds: z.array(z.object({ kind: z.string(), cues: z.array(form) })),
  parties: z.object({
    between: z.array(form),
    with: z.array(form),
    signingVerbs: z.array(form),
    agreeingVerbs: z.array(form),
    partyNouns: z.array(form),
    adverbs: z.array(form),
    bothParties: z.array(form),
  }),
  agreementStatus: z.object({
    planned: z.array(form),
    signed: z.array(form),
    in_force: z.array(form),
    ended: z.array(form),
  }),
  topics: z.array(z.object({ topic: z.string(), cues: z.array(form) })),
});

export const cuesFile = z.object({
  accompaniedBy: z.array(form),
  accompanying: z.array(form),
  listIntro: z.array(form),
  leads: z.array(form),
  ledBy: z.array(form),
  receivedVisit: z.array(form),
  receivedBy: z.array(form),
  visitedBy: z.array(form),
  delegationMembers: z.array(form),
  apposition: z.array(form),
  formerApposition: z.array(form),
  facilitator: z.array(form),
  host: z.array(form),
  speaker: z.array(form),
  witness: z.array(form),
  participants: z.array(form),
  followUp: z.array(form),
  place: z.array(form),
  speech: z.array(form),
  anaphora: z.array(form),
  delegationWords: z.array(form),
  subordinators: z.array(form),
  priorMarkers: z.array(form),
  activeVerb: regexSource('activeVerb'),
});

export const namesFile = z.object({
  particles: z.array(form),
  notNames: z.array(form),
  furniture: z.array(form),
});

/** Every data file, by its file name without `.json`. */
export const lexiconFiles = {
  honorifics: honorificsFile,
  calendar: calendarFile,
  positions: positionsFile,
  posts: postsFile,
  organisations: organisationsFile,
  countries: countriesFile,
  events: eventsFile,
  cues: cuesFile,
  names: namesFile,
} as const;

export type LexiconFileName = keyof typeof lexiconFiles;

/** The lexicon as data: one validated object per file. */
export type Lexicon = { readonly [K in LexiconFileName]: z.infer<(typeof lexiconFiles)[K]> };
export type OrganizationKind = z.infer<typeof organizationKind>;
export type OrganisationEntry = Lexicon['organisations']['organisations'][number];
export type PositionHeadEntry = Lexicon['positions']['heads'][number];
