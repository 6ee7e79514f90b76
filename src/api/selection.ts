/**
 * Reading a query's selection the way graphql-js executes it. The selection at one place of a response is the
 * merge of all the field nodes that share its response key there (fragments, inline fragments and repeated fields
 * collected for the runtime type, `@skip` and `@include` applied), so everything derived from a selection is
 * derived from, and cached by, that whole list of field nodes, never by one of them: a fragment's field node stands
 * at every place the fragment is spread, each merged with different siblings.
 */
import {
  type ASTNode,
  BREAK,
  type FieldNode,
  type FragmentSpreadNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  type InlineFragmentNode,
  isAbstractType,
  Kind,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { ENTITY_FIELDS, type EntityField, EVIDENCE_FIELDS, type EvidenceField } from '../graph/repositories/rows.js';

/** What reading a selection needs besides the selection: the schema, the document's fragments, the variables. */
export interface SelectionContext {
  readonly schema: GraphQLSchema;
  readonly fragments: GraphQLResolveInfo['fragments'];
  readonly variables: GraphQLResolveInfo['variableValues'];
}

/** The selection context of the field being resolved. */
export function selectionContextOf(info: GraphQLResolveInfo): SelectionContext {
  return { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
}

/** Whether a fragment with this type condition applies to an object of `type` (graphql-js's doesFragmentConditionMatch). */
function applies(schema: GraphQLSchema, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
}

/** Whether `@skip` and `@include` let `node` through with these variables (graphql-js's shouldIncludeNode). */
function included(
  variables: SelectionContext['variables'],
  node: FieldNode | FragmentSpreadNode | InlineFragmentNode,
): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** The name a field answers under in the response. */
export function responseKeyOf(field: FieldNode): string {
  return field.alias?.value ?? field.name.value;
}

/**
 * The fields below `fields` for an object of `type`, grouped by response key in the order graphql-js executes
 * them: each group is the `fieldNodes` its resolver will receive (graphql-js's collectSubfields).
 */
export function collectSubfields(
  context: SelectionContext,
  type: GraphQLObjectType,
  fields: readonly FieldNode[],
): FieldNode[][] {
  const groups = new Map<string, FieldNode[]>();
  // One set for all the nodes, as in graphql-js: a fragment spread twice is collected once.
  const visitedFragments = new Set<string>();
  const collect = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (!included(context.variables, selection)) continue;
      switch (selection.kind) {
        case Kind.FIELD: {
          const key = responseKeyOf(selection);
          const group = groups.get(key);
          if (group) group.push(selection);
          else groups.set(key, [selection]);
          break;
        }
        case Kind.INLINE_FRAGMENT:
          if (applies(context.schema, selection.typeCondition?.name.value, type)) collect(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (visitedFragments.has(name)) break;
          visitedFragments.add(name);
          const fragment = context.fragments[name];
          if (fragment && applies(context.schema, fragment.typeCondition.name.value, type))
            collect(fragment.selectionSet);
          break;
        }
      }
    }
  };
  for (const field of fields) if (field.selectionSet) collect(field.selectionSet);
  return [...groups.values()];
}

/** The selection sets below `fields`, each fragment expanded whatever its type condition (a superset). */
function fieldsBelow(fields: readonly FieldNode[], fragments: SelectionContext['fragments']): FieldNode[] {
  const found: FieldNode[] = [];
  const visited = new Set<string>();
  const collect = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  for (const field of fields) if (field.selectionSet) collect(field.selectionSet);
  return found;
}

/**
 * The evidence fields selected at any of `paths` (field names, the last one the evidence field) below `fields`, in
 * the canonical order of EVIDENCE_FIELDS; none when no evidence is selected there. Every fragment counts whatever
 * its type and directives: a superset of the fields costs bytes, a subset would answer null for a selected field.
 */
export function evidenceSelectedAt(
  fields: readonly FieldNode[],
  options: { fragments: SelectionContext['fragments']; paths: readonly (readonly string[])[] },
): EvidenceField[] {
  const evidence = options.paths.flatMap((path) =>
    path.reduce<readonly FieldNode[]>(
      (current, name) => fieldsBelow(current, options.fragments).filter((field) => field.name.value === name),
      fields,
    ),
  );
  if (evidence.length === 0) return [];
  const below = fieldsBelow(evidence, options.fragments);
  const names = new Set(below.map((field) => field.name.value));
  const article = below.filter((field) => field.name.value === 'article');
  for (const field of fieldsBelow(article, options.fragments)) names.add(`article.${field.name.value}`);
  // The id always: a list of evidence asked for only by `__typename` still has its length.
  return EVIDENCE_FIELDS.filter((field) => field === 'id' || names.has(field));
}

/**
 * The entity fields named anywhere below `fields`, at any depth, every fragment expanded whatever its type and
 * directives: a superset of what any entity of the answer selects.
 */
export function entityFieldsSelectedBelow(
  fields: readonly FieldNode[],
  fragments: SelectionContext['fragments'],
): EntityField[] {
  const names = new Set<string>();
  let level = fieldsBelow(fields, fragments);
  while (level.length > 0) {
    for (const field of level) names.add(field.name.value);
    level = fieldsBelow(level, fragments);
  }
  return ENTITY_FIELDS.filter((field) => names.has(field));
}

const CONDITIONAL_DIRECTIVES = new Set([GraphQLSkipDirective.name, GraphQLIncludeDirective.name]);
const conditionalDocuments = new WeakMap<object, boolean>();

/**
 * Whether the operation being executed, or a fragment of its document, has a `@skip` or `@include`: what is
 * collected from its selections then holds for the variables of one request only.
 */
export function hasConditions(info: GraphQLResolveInfo): boolean {
  let found = conditionalDocuments.get(info.operation);
  if (found === undefined) {
    found = [info.operation, ...Object.values(info.fragments)].some((node: ASTNode) => {
      let conditional = false;
      visit(node, {
        Directive(directive) {
          if (!CONDITIONAL_DIRECTIVES.has(directive.name.value)) return undefined;
          conditional = true;
          return BREAK;
        },
      });
      return conditional;
    });
    conditionalDocuments.set(info.operation, found);
  }
  return found;
}

interface TrieNode<T> {
  readonly children: WeakMap<FieldNode, TrieNode<T>>;
  values?: Map<string, T>;
}

/**
 * A cache keyed by a list of field nodes (a merged selection) and a string. Apollo Server reuses the parsed
 * document of a query it has seen, and a document's nodes belong to it alone, so a list of nodes stands for the
 * same selection in every request and every list item; it is held weakly, and goes with the document.
 */
export function cacheBySelection<T>(): (fields: readonly FieldNode[], key: string, make: () => T) => T {
  const root: TrieNode<T> = { children: new WeakMap() };
  return (fields, key, make) => {
    let node = root;
    for (const field of fields) {
      let child = node.children.get(field);
      if (child === undefined) {
        child = { children: new WeakMap() };
        node.children.set(field, child);
      }
      node = child;
    }
    node.values ??= new Map();
    let value = node.values.get(key);
    if (value === undefined) {
      value = make();
      node.values.set(key, value);
    }
    return value;
  };
}
