/** The reading desk's part of the address: read back as written, malformed parts ignored, the explorer's kept. */
import { describe, expect, it } from 'vitest';
import { keepingDeskState, parseDeskState, withDeskState } from '../../web/src/state/desk-state.js';

describe('the desk state in the address', () => {
  it('writes an article at a quote beside the explorer parameters, and reads it back', () => {
    const search = withDeskState('?focus=person%3Asuhardi-alius&tab=timeline', {
      view: 'article',
      article: 'article:abc',
      span: { start: 120, end: 184 },
    });
    expect(search).toBe('?focus=person%3Asuhardi-alius&tab=timeline&desk=article&article=article%3Aabc&at=120-184');
    expect(parseDeskState(search)).toEqual({ view: 'article', article: 'article:abc', span: { start: 120, end: 184 } });
  });

  it('drops its own parameters for a closed desk, and only those', () => {
    expect(withDeskState('?focus=org%3Abnpt&desk=queue', null)).toBe('?focus=org%3Abnpt');
    expect(withDeskState('?desk=articles', null)).toBe('');
    expect(parseDeskState('?focus=org%3Abnpt')).toBeNull();
  });

  it('reads a malformed desk as closed and a malformed quote as none', () => {
    expect(parseDeskState('?desk=article')).toBeNull();
    expect(parseDeskState('?desk=elsewhere&article=article%3Aabc')).toBeNull();
    expect(parseDeskState('?desk=article&article=article%3Aabc&at=9-3')).toEqual({
      view: 'article',
      article: 'article:abc',
      span: null,
    });
    expect(parseDeskState('?desk=article&article=article%3Aabc&at=x-3')).toMatchObject({ span: null });
    expect(parseDeskState('?desk=queue&article=article%3Aabc')).toEqual({ view: 'queue' });
  });

  it("keeps the desk's parameters when the explorer rewrites its own", () => {
    expect(keepingDeskState('?focus=org%3Abnpt', '?focus=person%3Aa&desk=article&article=article%3Aabc')).toBe(
      '?focus=org%3Abnpt&desk=article&article=article%3Aabc',
    );
    expect(keepingDeskState('', '?focus=person%3Aa')).toBe('');
  });
});
