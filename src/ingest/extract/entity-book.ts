/** Collects the entities of one article under deterministic ids, merging repeated mentions into one entry. */
import { canonicalPost } from './canonical-posts.js';
import type { Doc } from './document.js';
import { displayName, slugify } from './names.js';
import type { OrganisationMention } from './organisations.js';
import { type PositionPhrase, positionId } from './positions.js';
import type { AttributeValue, EntityType, ExtractedEntity } from './types.js';

interface Entry {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  attributes: Record<string, AttributeValue>;
}

export class EntityBook {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly doc: Doc) {}

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get(id: string): ExtractedEntity | undefined {
    const e = this.entries.get(id);
    return e ? this.freeze(e) : undefined;
  }

  private upsert(id: string, type: EntityType, name: string, attributes: Record<string, AttributeValue>): Entry {
    let e = this.entries.get(id);
    if (!e) {
      e = { id, type, name, aliases: new Set(), attributes: {} };
      this.entries.set(id, e);
    } else if (name !== e.name) e.aliases.add(name);
    for (const [k, v] of Object.entries(attributes)) {
      const prev = e.attributes[k];
      // Lists grow (a later, shorter mention of a post keeps its accreditations); nulls never erase a value.
      if (Array.isArray(v) && Array.isArray(prev))
        e.attributes[k] = [...new Set([...(prev as string[]), ...(v as string[])])];
      else if (v !== null || !(k in e.attributes)) e.attributes[k] = v;
    }
    return e;
  }

  /** Forgets an entity (a post read as a name whose holder the article never names). */
  remove(id: string): void {
    this.entries.delete(id);
  }

  /** Replaces a name the extractor made up (an event's placeholder) by a better one; a made-up name is no alias. */
  rename(id: string, name: string): void {
    const e = this.entries.get(id);
    if (e) e.name = name;
  }

  alias(id: string, alias: string): void {
    const e = this.entries.get(id);
    if (e && alias && alias !== e.name) e.aliases.add(alias);
  }

  setAttribute(id: string, key: string, value: AttributeValue): void {
    const e = this.entries.get(id);
    if (e) e.attributes[key] = value;
  }

  addCountry(iso2: string, surface?: string): string {
    const id = `country:${iso2}`;
    this.upsert(id, 'Country', this.doc.lex.countries.name(iso2), { iso2 });
    if (surface) this.alias(id, surface);
    return id;
  }

  addOrganisation(m: OrganisationMention): string {
    const id = `org:${m.key}`;
    this.upsert(id, 'Organization', m.name, {
      acronym: m.acronym,
      kind: m.kind,
      country: m.country,
      ...(m.locatedIn && m.locatedIn !== m.country ? { locatedIn: m.locatedIn } : {}),
      // The body it belongs to, by id: lexicon knowledge, not a mention, so it is not added as an entity.
      ...(m.parent ? { parent: `org:${m.parent}` } : {}),
    });
    this.alias(id, m.surface);
    for (const g of m.glosses ?? []) this.alias(id, g);
    if (m.acronym) this.alias(id, m.acronym);
    if (m.country) this.addCountry(m.country);
    if (m.locatedIn) this.addCountry(m.locatedIn);
    return id;
  }

  /** An organisation of the lexicon by its id (the home organisation, an implied one). */
  addKnownOrganisation(key: string): string | undefined {
    const entry = this.doc.lex.organisations.byId.get(key);
    if (!entry) return undefined;
    return this.addOrganisation({
      first: -1,
      end: -1,
      key: entry.id,
      name: entry.name,
      surface: entry.name,
      acronym: entry.acronym,
      kind: entry.kind,
      country: entry.country,
      locatedIn: entry.country,
      parent: entry.parent ?? null,
    });
  }

  /**
   * Adds a post; its owner is the organisation written in it, else the one its head implies, else its state, else
   * `inherited` (the post before it in an apposition chain), else the home organisation for internal posts.
   */
  addPosition(
    p: PositionPhrase,
    inherited: { orgId: string | null; country: string | null } | null,
  ): {
    id: string;
    orgId: string | null;
    country: string | null;
  } {
    // One post under one title, whichever variant is written; the variant stays an alias.
    const writtenKey = p.organization?.key ?? p.impliedOrganization ?? null;
    const canonical = canonicalPost(this.doc.lex.lexicon, p.title, writtenKey);
    let orgId =
      canonical.orgKey !== writtenKey && canonical.orgKey
        ? (this.addKnownOrganisation(canonical.orgKey) ?? null)
        : p.organization
          ? this.addOrganisation(p.organization)
          : p.impliedOrganization
            ? (this.addKnownOrganisation(p.impliedOrganization) ?? null)
            : null;
    // An embassy's post belongs to the embassy; an ambassador's post to the sending state.
    let country = p.country;
    if (!orgId && !country && inherited) {
      orgId = inherited.orgId;
      country = inherited.country;
    }
    if (!orgId && !country && p.scope === 'home') orgId = this.addKnownOrganisation(this.doc.homeOrganization) ?? null;
    const led = !orgId && country && p.scope !== 'ambassador' ? this.bodyLedBy(canonical.title, country) : null;
    orgId ??= led;
    if (p.scope === 'ambassador' && !country && p.organization?.kind === 'embassy') country = p.organization.country;
    if (p.scope === 'ambassador' && country) orgId = null;
    // The owner's own equivalences apply once the owner is known (a home post's, an inherited one's).
    const ownerKey = orgId?.replace(/^org:/, '') ?? null;
    const title =
      ownerKey === canonical.orgKey
        ? canonical.title
        : canonicalPost(this.doc.lex.lexicon, canonical.title, ownerKey).title;
    const id = positionId(
      title,
      { orgKey: orgId?.replace(/^org:/, '') ?? null, country },
      p.accreditedTo,
      this.doc.homeCountry,
    );
    // A post named by the body it leads ("Wakil Menteri Keamanan Publik Vietnam") keeps the name it was written with.
    const orgName =
      orgId && !led
        ? ((this.entries.get(orgId)?.attributes.acronym as string | null) ?? this.entries.get(orgId)?.name)
        : null;
    const name = orgName ? `${title} ${orgName}` : p.surface.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    this.upsert(id, 'Position', name, {
      title,
      organization: orgId,
      country: country ? `country:${country}` : null,
      accreditedTo: p.accreditedTo.map((c) => `country:${c}`),
    });
    this.alias(id, p.surface);
    if (country) this.addCountry(country);
    for (const c of p.accreditedTo) this.addCountry(c);
    return { id, orgId, country };
  }

  /**
   * The body of the article that a post of a state leads, by the lexicon's `headOf`: "Wakil Menteri Keamanan
   * Publik" of VN leads "Kementerian Keamanan Publik Vietnam" when the article names that ministry.
   */
  private bodyLedBy(title: string, country: string): string | null {
    const heads = Object.entries(this.doc.lex.lexicon.positions.headOf).sort((a, b) => b[0].length - a[0].length);
    const head = heads.find(([post]) => title.startsWith(`${post} `));
    if (!head) return null;
    const id = `org:${slugify(`${head[1]} ${title.slice(head[0].length + 1)}`)}@${country.toLowerCase()}`;
    return this.entries.has(id) ? id : null;
  }

  /** A person under the id of its display name; `names` are every surface form seen. */
  addPerson(canonical: string, names: readonly string[], honorifics: readonly string[]): string {
    const display = displayName(canonical);
    const id = `person:${slugify(display)}`;
    const e = this.upsert(id, 'Person', display, {});
    for (const n of names) {
      const d = displayName(n);
      if (d !== display) e.aliases.add(d);
    }
    const prev = (e.attributes.honorifics as readonly string[] | undefined) ?? [];
    e.attributes.honorifics = [...new Set([...prev, ...honorifics])];
    const forms = (e.attributes.surfaceForms as readonly string[] | undefined) ?? [];
    e.attributes.surfaceForms = [...new Set([...forms, ...names])];
    e.attributes.displayName = display;
    return id;
  }

  addEntity(id: string, type: EntityType, name: string, attributes: Record<string, AttributeValue>): string {
    this.upsert(id, type, name, attributes);
    return id;
  }

  all(): ExtractedEntity[] {
    return [...this.entries.values()].map((e) => this.freeze(e));
  }

  private freeze(e: Entry): ExtractedEntity {
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases].filter((a) => a !== e.name),
      attributes: { ...e.attributes },
    };
  }
}
