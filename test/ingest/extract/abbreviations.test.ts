/** Schwartz–Hearst: an acronym abbreviates the long form before its parentheses. */
import { describe, expect, it } from 'vitest';
import { abbreviates } from '../../../src/ingest/extract/organisations.js';

describe('abbreviates', () => {
  it('accepts the initials of a long form, in order', () => {
    expect(abbreviates('BIF', ['Badan', 'Intelijen', 'Federal'])).toBe(true);
    expect(abbreviates('GCTF', ['Global', 'Counter-Terrorism', 'Forum'])).toBe(true);
  });

  it('accepts letters from inside the words, as long as the first starts a word', () => {
    expect(abbreviates('BfV', ['Bundesamt', 'für', 'Verfassungsschutz'])).toBe(true);
    expect(abbreviates('NCTC', ['National', 'Counterterrorism', 'Center'])).toBe(true);
  });

  it('refuses an acronym whose letters are not all in the long form, or whose first letter starts no word', () => {
    expect(abbreviates('BNPT', ['Badan', 'Intelijen'])).toBe(false);
    expect(abbreviates('TNI', ['Kepolisian', 'Negara'])).toBe(false);
    expect(abbreviates('IF', ['Badan', 'Intelijen'])).toBe(false);
  });

  it('refuses a single letter and a long form no longer than the acronym', () => {
    expect(abbreviates('B', ['Badan'])).toBe(false);
    expect(abbreviates('AB', ['AB'])).toBe(false);
  });
});
