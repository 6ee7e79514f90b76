import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLE_PROPERTIES,
  ENTITY_PROPERTIES,
  EVIDENCE_PROPERTIES,
  FACT_PROPERTIES,
  parseSelection,
  type StatementRecord,
} from '../../src/export/index.js';
import type { Database } from '../../src/graph/database.js';
import { ENTITY_LABELS, FACT_TYPES } from '../../src/graph/model.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';
import { buildSeedsGraph, exportToString } from './helpers.js';

describe('JSON Lines export of the seeds graph', () => {
  let db: Database;
  let lines: Record<string, unknown>[];
  let counts: { entities: number; articles: number; facts: number };
  beforeAll(async () => {
    db = openTestDatabase();
    await clearDatabase(db);
    await buildSeedsGraph(db);
    const [row] = await db.read<{ entities: number; articles: number; facts: number }>(
      `RETURN COUNT { (:Entity) } AS entities, COUNT { (:Article) } AS articles,
              COUNT { ()-[r]->() WHERE r.id STARTS WITH 'fact:' } AS facts`,
    );
    counts = row!;
    lines = (await exportToString(db, 'jsonl'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
  });

  it('writes one line per entity, article and fact of the graph', () => {
    const schemas = lines.map((line) => line.schema as string);
    expect(schemas.filter((schema) => (ENTITY_LABELS as readonly string[]).includes(schema))).toHaveLength(
      counts.entities,
    );
    expect(schemas.filter((schema) => schema === 'Article')).toHaveLength(counts.articles);
    expect(schemas.filter((schema) => (FACT_TYPES as readonly string[]).includes(schema))).toHaveLength(counts.facts);
    expect(counts.entities).toBeGreaterThan(10);
  });

  it('gives every entity its id, schema and only the documented properties, with a name', () => {
    for (const line of lines.filter((entry) => (ENTITY_LABELS as readonly string[]).includes(entry.schema as string))) {
      expect(Object.keys(line)).toEqual(['id', 'schema', 'properties']);
      const schema = line.schema as keyof typeof ENTITY_PROPERTIES;
      const properties = line.properties as Record<string, unknown>;
      expect(Object.keys(ENTITY_PROPERTIES[schema])).toEqual(expect.arrayContaining(Object.keys(properties)));
      expect(typeof properties.name).toBe('string');
    }
    const suhardi = lines.find((line) => line.id === 'person:suhardi-alius');
    expect(suhardi).toMatchObject({ schema: 'Person', properties: { name: 'Suhardi Alius' } });
  });

  it('writes articles with their documented properties', () => {
    const articles = lines.filter((line) => line.schema === 'Article');
    expect(articles.length).toBe(2);
    for (const article of articles) {
      const properties = article.properties as Record<string, unknown>;
      expect(Object.keys(ARTICLE_PROPERTIES)).toEqual(expect.arrayContaining(Object.keys(properties)));
      expect(properties.contentHash).toMatch(/^[0-9a-f]{64}$/);
      if (properties.publishedAt !== undefined) expect(properties.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('writes each statement with its ends and its evidence: article, quote, offsets, extractor version', () => {
    const statements = lines.filter((line) =>
      (FACT_TYPES as readonly string[]).includes(line.schema as string),
    ) as unknown as StatementRecord[];
    const articleIds = new Set(lines.filter((line) => line.schema === 'Article').map((line) => line.id));
    const entityIds = new Set(
      lines
        .filter((line) => (ENTITY_LABELS as readonly string[]).includes(line.schema as string))
        .map((line) => line.id),
    );
    for (const statement of statements) {
      expect(Object.keys(statement)).toEqual(['id', 'schema', 'source', 'target', 'properties', 'evidence']);
      expect(Object.keys(FACT_PROPERTIES[statement.schema])).toEqual(
        expect.arrayContaining(Object.keys(statement.properties)),
      );
      expect(entityIds.has(statement.source) && entityIds.has(statement.target)).toBe(true);
      expect(statement.evidence.length).toBeGreaterThan(0);
      for (const evidence of statement.evidence) {
        expect(['id', ...Object.keys(EVIDENCE_PROPERTIES)]).toEqual(expect.arrayContaining(Object.keys(evidence)));
        expect(articleIds.has(evidence.article as string)).toBe(true);
        expect(typeof evidence.quote).toBe('string');
        expect(Number.isInteger(evidence.start) && Number.isInteger(evidence.end)).toBe(true);
        expect(typeof evidence.extractorVersion).toBe('string');
      }
    }
    const tenure = statements.find(
      (statement) => statement.schema === 'HOLDS_POSITION' && statement.source === 'person:suhardi-alius',
    );
    expect(tenure?.properties.firstSeen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('pages by id: a batch of 3 gives the same file as one large batch', async () => {
    expect(await exportToString(db, 'jsonl', parseSelection({}), 3)).toBe(await exportToString(db, 'jsonl'));
  });

  it('keeps only persons and the facts between two persons with --types Person', async () => {
    const text = await exportToString(db, 'jsonl', parseSelection({ types: ['Person'] }));
    const schemas = new Set(
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { schema: string }).schema),
    );
    expect(
      [...schemas]
        .filter((schema) => schema !== 'Article')
        .every((schema) => ['Person', 'ACCOMPANIED_BY', 'RECEIVED_VISIT_FROM'].includes(schema)),
    ).toBe(true);
    expect(schemas.has('Person')).toBe(true);
  });

  it('keeps the selected entities and the facts between them with an id selection', async () => {
    const text = await exportToString(
      db,
      'jsonl',
      parseSelection({ ids: ['person:suhardi-alius', 'position:kepala@org:bnpt'] }),
    );
    const records = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; schema: string });
    expect(
      records
        .filter((record) => !record.id.startsWith('article:') && !record.id.startsWith('fact:'))
        .map((record) => record.id)
        .sort(),
    ).toEqual(['person:suhardi-alius', 'position:kepala@org:bnpt']);
    expect(records.some((record) => record.schema === 'HOLDS_POSITION')).toBe(true);
    expect(records.some((record) => record.schema === 'Article')).toBe(true);
  });

  it('exports no entity and no statement when --since is after every update', async () => {
    const text = await exportToString(db, 'jsonl', parseSelection({ since: '2999-01-01' }));
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .filter((line) => !line.includes('"schema":"Article"')),
    ).toEqual([]);
  });
});
