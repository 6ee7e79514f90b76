/**
 * The synthetic graph as a JSON Lines export (docs/export.md), for benchmarks that load it through the importer
 * (src/export/bench.ts) instead of the bulk loader.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { SyntheticGraph } from './synthetic-graph.js';

const NOW = '2024-01-01T00:00:00Z';

/** Writes `graph` to `file`: articles, entities, then statements with their evidence. */
export async function writeSyntheticJsonl(file: string, graph: SyntheticGraph): Promise<void> {
  const out = createWriteStream(file);
  let chunk = '';
  const push = async (record: unknown): Promise<void> => {
    chunk += `${JSON.stringify(record)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  };
  for (const { id, url, title, source, publishedAt, contentHash, path, extractorVersion } of graph.articles) {
    await push({
      id,
      schema: 'Article',
      properties: { url, title, source, publishedAt, contentHash, path, extractorVersion, ingestedAt: NOW },
    });
  }
  for (const entity of graph.entities) {
    await push({
      id: entity.id,
      schema: entity.label,
      properties: {
        name: entity.name,
        aliases: entity.aliases,
        createdAt: NOW,
        updatedAt: NOW,
        ...entity.props,
        ...entity.dates,
      },
    });
  }
  const evidenceOf = new Map<string, SyntheticGraph['evidence']>();
  for (const evidence of graph.evidence) {
    const list = evidenceOf.get(evidence.factId);
    if (list) list.push(evidence);
    else evidenceOf.set(evidence.factId, [evidence]);
  }
  for (const fact of graph.facts) {
    await push({
      id: fact.id,
      schema: fact.type,
      source: fact.from,
      target: fact.to,
      properties: { ...fact.props, ...fact.dates, createdAt: NOW },
      evidence: (evidenceOf.get(fact.id) ?? []).map((e) => ({
        id: e.id,
        article: e.articleId,
        quote: e.quote,
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        extractorVersion: e.extractorVersion,
        confidence: e.confidence,
        rule: e.rule,
        date: e.date,
        datePrecision: e.datePrecision,
        former: e.former,
      })),
    });
  }
  out.end(chunk);
  await once(out, 'finish');
}
