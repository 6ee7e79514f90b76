/**
 * Generated press releases in the style of seeds/: courtesy visits of ambassadors, delegations abroad and MoU
 * signings, from templates with varied names, posts, partner countries and dates. People recur across articles
 * (a pool of officials per country), so the ingest resolves persons as it does on real releases.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom } from './synthetic-graph.js';

/** Partner states by their Indonesian names, which the extractor's lexicon knows. */
const PARTNERS = [
  'Jepang',
  'Perancis',
  'Belanda',
  'Australia',
  'Vietnam',
  'Malaysia',
  'Singapura',
  'Thailand',
  'Filipina',
  'Amerika Serikat',
  'Inggris',
  'Jerman',
  'Italia',
  'Spanyol',
  'Korea Selatan',
  'India',
  'Turki',
  'Mesir',
  'Selandia Baru',
  'Kanada',
];
const CITIES: Record<string, string> = {
  Jepang: 'Tokyo',
  Perancis: 'Paris',
  Belanda: 'Den Haag',
  Australia: 'Canberra',
  Vietnam: 'Hanoi',
  Malaysia: 'Kuala Lumpur',
  Singapura: 'Singapura',
  Thailand: 'Bangkok',
  Filipina: 'Manila',
};
const GIVEN = [
  'Hendra',
  'Teguh',
  'Andhika',
  'Kris',
  'Budi',
  'Agus',
  'Rudi',
  'Wahyu',
  'Taufik',
  'Yusuf',
  'Dewi',
  'Siti',
  'Rina',
  'Nurul',
  'Ahmad',
  'Bambang',
  'Eddy',
  'Irfan',
  'Joko',
  'Lukman',
];
const FAMILY = [
  'Wirawan',
  'Santoso',
  'Chrisnayudhanto',
  'Erlangga',
  'Pratama',
  'Hidayat',
  'Saputra',
  'Nugroho',
  'Kusuma',
  'Setiawan',
  'Halim',
  'Gunawan',
  'Siregar',
  'Nasution',
  'Harahap',
  'Lubis',
  'Simanjuntak',
  'Wibisono',
  'Prasetyo',
  'Rahardjo',
];
const FOREIGN_GIVEN = [
  'Marieke',
  'Oliver',
  'Pierre',
  'Masafumi',
  'James',
  'Anna',
  'Lars',
  'Tran',
  'Ahmad',
  'Somchai',
  'Maria',
  'Hans',
  'Giulia',
  'Carlos',
  'Min-jun',
  'Ravi',
  'Emre',
  'Omar',
  'Grace',
  'Liam',
];
const FOREIGN_FAMILY = [
  'van Dijk',
  'Chambard',
  'Vincent',
  'Ishii',
  'Smith',
  'Jansen',
  'Andersen',
  'Van Minh',
  'Rahman',
  'Srisuk',
  'Santos',
  'Muller',
  'Rossi',
  'Garcia',
  'Park',
  'Sharma',
  'Yilmaz',
  'Haddad',
  'Brown',
  'Walker',
];
const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const TOPICS = [
  'pertukaran informasi',
  'program deradikalisasi',
  'pelatihan penegakan hukum',
  'peningkatan kapasitas',
  'penanganan ancaman CBRN',
];

export interface GeneratedArticle {
  fileName: string;
  text: string;
}

/**
 * `count` articles, the same for the same seed, numbered (URL, file name, title) from `first` on (default 0), so
 * that two sets with distinct numbers are distinct articles.
 */
