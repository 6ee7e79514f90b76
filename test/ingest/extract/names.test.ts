import { describe, expect, it } from 'vitest';
import { displayName, isSameName, nameKey, slugify } from '../../../src/ingest/extract/names.js';

describe('displayName', () => {
  it('capitalises a surname written in capitals: "Masafumi ISHII" → "Masafumi Ishii"', () => {
    expect(displayName('Masafumi ISHII')).toBe('Masafumi Ishii');
  });
  it('keeps particles and initials as written', () => {
    expect(displayName('Abdul Hamid bin Bador')).toBe('Abdul Hamid bin Bador');
    expect(displayName('Kris Erlangga A.W.')).toBe('Kris Erlangga A.W.');
  });
});

describe('nameKey', () => {
  it('gives Krisnayudhanto and Chrisnayudhanto one key (Kr/Chr spelling drift)', () => {
    expect(nameKey('Andhika Krisnayudhanto')).toBe(nameKey('Andhika Chrisnayudhanto'));
  });
  it('ignores case and accents', () => {
    expect(nameKey('Masafumi ISHII')).toBe(nameKey('Masafumi Ishii'));
    expect(nameKey('Zoë Müller')).toBe(nameKey('Zoe Muller'));
  });
});

describe('isSameName', () => {
  it('judges Andhika Krisnayudhanto and Andhika Chrisnayudhanto the same', () => {
    expect(isSameName('Andhika Krisnayudhanto', 'Andhika Chrisnayudhanto')).toBe(true);
  });
  it('judges Oliver and Olivier Chambard the same (given names within edit distance 2)', () => {
    expect(isSameName('Oliver Chambard', 'Olivier Chambard')).toBe(true);
  });
  it('judges a name and its longer form the same: Boy Rafli / Boy Rafli Amar', () => {
    expect(isSameName('Boy Rafli', 'Boy Rafli Amar')).toBe(true);
    expect(isSameName('Kris Erlangga', 'Kris Erlangga A.W.')).toBe(true);
  });
  it('never judges two different people the same because they share a surname or a title', () => {
    expect(isSameName('Julie Chen', 'Chen Wenqing')).toBe(false);
    expect(isSameName('Suhardi Alius', 'Boy Rafli Amar')).toBe(false);
    expect(isSameName('Budi Santoso', 'Teguh Santoso')).toBe(false);
  });
  it('matches a one-word name only when asked to: "Boy" ~ "Boy Rafli Amar", "Olivier" ~ "Oliver Chambard"', () => {
    expect(isSameName('Boy', 'Boy Rafli Amar')).toBe(false);
    expect(isSameName('Boy', 'Boy Rafli Amar', { allowSingleWord: true })).toBe(true);
    expect(isSameName('Olivier', 'Oliver Chambard', { allowSingleWord: true })).toBe(true);
  });
});

describe('slugify', () => {
  it('makes lower-case ASCII slugs', () => {
    expect(slugify('Direktur Kerja Sama Regional & Multilateral')).toBe('direktur-kerja-sama-regional-multilateral');
  });
});
