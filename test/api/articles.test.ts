/**
 * The article reader's queries on the graph the ingest builds from seeds/ and the invented test articles: an
 * article with its text, every span that names an entity, and the facts it states with its own evidence; the list
 * of articles by source, date and words; and clear errors for a bad filter.
 */
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { useGraphUnderTest } from './graphql-client.js';

const graph = useGraphUnderTest((db) => ingestPaths({ db, paths: ['seeds', 'test/fixtures/articles'] }));

interface ReaderArticle {
  id: string;
  body: string;
  extractorVersion: string;
  mentions: { start: number; end: number; text: string; entity: { __typename: string; id: string; name: string } }[];
  facts: {
    fact: { type: string; from: { name: string }; to: { name: string } };
    evidence: { quote: string; start: number; end: number }[];
  }[];
}

const READER = `query Reader($id: ID!) {
  article(id: $id) {
    id body extractorVersion
    mentions { start end text entity { __typename id name } }
    facts { fact { type from { name } to { name } } evidence { quote start end } }
  }
}`;

/** The id of the article that states Suhardi Alius's companion, found as an analyst would: from the evidence. */
async function seedArticleId(): Promise<string> {
  const { data, errors } = await graph.client.query<{
    node: { accompaniedBy: { edges: { evidence: { article: { id: string } }[] }[] } };
  }>(
    `{ node(id: "person:suhardi-alius") { ... on Person { accompaniedBy { edges { evidence { article { id } } } } } } }`,
  );
  expect(errors).toBeNull();
  const id = data!.node.accompaniedBy.edges[0]?.evidence[0]?.article.id;
  expect(id).toBeDefined();
  return id as string;
}

describe('article(id:) on the ingested graph', () => {
  it('answers the text of the release that an evidence quotes, with every mention quoting it exactly', async () => {
    const { data, errors } = await graph.client.query<{ article: ReaderArticle }>(READER, {
      id: await seedArticleId(),
    });
    expect(errors).toBeNull();
    const article = data!.article;
    expect(article.body).toContain('Suhardi Alius');
    expect(article.extractorVersion).toMatch(/^bnpt-rules\//);
    expect(article.mentions.length).toBeGreaterThan(10);
    for (const m of article.mentions) expect(article.body.slice(m.start, m.end)).toBe(m.text);
  });

  it('highlights the person, the post and the organisation by their own words', async () => {
    const { data } = await graph.client.query<{ article: ReaderArticle }>(READER, { id: await seedArticleId() });
    const named = (type: string) =>
      new Set(
        data!.article.mentions.filter((m) => m.entity.__typename === type).map((m) => `${m.text} → ${m.entity.name}`),
      );
    expect(named('Person')).toContain('Suhardi Alius → Suhardi Alius');
    expect(named('Person')).toContain('Andhika Krisnayudhanto → Andhika Krisnayudhanto');
    expect(named('Position')).toContain('Kepala BNPT → Kepala BNPT');
    expect(named('Organization')).toContain('BNPT → Badan Nasional Penanggulangan Terorisme');
  });

  it('lists the facts it states, each with this article’s evidence, whose spans lie in the text', async () => {
    const { data } = await graph.client.query<{ article: ReaderArticle }>(READER, { id: await seedArticleId() });
    const article = data!.article;
    const companion = article.facts.find(
      (f) => f.fact.type === 'ACCOMPANIED_BY' && f.fact.to.name === 'Andhika Krisnayudhanto',
    );
    expect(companion?.fact.from.name).toBe('Suhardi Alius');
    for (const f of article.facts) {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(article.body.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('answers null for an id no article has', async () => {
    const { data, errors } = await graph.client.query<{ article: null }>(READER, { id: 'article:no-such-article' });
    expect(errors).toBeNull();
    expect(data!.article).toBeNull();
  });
});

describe('articles(...) on the ingested graph', () => {
  type Page = {
    articles: { totalCount: number; edges: { node: { title: string | null; publishedAt: string | null } }[] };
  };

  it('lists every ingested article, newest first, undated last', async () => {
    const { data, errors } = await graph.client.query<Page>(
      `{ articles(first: 100) { totalCount edges { node { title publishedAt } } } }`,
    );
    expect(errors).toBeNull();
    expect(data!.articles.totalCount).toBe(12);
    const dates = data!.articles.edges.map((e) => e.node.publishedAt);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.indexOf(null)).toBeGreaterThanOrEqual(dated.length);
  });

  it('filters by publication dates (inclusive) and by words of the text', async () => {
    const { data, errors } = await graph.client.query<{ y2024: Page['articles']; bandung: Page['articles'] }>(`{
      y2024: articles(where: { publishedFrom: "2024-01-01", publishedTo: "2024-12-31" }) { totalCount edges { node { publishedAt } } }
      bandung: articles(where: { text: "Savoy Homann" }) { totalCount edges { node { publishedAt } } }
    }`);
    expect(errors).toBeNull();
    expect(data!.y2024.totalCount).toBeGreaterThan(0);
    for (const e of data!.y2024.edges) expect(e.node.publishedAt?.startsWith('2024')).toBe(true);
    expect(data!.bandung.edges.map((e) => e.node.publishedAt)).toEqual(['2024-05-20']);
  });

  it('refuses dates out of order and an empty text with BAD_USER_INPUT sentences', async () => {
    const { errors } = await graph.client.query(`{
      articles(where: { publishedFrom: "2024-12-31", publishedTo: "2024-01-01" }) { totalCount }
    }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toBe(
      'expected "publishedFrom" (2024-12-31) to be on or before "publishedTo" (2024-01-01).',
    );
    const empty = await graph.client.query(`{ articles(where: { text: "  " }) { totalCount } }`);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.message).toBe('expected "text" to be 1 to 200 characters long, but got 0.');
  });
});
