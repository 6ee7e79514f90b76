/**
 * The cost of an operation: an estimate of how many fields its result may hold. Every field counts once for each time
 * it may be resolved, and a field that takes `first` (a Relay connection) multiplies what is under it by its page
 * size: the literal, the variable's value, or the schema's default. So three nested pages of 100 cost a million,
 * however the page sizes are spelled.
 */
import {
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface CostOptions {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>> | undefined;
}

/** The page-size argument of a connection field. */
const PAGE_ARGUMENT = 'first';

function pageSize(
  argument: GraphQLArgument,
  value: ValueNode | undefined,
  variables: CostOptions['variables'],
): number {
  let size: unknown = argument.defaultValue;
  if (value?.kind === Kind.INT) size = Number(value.value);
  else if (value?.kind === Kind.VARIABLE) size = variables?.[value.name.value] ?? argument.defaultValue;
  // No usable size (null, or not a number): the resolver uses its default, but count one rather than guess.
  return typeof size === 'number' && Number.isFinite(size) ? Math.max(0, Math.trunc(size)) : 1;
}

function fieldsOf(type: GraphQLNamedType | undefined): Record<string, GraphQLField<unknown, unknown>> {
  return type !== undefined && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : {};
}

/** Walks the selection set; `onPath` stops a fragment that spreads itself (validation forbids it, but be safe). */
function selectionCost(
  options: CostOptions,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType | undefined,
  multiplier: number,
  onPath: ReadonlySet<string>,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') continue;
      cost += multiplier;
      if (!selection.selectionSet) continue;
      const field = fieldsOf(parentType)[selection.name.value];
      const page = field?.args.find((argument) => argument.name === PAGE_ARGUMENT);
      const value = selection.arguments?.find((argument) => argument.name.value === PAGE_ARGUMENT)?.value;
      const inner = page ? multiplier * pageSize(page, value, options.variables) : multiplier;
      cost += selectionCost(
        options,
        selection.selectionSet,
        field ? getNamedType(field.type) : undefined,
        inner,
        onPath,
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? options.schema.getType(selection.typeCondition.name.value) : parentType;
      cost += selectionCost(options, selection.selectionSet, type ?? parentType, multiplier, onPath);
    } else {
      const name = selection.name.value;
      const fragment = options.fragments[name];
      if (!fragment || onPath.has(name)) continue;
      const type = options.schema.getType(fragment.typeCondition.name.value) ?? parentType;
      cost += selectionCost(options, fragment.selectionSet, type, multiplier, new Set([...onPath, name]));
    }
  }
  return cost;
}

/** The estimated number of fields in the result of `operation` (see the module comment). */
export function operationCost(options: CostOptions): number {
  const root =
    options.operation.operation === 'mutation'
      ? options.schema.getMutationType()
      : options.operation.operation === 'subscription'
        ? options.schema.getSubscriptionType()
        : options.schema.getQueryType();
  return selectionCost(options, options.operation.selectionSet, root ?? undefined, 1, new Set());
}
