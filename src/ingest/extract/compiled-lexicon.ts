/** The lexicon turned into matchers, once per lexicon object (cached), so extracting an article only looks up. */
import type { Lexicon, PositionHeadEntry } from '../lexicon/index.js';
import { type CountryIndex, createCountryIndex } from './countries.js';
import { createDatePatterns, type DatePatterns } from './dates.js';
import { createOrganisationIndex, type OrganisationIndex } from './organisations.js';
import { PhraseMatcher } from './phrase-matcher.js';

export type CueName = Exclude<keyof Lexicon['cues'], 'activeVerb'>;

export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  readonly countries: CountryIndex;
  readonly organisations: OrganisationIndex;
  readonly dates: DatePatterns;
  readonly honorificsBefore: PhraseMatcher<string>;
  readonly degrees: PhraseMatcher<string>;
  readonly positionHeads: PhraseMatcher<PositionHeadEntry>;
  /** "ad interim", "a.i.": words after a post that qualify how it is held. */
  readonly positionQualifiers: PhraseMatcher<true>;
  readonly unitWords: ReadonlySet<string>;
  /** Lower-case words after which a place names a unit ("Kawasan Amerika"). */
  readonly regionWords: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly formerMarkers: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  /** Labels opening a line of page furniture ("Baca juga", "Pewarta"). */
  readonly furniture: PhraseMatcher<true>;
  /** Every cue list as one matcher whose value names the list. */
  readonly cues: PhraseMatcher<CueName>;
  readonly cueLists: ReadonlyMap<CueName, PhraseMatcher<true>>;
  readonly eventKinds: PhraseMatcher<{ kind: string; rank: number }>;
  readonly agreementKinds: PhraseMatcher<string>;
  readonly topics: PhraseMatcher<string>;
  /** How a sentence states an agreement's parties (lower-case words). */
  readonly partyMarkers: { readonly between: ReadonlySet<string>; readonly with: ReadonlySet<string> };
  readonly signingVerbs: ReadonlySet<string>;
  readonly agreeingVerbs: PhraseMatcher<true>;
  readonly bothParties: PhraseMatcher<true>;
  readonly partyNouns: ReadonlySet<string>;
  readonly adverbs: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  /** An active verb of the main clause ("menyambut", "bertemu"): the end of a subject. */
  readonly activeVerb: RegExp;
  /** Words after which a full stop does not end a sentence. */
  readonly abbreviations: ReadonlySet<string>;
  readonly monthAndWeekdayNames: ReadonlySet<string>;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const honorificsBefore = new PhraseMatcher<string>({ requireCapital: true });
  for (const h of lexicon.honorifics.before) honorificsBefore.add(h.form, h.kind);
  const degrees = new PhraseMatcher<string>({ requireCapital: true });
  for (const h of lexicon.honorifics.after) degrees.add(h.form, h.kind);
  const positionHeads = new PhraseMatcher<PositionHeadEntry>();
  for (const h of lexicon.positions.heads) positionHeads.add(h.form, h);
  const furniture = new PhraseMatcher<true>();
  for (const f of lexicon.names.furniture) furniture.add(f, true);
  const positionQualifiers = new PhraseMatcher<true>();
  for (const q of lexicon.positions.qualifiers) positionQualifiers.add(q, true);
  const cues = new PhraseMatcher<CueName>();
  const cueLists = new Map<CueName, PhraseMatcher<true>>();
  const { activeVerb, ...cueForms } = lexicon.cues;
  for (const [name, forms] of Object.entries(cueForms) as [CueName, string[]][]) {
    const m = new PhraseMatcher<true>();
    for (const f of forms) {
      m.add(f, true);
      cues.add(f, name);
    }
    cueLists.set(name, m);
  }
  const eventKinds = new PhraseMatcher<{ kind: string; rank: number }>();
  for (const k of lexicon.events.eventKinds) for (const c of k.cues) eventKinds.add(c, { kind: k.kind, rank: k.rank });
  const agreementKinds = new PhraseMatcher<string>();
  for (const k of lexicon.events.agreementKinds) for (const c of k.cues) agreementKinds.add(c, k.kind);
  const topics = new PhraseMatcher<string>();
  for (const t of lexicon.events.topics) for (const c of t.cues) topics.add(c, t.topic);
  const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));
  const phrases = (words: readonly string[]): PhraseMatcher<true> => {
    const m = new PhraseMatcher<true>();
    for (const w of words) m.add(w, true);
    return m;
  };
  const parties = lexicon.events.parties;
  const abbreviations = new Set<string>([
    'No',
    'Jl',
    'St',
    'Plt',
    'Prof',
    'Dr',
    'Drs',
    'Mr',
    'MR',
    'Mrs',
    'Ms',
    'Pol',
    'Mar',
    'Gen',
    'Lt',
    'Maj',
    'Ir',
    'Purn',
    'a.i',
    'dkk',
    'dll',
    'Sdr',
  ]);
  for (const h of [...lexicon.honorifics.before, ...lexicon.honorifics.after, ...lexicon.positions.heads]) {
    const m = /([\p{L}]+)\.\)?$/u.exec(h.form);
    if (m?.[1]) abbreviations.add(m[1]);
  }
  const compiled: CompiledLexicon = {
    lexicon,
    countries: createCountryIndex(lexicon),
    organisations: createOrganisationIndex(lexicon),
    dates: createDatePatterns(lexicon.calendar),
    honorificsBefore,
    degrees,
    positionHeads,
    positionQualifiers,
    unitWords: new Set(lexicon.positions.unitWords.map((w) => w.toLowerCase())),
    regionWords: new Set(lexicon.positions.regionWords.map((w) => w.toLowerCase())),
    connectors: new Set(lexicon.positions.connectors),
    formerMarkers: new Set(lexicon.positions.formerMarkers),
    notNames: new Set(lexicon.names.notNames),
    particles: new Set(lexicon.names.particles),
    furniture,
    cues,
    cueLists,
    eventKinds,
    agreementKinds,
    topics,
    partyMarkers: { between: lower(parties.between), with: lower(parties.with) },
    signingVerbs: lower(parties.signingVerbs),
    agreeingVerbs: phrases(parties.agreeingVerbs),
    bothParties: phrases(parties.bothParties),
    partyNouns: lower(parties.partyNouns),
    adverbs: lower(parties.adverbs),
    placeHeads: new Set(lexicon.countries.placeHeads),
    abbreviations,
    activeVerb: new RegExp(activeVerb, 'u'),
    monthAndWeekdayNames: new Set([...lexicon.calendar.months.flat(), ...lexicon.calendar.weekdays.flat()]),
  };
  cache.set(lexicon, compiled);
  return compiled;
}
