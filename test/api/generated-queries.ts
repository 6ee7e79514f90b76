/**
 * Generates valid GraphQL queries over the schema, with a seeded pseudo-random generator so that every run asks
 * the same ones: selections below `node`, `search`, `events` and `path` with named fragments spread at several
 * places, inline fragments, aliases with other arguments, the same field twice with other sub-selections,
 * evidence at several depths, `@skip` and `@include`, and the arguments `from`, `to`, `asOf`, `role`, `first`, `after`.
 */
import {
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isUnionType,
  parse,
  validate,
} from 'graphql';
import { labelOfId } from '../../src/graph/model.js';

/** A pseudo-random generator (mulberry32): the same seed gives the same numbers. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('expected something to pick from, but got an empty list.');
      return items[int(items.length)] as T;
    },
  };
}

/** Values of the graph under test that the arguments are drawn from. */
export interface QueryVocabulary {
  /** Entity ids for `node(id:)` and `path(from:, to:)`. */
  ids: readonly string[];
  /** Texts for `search(query:)`. */
  searchTexts: readonly string[];
  /** Dates for `from`, `to` and `asOf`. */
  dates: readonly string[];
}

export interface GeneratorOptions {
  schema: GraphQLSchema;
  seed: number;
  count: number;
  vocabulary: QueryVocabulary;
}

/** Deepest nesting of fields a generated query reaches: three relation levels below a root, and their evidence. */
const MAX_NESTING = 11;
/** Most fields in one generated query, fragments included: keeps each answer small enough to compare quickly. */
const FIELD_BUDGET = 50;
/** How often a field is chosen, by name: the ones that lead to relations and evidence are favoured. */
const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  edges: 6,
  node: 6,
  evidence: 4,
  quote: 2,
  totalCount: 1,
  pageInfo: 0.3,
  history: 0.2,
};
const RELATION_WEIGHT = 3;
const LEAF_WEIGHT = 1;

/** The cursor of the first item of a page (src/api/connection.ts), for `after`. */
const FIRST_CURSOR = Buffer.from('offset:0', 'utf8').toString('base64url');
const DIRECTIVES = ['@include(if: true)', '@skip(if: false)', '@include(if: false)', '@skip(if: true)'];

interface Fragment {
  name: string;
  on: string;
  text: string;
}

