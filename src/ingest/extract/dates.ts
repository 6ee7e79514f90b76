/** Finds date expressions ("Rabu(19/9)", "Kamis (14/9/2023)", "2–6 Oktober 2018", "April 2021") and resolves years. */
import type { Lexicon } from '../lexicon/index.js';
import type { DatePrecision } from './types.js';

/** A date expression as written, with what it says; `year` is missing when the text omits it. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly endDay?: number;
  readonly endMonth?: number;
  readonly endYear?: number;
  /** 0 = Sunday … 6 = Saturday, when a weekday is named. */
  readonly weekday?: number;
  readonly precision: DatePrecision;
}

/** A resolved date: ISO 8601 date of the first day known, and how much of it the text gave. */
export interface ResolvedDate {
  readonly date: string;
  readonly precision: DatePrecision;
  readonly endDate?: string;
  /** False when the named weekday does not fall on the date (the text is then trusted over the weekday). */
  readonly weekdayConsistent?: boolean;
}

export interface DateContext {
  /** Publication date (ISO) of the article, if known. */
  readonly publishedAt: string | null;
  /** Four-digit years written anywhere in the article, most frequent first. */
  readonly textYears: readonly number[];
}

function alternation(names: readonly (readonly string[])[]): string {
  return names
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`)))
    .join('|');
}

/** Compiled patterns for one calendar. */
export interface DatePatterns {
  readonly find: (text: string, from?: number, to?: number) => DateMention[];
}

export function createDatePatterns(calendar: Lexicon['calendar']): DatePatterns {
  const wd = alternation(calendar.weekdays);
  // Month abbreviations are only taken before a year ("Okt 2018"); full names anywhere.
  const mo = alternation(calendar.months);
  const weekdayIndex = (name: string): number =>
    calendar.weekdays.findIndex((names) => names.some((n) => n.toLowerCase() === name.toLowerCase().replace('’', "'")));
  const monthIndex = (name: string): number =>
    calendar.months.findIndex((names) => names.some((n) => n.toLowerCase() === name.toLowerCase())) + 1;
  const dash = '\\s*(?:[-–—]|s\\.d\\.?|sampai|hingga|to)\\s*';
  // A pattern may name a weekday written before it ("Kamis waktu setempat (16/3)"), looked for behind the match:
  // an optional weekday at the front of a pattern would be tried at every character of the text.
  const patterns: {
    re: RegExp;
    back?: RegExp;
    read: (
      m: RegExpExecArray,
      weekdayBefore: string | undefined,
    ) => Omit<DateMention, 'start' | 'end' | 'text'> | undefined;
  }[] = [
    {
      // "Rabu(19/9)", "Selasa (14/07)", "Kamis (14/9/2023)", "Kamis waktu setempat (16/3)", "(Jumat, 17/3)", "Rabu(23/8/2017)"
      re: new RegExp(
        `\\(\\s*(?:(${wd})\\s*,?\\s*)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{2,4}))?\\s*\\)`,
        'giu',
      ),
      back: new RegExp(`\\b(${wd})\\b[\\s,]*(?:[\\p{L}]+\\s+){0,3}?$`, 'iu'),
      read: (m, before) => {
        const day = Number(m[2]);
        const month = Number(m[3]);
        const y = m[4] ? Number(m[4].length === 2 ? `20${m[4]}` : m[4]) : undefined;
        const w = before ?? m[1];
        return { day, month, ...(y ? { year: y } : {}), ...(w ? { weekday: weekdayIndex(w) } : {}), precision: 'day' };
      },
    },
    {
      // "2 – 6 Oktober 2018", "12-13 April 2016", "16 Mei hingga 19 Mei 2019", "20-22 Mei 2024"
      re: new RegExp(`\\b(\\d{1,2})(?:\\s+(${mo}))?${dash}(\\d{1,2})\\s+(${mo})\\b(?:\\s+(\\d{4}))?`, 'giu'),
      read: (m) => {
        const endMonth = monthIndex(m[4] ?? '');
        const month = m[2] ? monthIndex(m[2]) : endMonth;
        const y = m[5] ? Number(m[5]) : undefined;
        return {
          day: Number(m[1]),
          month,
          endDay: Number(m[3]),
          endMonth,
          ...(y ? { year: y, endYear: y } : {}),
          precision: 'day',
        };
      },
    },
    {
      // "Kamis 7 Juli 2022", "pada 22 Desember 2022", "20 Mei 2024", "17 Mei 2019"
      re: new RegExp(`\\b(\\d{1,2})\\s+(${mo})\\b(?:\\s+(\\d{4}))?`, 'giu'),
      back: new RegExp(`\\b(${wd})\\b,?\\s*$`, 'iu'),
      read: (m, before) => {
        const y = m[3] ? Number(m[3]) : undefined;
        return {
          day: Number(m[1]),
          month: monthIndex(m[2] ?? ''),
          ...(y ? { year: y } : {}),
          ...(before ? { weekday: weekdayIndex(before) } : {}),
          precision: 'day',
        };
      },
    },
    {
      // "September 3, 2020"
      re: new RegExp(`\\b(${mo})\\s+(\\d{1,2}),\\s*(\\d{4})\\b`, 'giu'),
      read: (m) => ({ day: Number(m[2]), month: monthIndex(m[1] ?? ''), year: Number(m[3]), precision: 'day' }),
    },
    {
      // "April 2021", "Desember 2023", "pada Juli lalu" is left out: it has no year.
      re: new RegExp(`\\b(${mo})\\s+(\\d{4})\\b`, 'giu'),
      read: (m) => ({ month: monthIndex(m[1] ?? ''), year: Number(m[2]), precision: 'month' }),
    },
    {
      // "tahun 2015", "pada 2019"
      re: /\b(?:tahun|pada|sejak|since|in)\s+((?:19|20)\d{2})\b/giu,
      read: (m) => ({ year: Number(m[1]), precision: 'year' }),
    },
    {
      // "pada Maret", "Juli lalu", "bulan Desember": a month of the last twelve, the year from the publication.
      re: new RegExp(
        `\\b(?:(?:pada|bulan|sejak|in)\\s+(?:bulan\\s+)?(${mo})\\b(?!\\s+\\d)(?:\\s+(?:lalu|silam|kemarin))?|(${mo})\\s+(?:lalu|silam|kemarin)\\b)`,
        'gu',
      ),
      read: (m) => ({ month: monthIndex(m[1] ?? m[2] ?? ''), precision: 'month' }),
    },
    {
      // "di Jakarta, Kamis.", ", Senin (siang)": a weekday alone, the last one on or before the publication.
      re: new RegExp(`(?<=,\\s*)\\b(${wd})\\b(?=\\s*[.,;)]|\\s+(?:lalu|kemarin|pagi|siang|sore|malam)\\b)`, 'gu'),
      read: (m) => ({ weekday: weekdayIndex(m[1] ?? ''), precision: 'day' }),
    },
  ];
  return {
    find(text, from = 0, to = text.length) {
      const slice = text.slice(from, to);
      const found: DateMention[] = [];
      const taken: [number, number][] = [];
      for (const p of patterns) {
        p.re.lastIndex = 0;
        for (const m of slice.matchAll(p.re)) {
          const window = p.back ? slice.slice(Math.max(0, m.index - 60), m.index) : '';
          const before = p.back?.exec(window) ?? null;
          const start = from + m.index - (before ? window.length - before.index : 0);
          const end = from + m.index + m[0].length;
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          const read = p.read(m as RegExpExecArray, before?.[1]);
          if (!read || (read.month !== undefined && (read.month < 1 || read.month > 12))) continue;
          if (read.day !== undefined && (read.day < 1 || read.day > 31)) continue;
          taken.push([start, end]);
          found.push({ start, end, text: slice.slice(start - from, end - from), ...read });
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * Gives a date mention its year and checks it. A missing year is taken, in order of preference, from the
 * publication year (or the year before, when the day would fall after publication), then from the years written in
 * the text; when a weekday is named, the first candidate year on which the date falls on that weekday wins.
 */
export function resolveDate(mention: DateMention, ctx: DateContext): ResolvedDate | undefined {
  if (mention.precision === 'year')
    return mention.year ? { date: `${mention.year}-01-01`, precision: 'year' } : undefined;
  if (mention.month === undefined && mention.weekday !== undefined) return lastWeekday(mention.weekday, ctx);
  const month = mention.month;
  if (!month) return undefined;
  if (mention.precision === 'month') {
    const year = mention.year ?? yearOfPastMonth(month, ctx);
    return year ? { date: `${year}-${String(month).padStart(2, '0')}-01`, precision: 'month' } : undefined;
  }
  const day = mention.day ?? 1;
  let year = mention.year;
  let consistent: boolean | undefined;
  if (year === undefined) {
    const candidates: number[] = [];
    if (ctx.publishedAt) {
      const pub = Number(ctx.publishedAt.slice(0, 4));
      const sameYear = iso(pub, month, day);
      // A release reports past events: a day after publication belongs to the year before.
      if (sameYear && sameYear > ctx.publishedAt) candidates.push(pub - 1, pub);
      else candidates.push(pub, pub - 1);
    }
    for (const y of ctx.textYears) if (!candidates.includes(y)) candidates.push(y);
    if (candidates.length === 0) return undefined;
    if (mention.weekday !== undefined && mention.weekday >= 0) {
      const fits = candidates.find((y) => weekdayOf(y, month, day) === mention.weekday);
      year = fits ?? candidates[0];
      consistent = fits !== undefined;
    } else {
      year = candidates[0];
    }
  } else if (mention.weekday !== undefined && mention.weekday >= 0) {
    consistent = weekdayOf(year, month, day) === mention.weekday;
  }
  if (year === undefined) return undefined;
  const date = iso(year, month, day);
  if (!date) return undefined;
  const endDate =
    mention.endDay !== undefined ? iso(mention.endYear ?? year, mention.endMonth ?? month, mention.endDay) : undefined;
  return {
    date,
    precision: 'day',
    ...(endDate && endDate > date ? { endDate } : {}),
    ...(consistent !== undefined ? { weekdayConsistent: consistent } : {}),
  };
}

/** The year of a month named without one: the publication's year, or the year before when the month is later. */
function yearOfPastMonth(month: number, ctx: DateContext): number | undefined {
  if (!ctx.publishedAt) return undefined;
  const year = Number(ctx.publishedAt.slice(0, 4));
  return month > Number(ctx.publishedAt.slice(5, 7)) ? year - 1 : year;
}

/** A weekday named alone ("di Jakarta, Kamis."): the last such day on or before the publication. */
function lastWeekday(weekday: number, ctx: DateContext): ResolvedDate | undefined {
  if (!ctx.publishedAt || weekday < 0) return undefined;
  const pub = new Date(`${ctx.publishedAt}T00:00:00Z`);
  const back = (pub.getUTCDay() - weekday + 7) % 7;
  return { date: new Date(pub.getTime() - back * 86_400_000).toISOString().slice(0, 10), precision: 'day' };
}

/** Four-digit years (1990–2039) in the text, most frequent first, ties by latest. */
export function yearsInText(text: string): number[] {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d/])((?:19|20)\d{2})(?![\d/])/g)) {
    const y = Number(m[1]);
    if (y >= 1990 && y < 2040) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}
