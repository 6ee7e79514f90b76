import { describe, expect, it } from 'vitest';
import { createDatePatterns, resolveDate, yearsInText } from '../../../src/ingest/extract/dates.js';
import { loadLexicon } from '../../../src/ingest/lexicon/index.js';

const patterns = createDatePatterns(loadLexicon().calendar);
const first = (text: string) => {
  const m = patterns.find(text)[0];
  if (!m) throw new Error(`no date in ${text}`);
  return m;
};

describe('dates', () => {
  it('resolves "Rabu(19/9)" in an article of 2018 to 2018-09-19, the year checked against the weekday', () => {
    const r = resolveDate(first('dibuka pada Rabu(19/9) sejak pagi'), {
      publishedAt: null,
      textYears: [2015, 2017, 2018],
    });
    expect(r).toEqual({ date: '2018-09-19', precision: 'day', weekdayConsistent: true });
  });

  it('resolves "Selasa (14/07)" with the publication year 2020 to 2020-07-14', () => {
    expect(resolveDate(first('pada Selasa (14/07).'), { publishedAt: '2020-09-03', textYears: [] })?.date).toBe(
      '2020-07-14',
    );
  });

  it('reads a full "Kamis (14/9/2023)" and finds its weekday consistent', () => {
    expect(resolveDate(first('Kamis (14/9/2023)'), { publishedAt: null, textYears: [] })).toEqual({
      date: '2023-09-14',
      precision: 'day',
      weekdayConsistent: true,
    });
  });

  it('keeps the publication year when the weekday does not fit, and says so', () => {
    expect(resolveDate(first('Selasa (14/9)'), { publishedAt: '2023-09-14', textYears: [] })).toMatchObject({
      date: '2023-09-14',
      weekdayConsistent: false,
    });
  });

  it('puts a day after the publication date in the year before', () => {
    expect(resolveDate(first('Kamis (28/12)'), { publishedAt: '2024-01-03', textYears: [] })?.date).toBe('2023-12-28');
  });

  it('reads a range "2–6 Oktober 2018" as 2018-10-02 to 2018-10-06', () => {
    expect(resolveDate(first('ke Jerman pada 2 – 6 Oktober 2018.'), { publishedAt: null, textYears: [] })).toEqual({
      date: '2018-10-02',
      precision: 'day',
      endDate: '2018-10-06',
    });
  });

  it('reads "20 Mei 2024" and English "20 May 2024" alike', () => {
    const ctx = { publishedAt: null, textYears: [] };
    expect(resolveDate(first('pada 20 Mei 2024'), ctx)?.date).toBe('2024-05-20');
    expect(resolveDate(first('on 20 May 2024'), ctx)?.date).toBe('2024-05-20');
    expect(resolveDate(first('on September 3, 2020'), ctx)?.date).toBe('2020-09-03');
  });

  it('records month precision for "April 2021"', () => {
    expect(resolveDate(first('pada April 2021.'), { publishedAt: null, textYears: [] })).toEqual({
      date: '2021-04-01',
      precision: 'month',
    });
  });

  it('lists the years of a text, most frequent first', () => {
    expect(yearsInText('Asian Games 2018 … (2015-2017) … 2018')).toEqual([2018, 2017, 2015]);
  });
});
