/**
 * GraphiQL, bundled from the graphiql package so that it works offline: no CDN, the schema by introspection of
 * /graphql on the same origin. Mutations need the API key: put {"x-api-key": "…"} in the Headers tab.
 */
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { type ComponentProps, createElement } from 'react';
import { createRoot } from 'react-dom/client';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const fetcher: Fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
};

const DEFAULT_QUERY = `# Officials graph. Try:
query Search {
  search(query: "Suhardi", first: 5) {
    edges { score node { __typename id name aliases } }
  }
}
`;

const container = document.getElementById('graphiql');
if (!container) throw new Error('graphiql.html has no #graphiql element.');
container.textContent = '';
// createElement rather than JSX: the build then needs no JSX transform, whatever NODE_ENV the builder runs under.
createRoot(container).render(createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY }));
