/**
 * The plans of the writers the ingest, the import and the load use, as Neo4j makes them on an empty graph (where
 * the statistics count nothing, so a scan looks free): every statement seeks an index and scans no label and no
 * relationship type. A MERGE of a dynamic fact type (`$(row.type)`) was planned as a scan of every relationship once
 * per row, and a bulk load of 10k nodes took a minute; each type's MERGE now seeks that type's unique id index.
 */
import { describe, expect, it } from 'vitest';
import type { Tx } from '../../src/graph/database.js';
import { FACT_TYPES, FactType } from '../../src/graph/model.js';
import {
  mergeArticles,
  mergeEntities,
  mergeEvidence,
  mergeFacts,
  recomputeTenures,
  replaceMentions,
} from '../../src/graph/writers/index.js';
import { useEmptyDatabase } from '../helpers/database.js';

const graph = useEmptyDatabase({ name: 'write-plans' });

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode): { operator: string; details: string }[] {
  return [
    { operator: plan.operatorType.replace(/@.*$/, ''), details: String(plan.arguments.Details ?? '') },
    ...plan.children.flatMap(operators),
  ];
}

/** The plan of each statement a writer sends, explained on the test database instead of run. */
async function explained(write: (runner: Tx) => Promise<unknown>): Promise<PlanNode[]> {
  const session = graph.db.driver.session({ database: graph.db.database });
  const plans: PlanNode[] = [];
  try {
    await write({
      run: async (cypher, params) => {
        const result = await session.run(`EXPLAIN ${cypher}`, params);
        plans.push(result.summary.plan as unknown as PlanNode);
        return [];
      },
    });
  } finally {
    await session.close();
  }
  return plans;
}

/** Operators that read every node of a label or every relationship of a type: never in a writer's plan. */
const SCANS = /AllNodesScan|NodeByLabelScan|RelationshipsScan|RelationshipTypeScan/;

function scansOf(plans: readonly PlanNode[]): string[] {
  return plans.flatMap((plan) =>
    operators(plan)
      .filter((op) => SCANS.test(op.operator))
      .map((op) => op.operator),
  );
}

const ARTICLE = {
  id: 'article:a',
  url: 'https://example.test/a',
  title: 'A',
  source: 'example.test',
  publishedAt: '2020-01-02',
  contentHash: 'hash',
  path: null,
  extractorVersion: 'test/1',
  body: 'Kepala BNPT menerima kunjungan.',
};

describe('the plans of the writers, on an empty graph', () => {
  it('seek an index in every statement, and scan no label and no relationship type', async () => {
    const plans = [
      ...(await explained((runner) =>
        mergeEntities(runner, [
          { id: 'person:a', label: 'Person', name: 'A', aliases: [], props: {}, dates: {}, notes: [] },
        ]),
      )),
      ...(await explained((runner) => mergeArticles(runner, [ARTICLE]))),
      ...(await explained((runner) =>
        mergeEvidence(runner, [
          {
            id: 'evidence:a',
            factId: 'fact:a',
            factType: FactType.HOLDS_POSITION,
            articleId: ARTICLE.id,
            quote: 'Kepala BNPT',
            sentence: 'Kepala BNPT menerima kunjungan.',
            start: 0,
            end: 11,
            confidence: 0.9,
            rule: 'test',
            extractorVersion: 'test/1',
            date: '2020-01-02',
            datePrecision: 'DAY',
            former: false,
          },
        ]),
      )),
      ...(await explained((runner) =>
        replaceMentions(runner, [
          { articleId: ARTICLE.id, mentions: [{ entityId: 'person:a', start: 0, end: 6, text: 'Kepala' }] },
        ]),
      )),
      ...(await explained((runner) => recomputeTenures(runner, ['fact:a']))),
    ];
    expect(plans.length).toBeGreaterThanOrEqual(5);
    expect(scansOf(plans)).toEqual([]);
  });
});

describe('the plan of mergeFacts', () => {
  it('seeks the unique id index of every fact type, and scans no relationships, on an empty graph', async () => {
    const rows = [
      { id: 'fact:a', type: FactType.HOLDS_POSITION, from: 'person:a', to: 'position:b', props: {} },
      { id: 'fact:b', type: FactType.PARTICIPATED_IN, from: 'person:a', to: 'event:c', props: { role: 'HOST' } },
    ];
    const [plan, ...more] = await explained((runner) => mergeFacts(runner, rows));
    expect(more).toEqual([]);
    const ops = operators(plan as PlanNode);
    const seeks = ops.filter((op) => op.operator.startsWith('DirectedRelationshipUniqueIndexSeek'));
    for (const type of FACT_TYPES) {
      expect(seeks.some((op) => op.details.includes(`[r:${type}(id)]`))).toBe(true);
    }
    expect(ops.filter((op) => /RelationshipsScan|RelationshipTypeScan/.test(op.operator))).toEqual([]);
  });
});
