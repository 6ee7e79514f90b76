/**
 * Cypher injection: every string argument of the queries and mutations (these with a valid API key) is fed hostile
 * input — quotes, backticks, Cypher fragments, Lucene syntax, odd unicode, very long strings — and the graph must be
 * unchanged (node and relationship counts and a content checksum), every answer well formed: data, or errors whose
 * codes are the API's own (never INTERNAL_SERVER_ERROR), never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { loadSeedGraph, WORKPLAN_ID } from '../fixtures/graph/seed-graph.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';
import { type Answer, API_KEY, codes, type Fingerprint, fingerprint, post, type Served, serve } from './helpers.js';

const HOSTILE: readonly string[] = [
  "'",
  '"',
  '`',
  '\\',
  "' OR 1=1 //",
  "person:suhardi-alius' OR '1'='1",
  '}) DETACH DELETE n //',
  "x'}) MATCH (n) DETACH DELETE n //",
  '"}) DETACH DELETE n RETURN 1 //',
  '`}) DETACH DELETE n //',
  '`Person`) DETACH DELETE n //',
  '$id',
  '{id: $id}',
  "'; CALL dbms.killQueries(['x']) //",
  'MATCH (n) DETACH DELETE n',
  '*',
  '?',
  '~',
  '*:*',
  'name:*',
  'searchText:suhardi',
  'suhardi~10',
  'a AND b OR NOT c',
  '(((',
  '[a TO z]',
  '{a TO z}',
  '"unterminated',
  '/regex.*/',
  '+-&&||!(){}[]^"~*?:\\/',
  '\u0000',
  'Suhardi\u0000Alius',
  '\u202Eevil\u202C',
  '\uD800',
  'Z̸̧̛a̶͚͝l̵̰̈g̷̱̀o̸̬͋',
  'ＭＡＴＣＨ (n) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n',
  '🏃‍♀️🇮🇩',
  'x'.repeat(100_000),
  'suhardi '.repeat(3000),
  'a* '.repeat(2000),
];

/** Error codes an answer to hostile input may carry: the API refusing it, or finding nothing. */
const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
]);

interface Probe {
  name: string;
  query: string;
  variables: (hostile: string) => Record<string, unknown>;
  mutation?: boolean;
}

const PROBES: readonly Probe[] = [
  {
    name: 'search',
    query: 'query($q: String!) { search(query: $q, first: 5) { totalCount edges { node { id } } } }',
    variables: (q) => ({ q }),
  },
  {
    name: 'search by type',
    query: 'query($q: String!) { search(query: $q, types: [PERSON]) { totalCount } }',
    variables: (q) => ({ q }),
  },
  { name: 'node', query: 'query($id: ID!) { node(id: $id) { id } }', variables: (id) => ({ id }) },
  {
    name: 'path from',
    query: 'query($id: ID!) { path(from: $id, to: "person:boy-rafli-amar") { length } }',
    variables: (id) => ({ id }),
  },
  {
    name: 'path to',
    query: 'query($id: ID!) { path(from: "person:masafumi-ishii", to: $id, maxHops: 6) { length } }',
    variables: (id) => ({ id }),
  },
  {
    name: 'events by participant',
    query: 'query($id: ID) { events(participantId: $id) { totalCount } }',
    variables: (id) => ({ id }),
  },
  { name: 'events from', query: 'query($d: Date) { events(from: $d) { totalCount } }', variables: (d) => ({ d }) },
  {
    name: 'persons by name prefix',
    query: 'query($s: String) { persons(where: { namePrefix: $s }) { totalCount } }',
    variables: (s) => ({ s }),
  },
  {
    name: 'persons by post',
    query: 'query($id: ID) { persons(where: { heldPosition: $id, asOf: "2020-07-14" }) { totalCount } }',
    variables: (id) => ({ id }),
  },
  {
    name: 'agreements by party and topic',
    query:
      'query($id: ID!, $s: String) { agreements(where: { parties: [$id], topic: $s }) { totalCount counts(by: COUNTRY) { value } } }',
    variables: (s) => ({ id: s, s }),
  },
  {
    name: 'events by place and country',
    query: 'query($s: String, $id: ID) { events(place: $s, country: $id) { totalCount counts(by: YEAR) { value } } }',
    variables: (s) => ({ s, id: s }),
  },
  {
    name: 'organizations by agreement',
    query: 'query($id: ID) { organizations(where: { partyTo: $id }) { totalCount } }',
    variables: (id) => ({ id }),
  },
  {
    name: 'page cursor',
    query: 'query($c: String) { search(query: "suhardi", after: $c) { totalCount } }',
    variables: (c) => ({ c }),
  },
  {
    name: 'mergeEntities',
    mutation: true,
    query:
      'mutation($a: ID!, $b: ID!, $r: String!) { mergeEntities(keepId: $a, mergeId: $b, reason: $r) { change { id } } }',
    variables: (h) => ({ a: h, b: 'person:suhardi-alius', r: h }),
  },
  {
    name: 'mergeEntities (merged id)',
    mutation: true,
    query:
      'mutation($a: ID!, $b: ID!, $r: String!) { mergeEntities(keepId: $a, mergeId: $b, reason: $r) { change { id } } }',
    variables: (h) => ({ a: 'person:suhardi-alius', b: h, r: 'injection test' }),
  },
  {
    name: 'splitEntity',
    mutation: true,
    query:
      'mutation($id: ID!, $n: String!, $f: [ID!]!, $r: String!) { splitEntity(id: $id, newName: $n, factIds: $f, reason: $r) { change { id } } }',
    variables: (h) => ({ id: h, n: h, f: [h], r: h }),
  },
  {
    name: 'splitEntity (fact ids)',
    mutation: true,
    query:
      'mutation($id: ID!, $n: String!, $f: [ID!]!, $r: String!) { splitEntity(id: $id, newName: $n, factIds: $f, reason: $r) { change { id } } }',
    variables: (h) => ({ id: 'person:suhardi-alius', n: h, f: [h], r: 'injection test' }),
  },
  {
    name: 'addFact',
    mutation: true,
    query:
      'mutation($from: ID!, $to: ID!, $e: ID, $r: String!, $q: String!) { addFact(type: ACCOMPANIED_BY, fromId: $from, toId: $to, attributes: { eventId: $e }, reason: $r, quote: $q) { change { id } } }',
    variables: (h) => ({ from: h, to: 'person:kris-erlangga', e: h, r: h, q: h }),
  },
  {
    name: 'retractFact',
    mutation: true,
    query: 'mutation($f: ID!, $r: String!) { retractFact(factId: $f, reason: $r) { change { id } } }',
    variables: (h) => ({ f: h, r: h }),
  },
  {
    name: 'undoChange',
    mutation: true,
    query: 'mutation($c: ID!, $r: String) { undoChange(changeId: $c, reason: $r) { change { id } } }',
    variables: (h) => ({ c: h, r: h }),
  },
];

