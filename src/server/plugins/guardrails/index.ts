/**
 * Guardrails: limits on a GraphQL document, checked before anything runs, each refused with its own error code and
 * HTTP 400. Depth, aliases and directives are graphql-armor's validation rules. Tokens are counted by graphql-js's
 * own parser (`maxTokens`), which stops at the first token too many (graphql-armor's token limit plugs into envelop's
 * parser, which Apollo Server has no hook for). The cost (./cost.ts) is ours, because graphql-armor's cost limit
 * only sees page sizes written as literals, not variables or the schema's defaults.
 *
 * Options (every one required: the limits are set by src/config.ts, never by a library's defaults):
 * - `depth` (MAX_DEPTH, default 15): deepest nesting of fields, fragments flattened.
 * - `aliases` (MAX_ALIASES, default 15), `directives` (MAX_DIRECTIVES, default 10): per document.
 * - `tokens` (MAX_TOKENS, default 2000): lexical tokens per document, counted while parsing.
 * - `cost` (MAX_COST, default 200000): estimated result fields, page sizes multiplying.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLFormattedError,
  Kind,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { QueryLimits } from '../../../config.js';
import { AppError, ErrorCode } from '../../../errors.js';
import { operationCost } from './cost.js';

export type GuardrailOptions = QueryLimits;

/** A document refused by a guardrail: the client asked for too much, so 400, with the limit in `extensions.max`. */
export class QueryLimitError extends AppError {
  constructor(code: ErrorCode, message: string, max: number, found?: number) {
    super(code, message, { details: { max, ...(found === undefined ? {} : { found }), http: { status: 400 } } });
  }
}

/** graphql-armor's rejection callback, reporting our error instead of its generic "Syntax Error: …". */
function reportAs(error: () => QueryLimitError) {
  return [(context: ValidationContext | null, _armorError: GraphQLError) => context?.reportError(error())];
}

function validationRules(limits: GuardrailOptions): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.depth,
      flattenFragments: true,
      // Introspection is switched off in production instead; GraphiQL's own query is 13 levels deep.
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: reportAs(
        () =>
          new QueryLimitError(
            ErrorCode.QUERY_TOO_DEEP,
            `expected fields nested at most ${limits.depth} levels deep, but the query goes deeper.`,
            limits.depth,
          ),
      ),
    }),
    maxAliasesRule({
      n: limits.aliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: reportAs(
        () =>
          new QueryLimitError(
            ErrorCode.TOO_MANY_ALIASES,
            `expected at most ${limits.aliases} aliases in a document, but got more.`,
            limits.aliases,
          ),
      ),
    }),
    maxDirectivesRule({
      n: limits.directives,
      propagateOnRejection: false,
      onReject: reportAs(
        () =>
          new QueryLimitError(
            ErrorCode.TOO_MANY_DIRECTIVES,
            `expected at most ${limits.directives} directives in a document, but got more.`,
            limits.directives,
          ),
      ),
    }),
  ];
}

/** graphql-js's message when `maxTokens` stops the parser ("more that" in graphql 16, sic). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:at|an) (\d+) tokens\. Parsing aborted\.$/;

/**
 * Apollo reports the token limit as GRAPHQL_PARSE_FAILED; this gives it its own code, as the other limits have.
 * Answers null for any other error. Called by the error formatter (../mask-errors.ts).
 */
export function tokenLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const max = TOKEN_LIMIT_MESSAGE.exec(formatted.message)?.[1];
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || max === undefined) return null;
  return {
    message: `expected at most ${max} tokens in a document, but got more.`,
    extensions: { code: ErrorCode.TOO_MANY_TOKENS, max: Number(max) },
  };
}

/** Builds the guardrails: ApolloServer's `parseOptions` and `validationRules`, and a plugin for the cost. */
export function guardrails(limits: GuardrailOptions): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugin: ApolloServerPlugin;
} {
  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const cost = operationCost({ schema, operation, fragments, variables: request.variables });
          if (cost > limits.cost) {
            throw new QueryLimitError(
              ErrorCode.QUERY_TOO_COSTLY,
              `expected a query costing at most ${limits.cost} (fields × page sizes), but this one costs ${cost}; ask for smaller pages or less nesting.`,
              limits.cost,
              cost,
            );
          }
        },
      };
    },
  };
  return { parseOptions: { maxTokens: limits.tokens }, validationRules: validationRules(limits), plugin };
}
