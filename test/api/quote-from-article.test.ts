/**
 * addFact with a quote taken from an article (the reader's selection): the evidence links to the article at the
 * selected offsets and is listed among the article's facts, wrong offsets or an unknown article are refused with
 * stable codes and write nothing, and reading the article again after its text changed keeps the analyst's quote.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { useGraphUnderTest } from './graphql-client.js';

const ARTICLE = `url: https://example.test/bnpt-terima-delegasi-fiktif
date: 2023-03-14
title: BNPT Terima Delegasi Kementerian Dalam Negeri Fiktif
source: example.test

Jakarta – Kepala BNPT Komjen Pol. Dr. Hendra Wirawan, M.Si. menerima kunjungan Sekretaris Jenderal Kementerian Dalam Negeri, Dr. Ratna Puspitasari, pada Selasa (14/3). Turut hadir Direktur Kerja Sama Bilateral BNPT, Brigjen Pol. Teguh Santoso.

Pertemuan membahas pencegahan radikalisme di daerah.
`;

/** The words the analyst selects: the reader sends them with their offsets. */
const SELECTED = 'Turut hadir Direktur Kerja Sama Bilateral BNPT, Brigjen Pol. Teguh Santoso';

const ADD_FROM_ARTICLE = `mutation ($to: ID!, $quote: String!, $source: QuoteSourceInput) {
  addFact(type: PARTICIPATED_IN, fromId: "person:teguh-santoso", toId: $to, attributes: { role: PARTICIPANT },
          reason: "the release names him among those present", quote: $quote, source: $source) {
    change { id action factId }
  }
}`;

const ARTICLE_FACTS = `query ($id: ID!) {
  article(id: $id) {
    body
    facts { fact { id type } evidence { quote start end confidence rule extractorVersion article { id } } }
  }
}`;

interface ArticleFacts {
  article: {
    body: string;
    facts: {
      fact: { id: string; type: string };
      evidence: {
        quote: string;
        start: number | null;
        end: number | null;
        confidence: number;
        rule: string | null;
        extractorVersion: string;
        article: { id: string } | null;
      }[];
    }[];
  };
}

let scratch: string;
let file: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'quote-from-article-'));
  file = path.join(scratch, 'delegasi-fiktif.txt');
  await writeFile(file, ARTICLE);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const graph = useGraphUnderTest((db) => ingestPaths({ db, paths: [file] }));

async function articleState(): Promise<{ id: string; event: string; body: string }> {
  const { data, errors } = await graph.client.query<{
    articles: { edges: { node: { id: string; body: string } }[] };
    events: { edges: { node: { id: string } }[] };
  }>(`{ articles(first: 1) { edges { node { id body } } } events(first: 1) { edges { node { id } } } }`);
  expect(errors).toBeNull();
  const article = data!.articles.edges[0]!.node;
  return { id: article.id, body: article.body, event: data!.events.edges[0]!.node.id };
}

/** The facts of the article an analyst quoted from it, each with the analyst's evidence only. */
async function analystFacts(articleId: string): Promise<ArticleFacts['article']['facts']> {
  const { data, errors } = await graph.client.query<ArticleFacts>(ARTICLE_FACTS, { id: articleId });
  expect(errors).toBeNull();
  return data!.article.facts
    .map(({ fact, evidence }) => ({ fact, evidence: evidence.filter((e) => e.extractorVersion === 'analyst') }))
    .filter((f) => f.evidence.length > 0);
}

describe('addFact with a quote taken from an article', () => {
  it('refuses offsets that do not hold the quote, and an unknown article, writing nothing', async () => {
    const { id, body, event } = await articleState();
    const start = body.indexOf(SELECTED);
    expect(start).toBeGreaterThan(0);
    const shifted = await graph.client.query(
      ADD_FROM_ARTICLE,
      { to: event, quote: SELECTED, source: { articleId: id, start: start + 1, end: start + 1 + SELECTED.length } },
      { analyst: true },
    );
    expect(shifted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(shifted.errors?.[0]?.message).toContain(`at ${start + 1}..${start + 1 + SELECTED.length}`);

    const outside = await graph.client.query(
      ADD_FROM_ARTICLE,
      { to: event, quote: SELECTED, source: { articleId: id, start: body.length - 2, end: body.length + 40 } },
      { analyst: true },
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(outside.errors?.[0]?.message).toContain(`(the article's length)`);

    const unknown = await graph.client.query(
      ADD_FROM_ARTICLE,
      { to: event, quote: SELECTED, source: { articleId: 'article:no-such-article', start, end: start + 5 } },
      { analyst: true },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await analystFacts(id)).toEqual([]);
  });

  it('links the evidence to the article at the selected words, listed with the facts the article states', async () => {
    const { id, body, event } = await articleState();
    const start = body.indexOf(SELECTED);
    const { data, errors } = await graph.client.query<{ addFact: { change: { action: string; factId: string } } }>(
      ADD_FROM_ARTICLE,
      { to: event, quote: SELECTED, source: { articleId: id, start, end: start + SELECTED.length } },
      { analyst: true },
    );
    expect(errors).toBeNull();
    expect(data!.addFact.change.action).toBe('ADD_FACT');
    const facts = await analystFacts(id);
    expect(facts.map((f) => f.fact)).toEqual([{ id: data!.addFact.change.factId, type: 'PARTICIPATED_IN' }]);
    expect(facts[0]!.evidence).toEqual([
      {
        quote: SELECTED,
        start,
        end: start + SELECTED.length,
        confidence: 1,
        rule: null,
        extractorVersion: 'analyst',
        article: { id },
      },
    ]);
  });

  it("keeps the analyst's quote when the article is read again after its text changed", async () => {
    const { id } = await articleState();
    const before = await analystFacts(id);
    expect(before).toHaveLength(1);
    await writeFile(file, `${await readFile(file, 'utf8')}\nKedua pihak sepakat melanjutkan kerja sama.\n`);
    const result = await ingestPaths({ db: graph.db, paths: [file] });
    expect(result.articles.updated).toBe(1);
    const after = await articleState();
    expect(after.body).toContain('melanjutkan kerja sama');
    expect(await analystFacts(id)).toEqual(before);
  });
});
