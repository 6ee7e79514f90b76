import { describe, expect, it } from 'vitest';
import { escapeLucene, foldText, toLuceneQuery } from '../../src/graph/repositories/lucene.js';

describe('toLuceneQuery', () => {
  it('requires every word, whole, by prefix, or with one typo when it has five letters or more', () => {
    expect(toLuceneQuery('Boy Rafli')).toBe('(boy OR boy*) AND (rafli OR rafli* OR rafli~1)');
  });

  it('drops Lucene syntax typed by the user', () => {
    expect(toLuceneQuery('Kris) OR title:"x*"')).toBe(
      '(kris OR kris*) AND (or OR or*) AND (title OR title* OR title~1) AND (x OR x*)',
    );
  });

  it('answers null when the text holds no word', () => {
    expect(toLuceneQuery(' -- ** ')).toBeNull();
  });
});

describe('foldText', () => {
  it('lowers case and removes diacritics', () => {
    expect(foldText('Chrisnayudhantó ÉLYSÉE')).toBe('chrisnayudhanto elysee');
  });
});

describe('escapeLucene', () => {
  it('escapes every character of the query syntax', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~*?:\\/')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~\\*\\?\\:\\\\\\/',
    );
  });
});
