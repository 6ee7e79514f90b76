/**
 * The evidence panel: for a fact, every quote that states it, inside its sentence with the quote highlighted, and the
 * article it comes from; for an entity, the evidence of each of its facts in the view.
 */
import type { Evidence, GraphEdge, GraphNode } from '../graph/model.js';
import { factLabel } from '../graph/model.js';
import { formatDate, h } from './dom.js';
import { openArticleButton } from './reading-desk.js';

/** The sentence with the quote marked; the quote alone when the sentence does not contain it. */
export function highlightedSentence(evidence: Pick<Evidence, 'quote' | 'sentence'>): HTMLElement {
  const sentence = evidence.sentence ?? '';
  const at = sentence.indexOf(evidence.quote);
  if (sentence === '' || at < 0) {
    return h(
      'blockquote',
      { class: 'quote' },
      h('mark', {}, evidence.quote),
      sentence && sentence !== evidence.quote ? h('span', { class: 'sentence-rest' }, ` — ${sentence}`) : null,
    );
  }
  return h(
    'blockquote',
    { class: 'quote' },
    sentence.slice(0, at),
    h('mark', {}, evidence.quote),
    sentence.slice(at + evidence.quote.length),
  );
}

function evidenceItem(evidence: Evidence): HTMLElement {
  const article = evidence.article;
  const source = article
    ? h(
        'p',
        { class: 'source' },
        h('span', { class: 'source-label' }, 'Source: '),
        article.url
          ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.title ?? article.url)
          : (article.title ?? `article ${article.id} (no title or address recorded)`),
        article.source ? ` · ${article.source}` : null,
        article.publishedAt ? ` · published ${article.publishedAt}` : null,
      )
    : h('p', { class: 'source' }, 'Entered by an analyst.');
  return h(
    'li',
    { class: 'evidence-item' },
    highlightedSentence(evidence),
    source,
    h(
      'p',
      { class: 'evidence-meta' },
      evidence.date ? `About ${formatDate(evidence.date)}` : null,
      evidence.confidence !== null ? ` · confidence ${evidence.confidence.toFixed(2)}` : null,
      ` · ${evidence.extractorVersion}`,
      evidence.start !== null && evidence.end !== null ? ` · characters ${evidence.start}–${evidence.end}` : null,
    ),
    article ? openArticleButton(article.id, evidence) : null,
  );
}

/** The heading line of a fact: "Suhardi Alius — accompanied by → Andhika Krisnayudhanto". */
export function factSentence(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): string {
  const from = nodes.get(edge.source)?.name ?? edge.source;
  const to = nodes.get(edge.target)?.name ?? edge.target;
  return `${from} — ${factLabel(edge.type, edge.role)} → ${to}`;
}

export function renderFactEvidence(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): HTMLElement {
  return h(
    'section',
    { class: 'evidence', 'aria-label': 'Evidence of the fact', 'data-fact': edge.id },
    h('h3', {}, factSentence(edge, nodes)),
    edge.event
      ? h('p', { class: 'fact-event' }, `At ${edge.event.name}${edge.event.date ? ` (${edge.event.date})` : ''}`)
      : null,
    edge.evidence.length === 0
      ? h('p', { class: 'status status-empty' }, 'No evidence was returned for this fact.')
      : h('ol', { class: 'evidence-list' }, edge.evidence.map(evidenceItem)),
    h('p', { class: 'fact-id' }, `Fact ${edge.id}`),
  );
}

export function renderNodeEvidence(
  node: GraphNode,
  edges: readonly GraphEdge[],
  nodes: ReadonlyMap<string, GraphNode>,
): HTMLElement {
  return h(
    'section',
    { class: 'evidence', 'aria-label': `Evidence about ${node.name}` },
    h('h3', {}, `Evidence about ${node.name}`),
    edges.length === 0
      ? h(
          'p',
          { class: 'status status-empty' },
          'No facts about this entity are in the view yet: expand it to load them.',
        )
      : edges.map((edge) =>
          h(
            'div',
            { class: 'evidence-group' },
            h('h4', {}, factSentence(edge, nodes), edge.date ? ` · ${edge.date}` : null),
            h('ol', { class: 'evidence-list' }, edge.evidence.map(evidenceItem)),
          ),
        ),
  );
}
