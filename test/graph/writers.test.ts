/**
 * One writer per aggregate: the same facts written by the ingest, by the import of its export and by the fixture
 * path (the rows handed to the writers directly, as the API tests' fixture graph does) give the same graph.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { FactType } from '../../src/graph/model.js';
import {
  mergeArticles,
  mergeEntities,
  mergeEvidence,
  mergeFacts,
  recomputeTenures,
} from '../../src/graph/writers/index.js';
import { importJsonl } from '../../src/import/index.js';
import { extractArticle } from '../../src/ingest/extract/index.js';
import { toGraphBatch } from '../../src/ingest/load/to-graph.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { collectArticleFiles, readArticle } from '../../src/ingest/read/index.js';
import { personContexts } from '../../src/ingest/resolve/batch-candidates.js';
import {
  applyResolution,
  createSameName,
  type KnownPerson,
  resolvePersons,
} from '../../src/ingest/resolve/resolve-persons.js';
import { exportJsonlToFile, exportToString } from '../export/helpers.js';
import { clearDatabase, useEmptyDatabase } from '../helpers/database.js';

const SEEDS = 'seeds';
/** The instants each write takes from its clock; everything else must be equal. */
const TIMESTAMP = /"(createdAt|updatedAt|ingestedAt)":"[^"]*"/g;

function withoutTimestamps(jsonl: string): string {
  return jsonl.replace(TIMESTAMP, '"$1":"…"');
}

/** The ingest's rows of the seeds, resolved article after article as the ingest does, written by the writers directly. */
async function writeAsFixture(db: Database): Promise<void> {
  const known: KnownPerson[] = [];
  const sameName = createSameName();
  for (const file of (await collectArticleFiles([SEEDS])).files) {
    const article = await readArticle(file);
    const extraction = extractArticle(article);
    const key = extraction.article.url ?? path.basename(file);
    const articleLabel = `${path.basename(file)}${extraction.article.publishedAt ? ` (${extraction.article.publishedAt})` : ''}`;
    const resolution = resolvePersons(extraction, known, { articleLabel, sameName });
    const rows = toGraphBatch(applyResolution(extraction, resolution), {
      articleKey: key,
      path: file,
      body: article.text,
      notes: resolution.notes,
    });
    await mergeArticles(db, [rows.article]);
    await mergeEntities(db, rows.entities);
    await mergeFacts(db, rows.facts);
    await mergeEvidence(db, rows.evidence);
    await recomputeTenures(
      db,
      rows.facts.filter((fact) => fact.type === FactType.HOLDS_POSITION).map((fact) => fact.id),
    );
    const persons = new Set(rows.entities.filter((entity) => entity.label === 'Person').map((entity) => entity.id));
    const contexts = personContexts(persons, rows.facts);
    for (const entity of rows.entities) {
      if (entity.label !== 'Person') continue;
      const seen = known.find((person) => person.id === entity.id);
      const aliases = [...new Set([...(seen?.aliases ?? []), ...entity.aliases])];
      // What the graph links the person to: the corroboration a merge of a later article needs.
      const context = [...new Set([...(seen?.context ?? []), ...(contexts.get(entity.id) ?? [])])];
      if (seen) known.splice(known.indexOf(seen), 1, { ...seen, aliases, context });
      else known.push({ id: entity.id, name: entity.name, aliases, context });
    }
  }
}

/** The stored type of every evidence offset and confidence, and of every entity's searchText. */
async function storedTypes(db: Database): Promise<string[]> {
  const rows = await db.read<{ types: string[] }>(
    `RETURN COLLECT { MATCH (e:Evidence) UNWIND ['start ' + valueType(e.start), 'end ' + valueType(e.end),
                        'confidence ' + valueType(e.confidence), 'factType ' + valueType(e.factType)] AS type RETURN DISTINCT type }
          + COLLECT { MATCH (n:Entity) RETURN DISTINCT 'searchText ' + valueType(n.searchText) AS type } AS types`,
  );
  return [...(rows[0]?.types ?? [])].sort();
}

describe('the writers of the model', () => {
  const graph = useEmptyDatabase({ name: 'writers-test' });

  it('give the same export, byte for byte, whether the seeds are ingested, imported from that export or written as a fixture', async () => {
    const { db, scratch } = graph;
    const summary = await ingestPaths({ db, paths: [SEEDS] });
    expect(summary.articles.failed).toBe(0);
    const file = path.join(scratch, 'ingested.jsonl');
    await exportJsonlToFile(db, file);
    const ingested = await readFile(file, 'utf8');
    const ingestedTypes = await storedTypes(db);
    expect(ingested.split('\n').length).toBeGreaterThan(20);

    await clearDatabase(db);
    await importJsonl({ db, file, batchSize: 3 });
    // The import keeps the file's timestamps: nothing at all differs.
    expect(await exportToString(db, 'jsonl')).toBe(ingested);
    expect(await storedTypes(db)).toEqual(ingestedTypes);

    await clearDatabase(db);
    await writeAsFixture(db);
    expect(withoutTimestamps(await exportToString(db, 'jsonl'))).toBe(withoutTimestamps(ingested));
    expect(await storedTypes(db)).toEqual(ingestedTypes);
  }, 120_000);

  it('store evidence offsets as integers and every evidence with its fact type, from the ingest', async () => {
    const { db } = graph;
    await ingestPaths({ db, paths: [SEEDS] });
    expect(await storedTypes(db)).toEqual([
      'confidence FLOAT NOT NULL',
      'end INTEGER NOT NULL',
      'factType STRING NOT NULL',
      'searchText STRING NOT NULL',
      'start INTEGER NOT NULL',
    ]);
  }, 60_000);

  it('change nothing when the same rows are written twice', async () => {
    const { db } = graph;
    await writeAsFixture(db);
    const once = await exportToString(db, 'jsonl');
    await writeAsFixture(db);
    expect(await exportToString(db, 'jsonl')).toBe(once);
  }, 60_000);
});