function expectWellFormed(answer: Answer<unknown>, label: string): void {
  expect(answer.status, label).toBeLessThan(500);
  const unexpected = codes(answer).filter((code) => !ALLOWED_CODES.has(code ?? ''));
  expect(unexpected, `${label}: ${answer.text.slice(0, 300)}`).toEqual([]);
  if (!answer.body.errors) expect(answer.body.data, label).toBeTruthy();
}

describe('Cypher injection through the string arguments', () => {
  let db: Database;
  let server: Served;
  let before: Fingerprint;
  beforeAll(async () => {
    db = openTestDatabase();
    await clearDatabase(db);
    await loadSeedGraph(db);
    before = await fingerprint(db);
    server = await serve(db);
  });
  afterAll(async () => {
    await server.close();
    await clearDatabase(db);
    await db.close();
  });

  it(`answers ${PROBES.length} arguments × ${HOSTILE.length} hostile strings with data or the API's own errors, and changes nothing`, async () => {
    let requests = 0;
    for (const probe of PROBES) {
      for (const hostile of HOSTILE) {
        const headers: Record<string, string> = probe.mutation ? { 'x-api-key': API_KEY } : {};
        const answer = await post(server.url, probe.query, { variables: probe.variables(hostile), headers });
        expectWellFormed(answer, `${probe.name} ← ${JSON.stringify(hostile.slice(0, 40))}`);
        requests += 1;
      }
    }
    expect(await fingerprint(db)).toEqual(before);
    expect(before.nodes).toBeGreaterThan(20);
    console.log(
      `injection fuzz: ${requests} requests, graph unchanged (${before.nodes} nodes, ${before.relationships} relationships)`,
    );
  });

  it('finds nothing for hostile ids: node answers null, path null with NOT_FOUND naming the id', async () => {
    for (const hostile of HOSTILE.slice(0, 15)) {
      const answer = await post(
        server.url,
        'query($id: ID!) { node(id: $id) { id } path(from: $id, to: "person:boy-rafli-amar") { length } }',
        { variables: { id: hostile } },
      );
      expect(answer.body.data).toEqual({ node: null, path: null });
      expect(answer.body.errors?.map((error) => [error.extensions?.code, error.extensions?.id])).toEqual([
        ['NOT_FOUND', hostile],
      ]);
    }
  });

  it('stores a hostile reason and quote of a valid correction as plain text, byte for byte', async () => {
    const hostile = "x'}) MATCH (n) DETACH DELETE n // `Person` \u202E 🏃";
    const answer = await post<{ addFact: { change: { id: string; reason: string } } }>(
      server.url,
      `mutation($r: String!, $q: String!) { addFact(type: PARTY_TO, fromId: "country:TL", toId: "${WORKPLAN_ID}", reason: $r, quote: $q) {
         change { id reason } } }`,
      { variables: { r: hostile, q: hostile }, headers: { 'x-api-key': API_KEY } },
    );
    expect(codes(answer)).toEqual([]);
    expect(answer.body.data?.addFact.change.reason).toBe(hostile);
    const [quote] = await db.read<{ quote: string }>(
      `MATCH (:Country {id: 'country:TL'})-[r:PARTY_TO]->(:Agreement {id: $agreement}) MATCH (e:Evidence {factId: r.id}) RETURN e.quote AS quote`,
      { agreement: WORKPLAN_ID },
    );
    expect(quote?.quote).toBe(hostile);
    const after = await fingerprint(db);
    expect(after.nodes).toBeGreaterThanOrEqual(before.nodes);
  });
});