/** The state of one query being generated. */
class QueryBuilder {
  private readonly fragments: Fragment[] = [];
  private readonly used = new Set<string>();
  private readonly argsByField = new Map<string, string>();
  private aliases = 0;
  private fragmentCount = 0;
  private budget = FIELD_BUDGET;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly vocabulary: QueryVocabulary,
  ) {}

  /** The whole document: one to three root fields and the fragments they spread. */
  document(): string {
    const roots = Array.from({ length: 1 + this.random.int(3) }, () => this.root());
    const fragments = this.fragments.filter((fragment) => this.used.has(fragment.name));
    return [`{\n${roots.join('\n')}\n}`, ...fragments.map((f) => `fragment ${f.name} on ${f.on} { ${f.text} }`)].join(
      '\n',
    );
  }

  private alias(): string {
    this.aliases += 1;
    return `a${this.aliases}`;
  }

  private root(): string {
    const query = this.schema.getQueryType() as GraphQLObjectType;
    const roll = this.random.next();
    const { ids, searchTexts, dates } = this.vocabulary;
    if (roll < 0.5) {
      const id = this.random.pick(ids);
      const label = labelOfId(id);
      const type = label === undefined ? undefined : this.schema.getType(label);
      const selections = ['id'];
      if (isObjectType(type)) selections.push(...this.inlineOrSpread(type, 2, { typed: true }));
      if (this.random.chance(0.3)) selections.push(...this.selections(this.abstract('Entity'), 2));
      return `${this.alias()}: node(id: ${JSON.stringify(id)}) { ${selections.join(' ')} }`;
    }
    if (roll < 0.72) {
      const types = this.random.chance(0.5)
        ? `, types: [${this.random.pick(['PERSON', 'ORGANIZATION', 'EVENT', 'POSITION'])}]`
        : '';
      const first = this.random.chance(0.5) ? `, first: ${this.random.pick([1, 2, 5])}` : '';
      const node = this.field(this.fieldOf('SearchEdge', 'node'), 3);
      return `${this.alias()}: search(query: ${JSON.stringify(this.random.pick(searchTexts))}${types}${first}) { totalCount edges { score ${node} } }`;
    }
    if (roll < 0.92) {
      const args = this.args(query.getFields().events as GraphQLField<unknown, unknown>);
      const node = this.field(this.fieldOf('EventEdge', 'node'), 3);
      return `${this.alias()}: events${args} { edges { ${node} } }`;
    }
    const [from, to] = [this.random.pick(ids), this.random.pick(ids)];
    if (from === to) return `${this.alias()}: events(from: ${JSON.stringify(this.random.pick(dates))}) { totalCount }`;
    const hops = this.field(this.fieldOf('Path', 'hops'), 2);
    return `${this.alias()}: path(from: ${JSON.stringify(from)}, to: ${JSON.stringify(to)}) { length ${hops} }`;
  }

  private abstract(name: string): GraphQLCompositeType {
    return this.schema.getType(name) as GraphQLCompositeType;
  }

  private fieldOf(type: string, field: string): GraphQLField<unknown, unknown> {
    return (this.schema.getType(type) as GraphQLObjectType).getFields()[field] as GraphQLField<unknown, unknown>;
  }

  /**
   * The arguments of a field under its own name: the same wherever the field is selected in the query, or the
   * fields could not be merged.
   */
  private sharedArgs(field: GraphQLField<unknown, unknown>): string {
    let args = this.argsByField.get(field.name);
    if (args === undefined) {
      args = this.args(field);
      this.argsByField.set(field.name, args);
    }
    return args;
  }

  /** The arguments of a field, some given, some not (always the required ones). */
  private args(field: GraphQLField<unknown, unknown>): string {
    const given = field.args.flatMap((arg) => {
      const value = this.argValue(arg);
      return value === null ? [] : [`${arg.name}: ${value}`];
    });
    return given.length > 0 ? `(${given.join(', ')})` : '';
  }

  private argValue(arg: GraphQLArgument): string | null {
    const { dates } = this.vocabulary;
    const type = getNamedType(arg.type);
    switch (arg.name) {
      case 'first':
        return this.random.chance(0.5) ? String(this.random.pick([0, 1, 2, 3, 5, 20])) : null;
      case 'after':
        return this.random.chance(0.15) ? JSON.stringify(FIRST_CURSOR) : null;
      case 'from':
      case 'to':
      case 'asOf':
        return this.random.chance(0.4) ? JSON.stringify(this.random.pick(dates)) : null;
      default:
        if (isEnumType(type) && this.random.chance(0.25)) return this.random.pick(type.getValues()).name;
        return null;
    }
  }

  /** A field with arguments and, for a composite type, a sub-selection. */
  private field(
    field: GraphQLField<unknown, unknown>,
    depth: number,
    options: { key?: string; args?: string } = {},
  ): string {
    this.budget -= 1;
    const key = options.key ? `${options.key}: ` : '';
    const args = options.args ?? (options.key ? this.args(field) : this.sharedArgs(field));
    const type = getNamedType(field.type);
    if (isLeafType(type)) return `${key}${field.name}${args}`;
    return `${key}${field.name}${args} { ${this.selections(type as GraphQLCompositeType, depth + 1).join(' ')} }`;
  }

  /** A selection of `type` at `depth`: never empty. */
  private selections(type: GraphQLCompositeType, depth: number): string[] {
    if (depth > MAX_NESTING || this.budget <= 0) return ['__typename'];
    if (isObjectType(type)) return this.objectSelections(type, depth);
    const selections = this.random.chance(0.5) ? ['__typename'] : [];
    if (isInterfaceType(type) && this.random.chance(0.6)) {
      const leaves = Object.values(type.getFields()).filter((field) => isLeafType(getNamedType(field.type)));
      if (leaves.length > 0) selections.push(this.random.pick(leaves).name);
    }
    const members = this.schema.getPossibleTypes(type);
    const count = 1 + this.random.int(Math.min(2, members.length));
    for (let index = 0; index < count; index += 1)
      selections.push(...this.inlineOrSpread(this.random.pick(members), depth, { typed: true }));
    return selections.length > 0 ? selections : ['__typename'];
  }

  private objectSelections(type: GraphQLObjectType, depth: number): string[] {
    const fields = Object.values(type.getFields());
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    const count = 1 + this.random.int(2) + (this.random.chance(0.2) ? 1 : 0);
    for (let index = 0; index < count; index += 1) chosen.add(weightedPick(this.random, fields));
    const selections: string[] = [];
    for (const field of chosen) {
      const args = this.sharedArgs(field);
      selections.push(this.withDirective(this.field(field, depth, { args })));
      const composite = !isLeafType(getNamedType(field.type));
      // The same field again, merged with the first: same arguments, another sub-selection.
      if (composite && this.random.chance(0.25)) selections.push(this.field(field, depth, { args }));
      // The same field under an alias, with arguments of its own.
      if (composite && field.args.length > 0 && this.random.chance(0.2))
        selections.push(this.field(field, depth, { key: this.alias() }));
    }
    if (this.random.chance(0.25)) selections.push(...this.inlineOrSpread(type, depth, { typed: false }));
    return selections;
  }

  private withDirective(selection: string): string {
    if (!this.random.chance(0.06)) return selection;
    const [head, ...rest] = selection.split(' {');
    const directive = this.random.pick(DIRECTIVES);
    return rest.length === 0 ? `${head} ${directive}` : `${head} ${directive} {${rest.join(' {')}`;
  }

  /** Some of `type`'s fields through an inline fragment (on it, an interface or union of it, or untyped) or a named one. */
  private inlineOrSpread(type: GraphQLObjectType, depth: number, options: { typed: boolean }): string[] {
    const conditions: GraphQLNamedType[] = [type, ...type.getInterfaces(), ...unionsOf(this.schema, type)];
    if (this.random.chance(0.55)) {
      const reusable = this.fragments.filter((fragment) =>
        conditions.some((condition) => condition.name === fragment.on),
      );
      const fragment =
        reusable.length > 0 && this.random.chance(0.6)
          ? this.random.pick(reusable)
          : this.newFragment(type, conditions, depth);
      this.used.add(fragment.name);
      return [this.random.chance(0.1) ? `...${fragment.name} ${this.random.pick(DIRECTIVES)}` : `...${fragment.name}`];
    }
    // Untyped only where the enclosing selection is of `type` itself.
    const condition = !options.typed && this.random.chance(0.15) ? null : this.random.pick(conditions);
    const on = condition ? ` on ${condition.name}` : '';
    const body = this.selections(condition && isAbstractType(condition) ? condition : type, depth);
    return [`...${on} { ${body.join(' ')} }`];
  }

  private newFragment(type: GraphQLObjectType, conditions: readonly GraphQLNamedType[], depth: number): Fragment {
    // Mostly on the object type itself: a fragment on an interface or union selects little.
    const condition = this.random.chance(0.7) ? type : this.random.pick(conditions);
    this.fragmentCount += 1;
    const name = `F${this.fragmentCount}`;
    // Registered once written, so that it never spreads itself.
    const text = this.selections(isAbstractType(condition) ? condition : type, depth).join(' ');
    const fragment = { name, on: condition.name, text };
    this.fragments.push(fragment);
    return fragment;
  }
}

