/**
 * The explorer's copy of the graph model's fact ends, which the reader's add form offers, against the server's
 * table that addFact checks: a fact type whose ends change on the server must change here too.
 */
import { describe, expect, it } from 'vitest';
import { FACT_ENDPOINTS, FACTS_AT_EVENTS as SERVER_FACTS_AT_EVENTS } from '../../src/graph/model.js';
import { FACT_ENDS, FACT_TYPES, FACTS_AT_EVENTS } from '../../web/src/graph/model.js';

describe('the explorer model', () => {
  it('offers the ends the server accepts, for every fact type', () => {
    expect(FACT_ENDS).toEqual(FACT_ENDPOINTS);
    expect([...FACT_TYPES].sort()).toEqual(Object.keys(FACT_ENDPOINTS).sort());
  });

  it('asks for the event of the facts the server states at one', () => {
    expect([...FACTS_AT_EVENTS].sort()).toEqual([...SERVER_FACTS_AT_EVENTS].sort());
  });
});
