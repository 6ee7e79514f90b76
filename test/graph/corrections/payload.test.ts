/** The payloads of corrections, validated when read back (pure): one schema per action, nothing cast. */
import { describe, expect, it } from 'vitest';
import {
  ChangePayload,
  PayloadError,
  parseChangePayload,
  storedPayload,
} from '../../../src/graph/corrections/payload.js';
import { ChangeAction } from '../../../src/graph/repositories/changes.js';

const MERGE = {
  keepId: 'person:a',
  mergeId: 'person:b',
  aliasesBefore: ['A.'],
  searchTextBefore: 'A | A.',
  moved: [{ type: 'HOLDS_POSITION', factId: 'fact:1', direction: 'OUT' }],
  absorbed: [],
  eventRefs: [],
};

function change(action: string, payload: unknown) {
  return { id: 'change:1', action, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) };
}

describe('the payload of a change', () => {
  it('has a schema for every action', () => {
    expect(ChangePayload.options.map((option) => option.shape.action.value).sort()).toEqual(
      Object.values(ChangeAction).sort(),
    );
  });

  it('is stored without its action and read back with the action of its change', () => {
    const payload = parseChangePayload(change(ChangeAction.MERGE, MERGE));
    expect(payload).toEqual({ action: 'MERGE', ...MERGE });
    expect(storedPayload(payload)).toEqual(MERGE);
    expect(parseChangePayload(change(ChangeAction.UNDO, { undoes: 'change:0' }))).toEqual({
      action: 'UNDO',
      undoes: 'change:0',
    });
  });

  it('refuses a payload that does not match its action, naming the change and what is wrong', () => {
    const read = () => parseChangePayload(change(ChangeAction.SPLIT, MERGE));
    expect(read).toThrow(PayloadError);
    expect(read).toThrow(/the SPLIT change "change:1".*createdId/s);
  });

  it('refuses a fact of a type the model does not have, and a payload that is not JSON', () => {
    const bad = { ...MERGE, moved: [{ type: 'KNOWS', factId: 'fact:1', direction: 'OUT' }] };
    expect(() => parseChangePayload(change(ChangeAction.MERGE, bad))).toThrow(PayloadError);
    expect(() => parseChangePayload(change(ChangeAction.MERGE, '{"keepId":'))).toThrow(/does not parse/);
  });
});
