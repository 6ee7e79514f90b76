import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, formatViewState, parseViewState, type ViewState } from '../../web/src/state/view-state.js';

describe('the explorer view kept in the URL', () => {
  it('writes nothing for the empty view', () => {
    expect(formatViewState(EMPTY_STATE)).toBe('');
  });

  it('reads back every part of a view it wrote', () => {
    const view: ViewState = {
      focus: 'person:suhardi-alius',
      expanded: ['person:suhardi-alius', 'event:abc:1'],
      selected: { kind: 'edge', id: 'fact:476a4266a320f6a051ec' },
      hidden: ['HOLDS_POSITION', 'LOCATED_IN'],
      from: '2018-01-01',
      to: '2018-12-31',
      pathFrom: 'person:masafumi-ishii',
      pathTo: 'person:boy-rafli-amar',
      side: 'timeline',
      right: 'path',
    };
    expect(parseViewState(formatViewState(view))).toEqual(view);
  });

  it('ignores unknown relationship types and malformed dates instead of failing', () => {
    const view = parseViewState('?focus=org:bnpt&hide=HOLDS_POSITION,NOT_A_TYPE&from=19-09-2018&sel=bogus');
    expect(view).toEqual({ ...EMPTY_STATE, focus: 'org:bnpt', hidden: ['HOLDS_POSITION'] });
  });
});