function weightedPick(
  random: Random,
  fields: readonly GraphQLField<unknown, unknown>[],
): GraphQLField<unknown, unknown> {
  const weights = fields.map(
    (field) => FIELD_WEIGHTS[field.name] ?? (isLeafType(getNamedType(field.type)) ? LEAF_WEIGHT : RELATION_WEIGHT),
  );
  let roll = random.next() * weights.reduce((sum, weight) => sum + weight, 0);
  for (const [index, field] of fields.entries()) {
    roll -= weights[index] as number;
    if (roll < 0) return field;
  }
  return fields[fields.length - 1] as GraphQLField<unknown, unknown>;
}

function unionsOf(schema: GraphQLSchema, type: GraphQLObjectType): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter(
    (candidate) => isUnionType(candidate) && candidate.getTypes().includes(type),
  );
}

/**
 * `count` distinct queries that the schema validates, generated from `seed`. Candidates that do not validate
 * (two fields under one response key that cannot be merged, mostly) are left out and the next one is generated.
 */
export function generateQueries(options: GeneratorOptions): string[] {
  const random = createRandom(options.seed);
  const queries = new Set<string>();
  for (let attempt = 0; queries.size < options.count; attempt += 1) {
    if (attempt > options.count * 20) {
      throw new Error(
        `expected ${options.count} valid queries, but generated only ${queries.size} in ${attempt} attempts.`,
      );
    }
    const query = new QueryBuilder(options.schema, random, options.vocabulary).document();
    const errors = validate(options.schema, parse(query));
    if (errors.length === 0) queries.add(query);
  }
  return [...queries];
}
