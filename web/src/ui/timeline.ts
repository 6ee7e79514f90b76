/** A person's timeline: events and the starts of posts, in date order (GraphQL `Person.timeline`). */
import type { TimelineQuery } from '../generated/graphql.js';
import { formatDate, h } from './dom.js';

type TimelineNode = Extract<NonNullable<TimelineQuery['node']>, { __typename: 'Person' }>;
export type TimelineEntries = TimelineNode['timeline'];

export function renderTimeline(name: string, timeline: TimelineEntries, onEntity: (id: string) => void): HTMLElement {
  if (timeline.edges.length === 0) {
    return h(
      'section',
      { class: 'timeline' },
      h('h2', {}, `Timeline of ${name}`),
      h('p', { class: 'status status-empty' }, 'Nothing dated is known about this person.'),
    );
  }
  return h(
    'section',
    { class: 'timeline', 'aria-label': `Timeline of ${name}` },
    h('h2', {}, `Timeline of ${name}`),
    timeline.totalCount > timeline.edges.length
      ? h('p', { class: 'hint' }, `The first ${timeline.edges.length} of ${timeline.totalCount} entries.`)
      : null,
    h(
      'ol',
      { class: 'timeline-list' },
      timeline.edges.map(({ node }) => {
        const what =
          node.kind === 'EVENT' && node.event
            ? [
                h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => onEntity(node.event!.id) },
                  node.event.name,
                ),
                node.roles.length > 0
                  ? h(
                      'span',
                      { class: 'roles' },
                      ` as ${node.roles.map((role) => role.toLowerCase().replaceAll('_', ' ')).join(', ')}`,
                    )
                  : null,
                node.event.place ? h('span', { class: 'place' }, ` · ${node.event.place}`) : null,
              ]
            : node.tenure
              ? [
                  'Took post ',
                  h(
                    'button',
                    { type: 'button', class: 'link', onclick: () => onEntity(node.tenure!.position.id) },
                    node.tenure.position.name,
                  ),
                  node.tenure.former ? ' (former)' : null,
                  node.tenure.end ? ` until ${formatDate(node.tenure.end)}` : null,
                ]
              : [node.kind];
        return h(
          'li',
          { class: `timeline-entry timeline-${node.kind}` },
          h('time', { datetime: node.date.date }, formatDate(node.date)),
          h('div', { class: 'timeline-what' }, what),
        );
      }),
    ),
  );
}
