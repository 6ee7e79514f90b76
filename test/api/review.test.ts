/**
 * The review queue on the graph the ingest builds from seeds/ and the invented test articles: low-confidence facts
 * and contradictions, most facts touched first, each with the evidence to open; decisions that take an item off the
 * pending queue, are remembered, and can be reopened; and the errors of a wrong id or a missing API key.
 */
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { useGraphUnderTest } from './graphql-client.js';

const graph = useGraphUnderTest((db) => ingestPaths({ db, paths: ['seeds', 'test/fixtures/articles'] }));

interface Item {
  id: string;
  kind: string;
  summary: string;
  factsTouched: number;
  entities: { id: string }[];
  evidence: { quote: string; confidence: number; article: { id: string } | null }[];
  decision: { verdict: string; actor: string; note: string | null } | null;
}
type Queue = { reviewQueue: { totalCount: number; edges: { node: Item }[] } };

const QUEUE = `query Queue($decided: Boolean) {
  reviewQueue(first: 100, includeDecided: $decided) {
    totalCount
    edges { node { id kind summary factsTouched entities { id } evidence { quote confidence article { id } }
                   decision { verdict actor note } } }
  }
}`;

const DECIDE = `mutation Decide($id: ID!, $decision: ReviewDecisionInput!, $note: String) {
  decideReviewItem(id: $id, decision: $decision, note: $note) { id decision { verdict actor note } }
}`;

async function queue(decided = false): Promise<Item[]> {
  const { data, errors } = await graph.client.query<Queue>(QUEUE, { decided });
  expect(errors).toBeNull();
  return data!.reviewQueue.edges.map((e) => e.node);
}

describe('reviewQueue', () => {
  it('lists the facts read with low confidence, each with its evidence in an article, most facts touched first', async () => {
    const items = await queue();
    const low = items.filter((item) => item.kind === 'LOW_CONFIDENCE_FACT');
    expect(low.length).toBeGreaterThan(0);
    for (const item of low) {
      expect(item.evidence.length).toBeGreaterThan(0);
      expect(Math.max(...item.evidence.map((e) => e.confidence))).toBeLessThan(0.7);
      expect(item.evidence[0]?.article?.id).toMatch(/^article:/);
      expect(item.entities).toHaveLength(2);
      expect(item.summary).toMatch(/was read with confidence 0\.[56]/);
    }
    const touched = items.map((item) => item.factsTouched);
    expect(touched).toEqual([...touched].sort((a, b) => b - a));
  });

  it('takes a dismissed item off the pending queue, remembers who dismissed it and why, and reopens it', async () => {
    const [first] = await queue();
    expect(first).toBeDefined();
    const id = first!.id;
    const dismissed = await graph.client.query(
      DECIDE,
      { id, decision: 'DISMISSED', note: 'The guessed parties are right.' },
      { analyst: true, actor: 'analyst-1' },
    );
    expect(dismissed.errors).toBeNull();
    expect((await queue()).map((item) => item.id)).not.toContain(id);
    const remembered = (await queue(true)).find((item) => item.id === id);
    expect(remembered?.decision).toEqual({
      verdict: 'DISMISSED',
      actor: 'analyst-1',
      note: 'The guessed parties are right.',
    });

    const reopened = await graph.client.query(DECIDE, { id, decision: 'REOPEN' }, { analyst: true });
    expect(reopened.errors).toBeNull();
    expect((await queue()).find((item) => item.id === id)?.decision).toBeNull();
  });

  it('refuses a decision without the API key, and one on an id the queue does not hold', async () => {
    const [first] = await queue();
    const anonymous = await graph.client.query(DECIDE, { id: first!.id, decision: 'CONFIRMED' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await graph.client.query(
      DECIDE,
      { id: 'review:fact:nothing', decision: 'CONFIRMED' },
      { analyst: true },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toBe('No review item in the queue has the id "review:fact:nothing".');
    expect((await queue()).find((item) => item.id === first!.id)?.decision).toBeNull();
  });
});
