import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/export/index.js';
import type { Database } from '../../src/graph/database.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';
import { buildSeedsGraph, exportToString } from './helpers.js';

interface GraphmlKey {
  '@_id': string;
  '@_for': string;
  '@_attr.name': string;
  '@_attr.type': string;
}
interface GraphmlData {
  '@_key': string;
  '#text': string | number | boolean;
}
interface GraphmlNode {
  '@_id': string;
  data: GraphmlData[];
}
interface GraphmlEdge {
  '@_id': string;
  '@_source': string;
  '@_target': string;
  data: GraphmlData[];
}
interface GraphmlDocument {
  graphml: { key: GraphmlKey[]; graph: { '@_edgedefault': string; node: GraphmlNode[]; edge: GraphmlEdge[] } };
}

/** The types GraphML allows for `attr.type` (graphml.xsd, key.type.type). */
const GRAPHML_TYPES = ['boolean', 'int', 'long', 'float', 'double', 'string'];

describe('GraphML export of the seeds graph', () => {
  let db: Database;
  let xml: string;
  let doc: GraphmlDocument;
  beforeAll(async () => {
    db = openTestDatabase();
    await clearDatabase(db);
    await buildSeedsGraph(db);
    xml = await exportToString(db, 'graphml');
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
      parseTagValue: false,
    });
    doc = parser.parse(xml) as GraphmlDocument;
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
  });

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('declares the GraphML namespace and a directed graph', () => {
    expect(xml).toMatch(/<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/);
    expect(doc.graphml.graph['@_edgedefault']).toBe('directed');
  });

  it('declares every attribute as a typed key for nodes or edges, before the graph', () => {
    const keys = doc.graphml.key;
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(key['@_id']).toMatch(/^[A-Za-z_][\w.-]*$/);
      expect(['node', 'edge']).toContain(key['@_for']);
      expect(key['@_attr.name']).toMatch(/^\w+$/);
      expect(GRAPHML_TYPES).toContain(key['@_attr.type']);
    }
    expect(xml.lastIndexOf('<key ')).toBeLessThan(xml.indexOf('<graph '));
    const typeOf = (domain: string, name: string) =>
      keys.find((key) => key['@_for'] === domain && key['@_attr.name'] === name)?.['@_attr.type'];
    expect(typeOf('node', 'label')).toBe('string');
    expect(typeOf('edge', 'former')).toBe('boolean');
    expect(typeOf('edge', 'evidenceCount')).toBe('int');
    expect(typeOf('edge', 'confidence')).toBe('double');
  });

  it('has one node per entity and one edge per fact, every edge between declared nodes, every data on a declared key', async () => {
    const [row] = await db.read<{ entities: number; facts: number }>(
      `RETURN COUNT { (:Entity) } AS entities, COUNT { ()-[r]->() WHERE r.id STARTS WITH 'fact:' } AS facts`,
    );
    const { node: nodes, edge: edges } = doc.graphml.graph;
    expect(nodes).toHaveLength(row!.entities);
    expect(edges).toHaveLength(row!.facts);
    const nodeIds = new Set(nodes.map((node) => node['@_id']));
    for (const edge of edges) expect(nodeIds.has(edge['@_source']) && nodeIds.has(edge['@_target'])).toBe(true);
    const nodeKeys = new Set(doc.graphml.key.filter((key) => key['@_for'] === 'node').map((key) => key['@_id']));
    const edgeKeys = new Set(doc.graphml.key.filter((key) => key['@_for'] === 'edge').map((key) => key['@_id']));
    for (const node of nodes) for (const data of node.data) expect(nodeKeys.has(data['@_key'])).toBe(true);
    for (const edge of edges) for (const data of edge.data) expect(edgeKeys.has(data['@_key'])).toBe(true);
  });

  it('labels a node with its name and gives its schema, so Gephi shows names and can colour by type', () => {
    const suhardi = doc.graphml.graph.node.find((node) => node['@_id'] === 'person:suhardi-alius');
    const value = (key: string) => suhardi?.data.find((data) => data['@_key'] === key)?.['#text'];
    expect(value('n_label')).toBe('Suhardi Alius');
    expect(value('n_schema')).toBe('Person');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const text = escapeXml('a < b & "c" \'d\' \u0001e\nf');
    expect(text).toBe('a &lt; b &amp; &quot;c&quot; &apos;d&apos; e&#10;f');
    expect(XMLValidator.validate(`<x a="${text}">${text}</x>`)).toBe(true);
  });
});
