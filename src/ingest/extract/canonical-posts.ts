/**
 * One post, one title (pure): the variants an article writes ("Deputi Kerjasama Internasional", "Deputi III",
 * "Kepala Badan Reserse Kriminal Polri") brought to the canonical title and owner of the post, by the rules and the
 * equivalences of `lexicon/data/posts.json`. The variant stays on the post as an alias.
 */
import type { Lexicon, OrganisationEntry } from '../lexicon/index.js';

/** A post's title and owner once canonical. */
export interface CanonicalPost {
  readonly title: string;
  /** The owning organisation's lexicon id; changed only when the title names a known body of that owner. */
  readonly orgKey: string | null;
}

interface PostRules {
  readonly optional: ReadonlySet<string>;
  readonly qualifier: RegExp | null;
  /** `${orgKey ?? ''}|${comparable title}` → canonical title. */
  readonly equivalent: ReadonlyMap<string, string>;
  /** A known organisation by any of its names, lower case. */
  readonly organisation: ReadonlyMap<string, OrganisationEntry>;
  readonly byId: ReadonlyMap<string, OrganisationEntry>;
  /** Every head of a post, comparable: a title that is only a head keeps its unit qualifier. */
  readonly heads: ReadonlySet<string>;
}

const cache = new WeakMap<Lexicon, PostRules>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case, spacing and the comma before "dan" do not tell two titles apart. */
function comparable(title: string): string {
  return title
    .toLowerCase()
    .replace(/,(?=\s+(?:dan|and)\b)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function rulesOf(lexicon: Lexicon): PostRules {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const data = lexicon.posts;
  const optional = new Set(data.optionalWords.map((word) => word.toLowerCase()));
  const qualifier =
    data.unitQualifiers.length > 0
      ? new RegExp(`\\s+(?:${data.unitQualifiers.map(escapeRegExp).join('|')})\\s+(?:[IVX]{1,4}|\\d{1,2})$`, 'u')
      : null;
  const equivalent = new Map<string, string>();
  for (const entry of data.equivalences) {
    for (const variant of [entry.title, ...entry.variants]) {
      equivalent.set(`${entry.organization ?? ''}|${comparable(dropOptional(variant, { optional }))}`, entry.title);
    }
  }
  const organisation = new Map<string, OrganisationEntry>();
  for (const entry of lexicon.organisations.organisations) {
    for (const form of [entry.name, entry.acronym, ...entry.aliases]) {
      if (form && !organisation.has(form.toLowerCase())) organisation.set(form.toLowerCase(), entry);
    }
  }
  const byId = new Map(lexicon.organisations.organisations.map((entry) => [entry.id, entry]));
  const heads = new Set(
    lexicon.positions.heads.flatMap((head) => [head.form, head.title ?? head.form]).map(comparable),
  );
  const rules = { optional, qualifier, equivalent, organisation, byId, heads };
  cache.set(lexicon, rules);
  return rules;
}

/** The title without an optional word right after its head: "Deputi Bidang X" → "Deputi X". */
function dropOptional(title: string, rules: Pick<PostRules, 'optional'>): string {
  const words = title.split(' ');
  const at = words.findIndex((word, k) => k > 0 && rules.optional.has(word.toLowerCase()));
  // Only between a head and what follows it: "Kepala Bidang" alone is a post of its own.
  return at > 0 && at < words.length - 1 ? [...words.slice(0, at), ...words.slice(at + 1)].join(' ') : title;
}

/** Whether `entry` is `orgKey` or one of its units (Bareskrim of Polri). */
function within(entry: OrganisationEntry, orgKey: string | null, rules: PostRules): boolean {
  for (let at: OrganisationEntry | undefined = entry; at; at = at.parent ? rules.byId.get(at.parent) : undefined) {
    if (at.id === orgKey) return true;
  }
  return orgKey === null;
}

/**
 * The name of a national unit without its parent's ("Badan Reserse Kriminal" of "Badan Reserse Kriminal Polri"),
 * the longest such name; null when every name repeats the parent or the unit stands alone.
 */
function unitName(unit: OrganisationEntry, rules: PostRules): string | null {
  const parent = unit.parent ? rules.byId.get(unit.parent) : undefined;
  if (!parent || unit.country === null) return null;
  const parentNames = [parent.name, parent.acronym, ...parent.aliases].flatMap((form) =>
    form ? [form.toLowerCase()] : [],
  );
  const names = [unit.name, ...unit.aliases].filter((form) => {
    const lower = form.toLowerCase();
    return form !== unit.acronym && !/[/()]/.test(form) && !parentNames.some((name) => lower.includes(name));
  });
  return names.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * The canonical title and owner of a post whose normalised title is `title` and whose owner is `orgKey`:
 * 1. the head of a national unit is a post of the body the unit belongs to, named with the unit ("Kepala Bareskrim",
 *    "Kabareskrim Polri" and "Kepala Badan Reserse Kriminal Polri" are "Kepala Badan Reserse Kriminal" of Polri),
 *    so the acronym and its expansion give one post; a head followed by the name of any other known body is that
 *    body's head ("Kepala Kepolisian Negara Republik Indonesia" → "Kepala" of Polri);
 * 2. a trailing unit qualifier ("… Kedeputian III") is dropped when the title before it names more than a head;
 * 3. a known equivalence of the owner (or of any owner) gives its canonical title ("Deputi III" → "Deputi Bidang
 *    Kerja Sama Internasional");
 * 4. else an optional word after the head is left out ("Deputi Bidang X" → "Deputi X").
 */
export function canonicalPost(lexicon: Lexicon, title: string, orgKey: string | null): CanonicalPost {
  const rules = rulesOf(lexicon);
  const words = title.split(' ');
  let head = title;
  let unit: OrganisationEntry | undefined;
  for (let k = 1; k < words.length && !unit; k++) {
    const body = rules.organisation.get(words.slice(k).join(' ').toLowerCase());
    if (body && within(body, orgKey, rules)) {
      unit = body;
      head = words.slice(0, k).join(' ');
    }
  }
  if (!unit && orgKey && rules.heads.has(comparable(title))) unit = rules.byId.get(orgKey);
  if (!unit) return { title: canonicalTitle(title, orgKey, rules), orgKey };
  const name = unitName(unit, rules);
  if (name && unit.parent) return { title: canonicalTitle(`${head} ${name}`, unit.parent, rules), orgKey: unit.parent };
  return { title: canonicalTitle(head, unit.id, rules), orgKey: unit.id };
}

function canonicalTitle(title: string, orgKey: string | null, rules: PostRules): string {
  const unqualified = rules.qualifier ? title.replace(rules.qualifier, '') : title;
  const base = unqualified !== title && !rules.heads.has(comparable(unqualified)) ? unqualified : title;
  const key = comparable(dropOptional(base, rules));
  return rules.equivalent.get(`${orgKey ?? ''}|${key}`) ?? rules.equivalent.get(`|${key}`) ?? dropOptional(base, rules);
}

/** Whether a title opens with an acting marker; then the title without it ("Plt. Deputi X" → "Deputi X"). */
export function actingTitle(lexicon: Lexicon, title: string): string | null {
  for (const marker of lexicon.posts.acting) {
    if (title.toLowerCase().startsWith(`${marker.toLowerCase()} `)) {
      const rest = title.slice(marker.length + 1).trim();
      return rest.length > 0 ? rest : null;
    }
  }
  return null;
}