export function generateArticles(options: { count: number; seed?: number; first?: number }): GeneratedArticle[] {
  const random = seededRandom(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // A pool of about 60 Indonesian officials and 3 foreign officials per partner: names recur across articles.
  const officials = Array.from(
    { length: 60 },
    (_, i) => `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]}`,
  );
  const foreign = (country: string, k: number): string => {
    const i = PARTNERS.indexOf(country) * 3 + k;
    return `${FOREIGN_GIVEN[i % FOREIGN_GIVEN.length]} ${FOREIGN_FAMILY[(i * 3 + 1) % FOREIGN_FAMILY.length]}`;
  };
  const articles: GeneratedArticle[] = [];
  const first = options.first ?? 0;
  for (let n = first; n < first + options.count; n += 1) {
    const year = 2015 + Math.floor(random() * 10);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 27);
    const date = new Date(Date.UTC(year, month - 1, day));
    const published = new Date(date.getTime() + 86_400_000).toISOString().slice(0, 10);
    const weekday = WEEKDAYS[date.getUTCDay()] as string;
    const country = pick(PARTNERS);
    const head = officials[Math.floor(random() * 6)] as string;
    const deputy = pick(officials);
    const director = pick(officials);
    const guest = foreign(country, Math.floor(random() * 3));
    const aide = foreign(country, 2);
    const topic = pick(TOPICS);
    const kind = n % 3;
    let body: string;
    if (kind === 0) {
      body = `Jakarta – Kepala BNPT Komjen Pol. Dr. ${head}, M.Si. menerima kunjungan kehormatan Duta Besar ${country} untuk Indonesia, H.E. ${guest}, beserta delegasi, ${aide} selaku Sekretaris Pertama Kedutaan Besar ${country}, pada ${weekday} (${day}/${month}). Kepala BNPT didampingi oleh Deputi Bidang Kerja Sama Internasional BNPT, ${deputy}, dan Direktur Kerja Sama Bilateral BNPT, Brigjen Pol. ${director}.

Pertemuan berlangsung di Kantor BNPT Jakarta dan membahas ${topic} serta isu terkini terkait terorisme. Kedua pihak sepakat akan melakukan pembahasan nota kesepahaman antara Indonesia dan ${country} di bidang ${topic}.

"Kami menghargai pengalaman Indonesia," ujar ${guest}.`;
    } else if (kind === 1) {
      const city = CITIES[country] ?? 'ibu kota';
      body = `${city} – Delegasi BNPT yang dipimpin oleh Deputi Bidang Kerja Sama Internasional BNPT, ${deputy}, melakukan kunjungan kerja ke ${country} pada ${weekday} (${day}/${month}/${year}). Dalam kunjungan tersebut, Deputi didampingi oleh Direktur Kerja Sama Regional dan Multilateral BNPT, ${director}.

Delegasi diterima oleh ${guest}, pejabat senior Kementerian Dalam Negeri ${country}. Pertemuan membahas ${topic} dan tindak lanjut kerja sama penanggulangan terorisme antara Indonesia dan ${country}.`;
    } else {
      body = `Jakarta – Badan Nasional Penanggulangan Terorisme (BNPT) dan Kepolisian ${country} menandatangani Memorandum of Understanding (MoU) tentang kerja sama penanggulangan terorisme di Jakarta, ${weekday} (${day}/${month}/${year}).

Penandatanganan dilakukan oleh Kepala BNPT Komjen Pol. Dr. ${head}, M.Si. dan Duta Besar ${country} untuk Indonesia, H.E. ${guest}, serta disaksikan oleh Direktur Kerja Sama Bilateral BNPT, Brigjen Pol. ${director}.

MoU tersebut mencakup ${topic} dan pelatihan. Kepala BNPT didampingi Deputi Bidang Kerja Sama Internasional BNPT, ${deputy}.`;
    }
    const url = `https://bench.invalid/rilis/${n}`;
    articles.push({
      fileName: `${String(n).padStart(6, '0')}.txt`,
      text: `url: ${url}\ndate: ${published}\ntitle: Rilis sintetis ${n}\nsource: bench.invalid\n\n${body}\n`,
    });
  }
  return articles;
}

/** Writes the articles as files into `folder` (created when missing). */
export async function writeArticles(folder: string, articles: readonly GeneratedArticle[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const article of articles) await writeFile(path.join(folder, article.fileName), article.text, 'utf8');
}
