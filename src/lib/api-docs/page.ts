/** Everything both API docs pages (id, en) compute, so each page holds only its own prose. */
import type { ProblemType } from '../../../functions/lib/problem.ts';
import { endpoints, LIMITS, paginationExample, problemExample, READ_METHODS, rateLimit } from './reference.ts';

type Lang = 'id' | 'en';

/** HTTP status and an explanation of each problem type, in both languages. */
const PROBLEMS: Record<ProblemType, [number, Record<Lang, string>]> = {
  'invalid-parameter': [
    400,
    {
      id: 'Parameter kueri atau jalur tidak sah, tidak dikenal, diulang, terlalu panjang, atau terlalu banyak. invalidParams menyebut setiap parameter, alasannya, dan (bila ada) nilai atau nama yang diterima.',
      en: 'A query or path parameter is invalid, unknown, repeated, too long, or there are too many. invalidParams names each parameter, the reason and (when there are) the accepted values or names.',
    },
  ],
  'not-found': [
    404,
    {
      id: 'Tidak ada sumber daya di alamat itu, atau kode wilayah yang diminta tidak ada dalam atlas.',
      en: 'There is no resource at that address, or the requested area code has no content in the atlas.',
    },
  ],
  'method-not-allowed': [
    405,
    {
      id: `API hanya-baca: metode selain ${READ_METHODS.join(', ')} dijawab 405 dengan header Allow.`,
      en: `The API is read-only: methods other than ${READ_METHODS.join(', ')} get a 405 with an Allow header.`,
    },
  ],
  'not-synced': [
    503,
    {
      id: 'Basis data belum pernah disinkronkan (jalankan npm run sync).',
      en: 'The database has not been synced yet (run npm run sync).',
    },
  ],
  'database-unavailable': [
    503,
    {
      id: 'Basis data sedang tidak dapat dibaca atau tidak menjawab; coba lagi sesuai header Retry-After.',
      en: 'The database cannot be read or does not answer right now; retry as the Retry-After header says.',
    },
  ],
  'rate-limited': [
    429,
    {
      id: 'Terlalu banyak permintaan dari satu alamat; tunggu sesuai header Retry-After.',
      en: 'Too many requests from one address; wait as the Retry-After header says.',
    },
  ],
  'uri-too-long': [
    414,
    {
      id: `URL lebih panjang dari ${LIMITS.urlLength} karakter.`,
      en: `The URL is longer than ${LIMITS.urlLength} characters.`,
    },
  ],
  'not-implemented': [
    501,
    {
      id: 'Kemampuan yang diminta belum ada, mis. format=xml pada /oembed (hanya format=json).',
      en: 'The requested capability does not exist, e.g. format=xml on /oembed (only format=json).',
    },
  ],
  'internal-error': [
    500,
    { id: 'Kesalahan tak terduga di server; sudah dicatat.', en: 'Unexpected server error; it has been logged.' },
  ],
};

export async function docsPage(lang: Lang) {
  const list = await endpoints();
  const explain = Object.fromEntries(
    Object.entries(PROBLEMS).map(([type, [status, text]]) => [type, [status, text[lang]] as [number, string]]),
  ) as Record<string, [number, string]>;
  return { list, limit: rateLimit(), pageExample: paginationExample(list), problem: problemExample(list), explain };
}
