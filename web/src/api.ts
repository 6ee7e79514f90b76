/**
 * The explorer's GraphQL client: POSTs one generated document (an operation and only the fragments it spreads, see
 * web/codegen.ts) to /graphql and returns its typed data, or throws an ApiError that the UI can show.
 */

import type { TypedDocumentString } from './generated/graphql.js';

/** A failed request: the network, the HTTP status or the GraphQL errors, in a sentence for the analyst. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    /** The `extensions.code` of the first GraphQL error, when there is one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }>;
}

/** Where the API lives; the same origin as the explorer. */
const ENDPOINT = '/graphql';

/**
 * Runs `document` (one of web/src/generated/graphql.ts's `…Document`s) with `variables` and resolves with its data;
 * rejects with an ApiError on any failure, or with the AbortError when `signal` aborts it.
 */
export function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  return send(document, variables, { signal });
}

/** What a request may carry besides its document and variables. */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** The API key the corrections need (header x-api-key); none for a query. */
  apiKey?: string | undefined;
}

/** As `request`, with the API key that mutations need. */
export async function send<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  { signal, apiKey }: RequestOptions,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(apiKey ? { 'x-api-key': apiKey } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('The server cannot be reached. Check that it is running, then try again.');
  }
  let body: GraphQLResponse<Result>;
  try {
    body = (await response.json()) as GraphQLResponse<Result>;
  } catch {
    throw new ApiError(`The server answered ${response.status} ${response.statusText} without a GraphQL response.`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!response.ok || body.data == null) {
    throw new ApiError(`The server answered ${response.status} ${response.statusText}.`);
  }
  return body.data;
}
