/**
 * A news file's date and a report's year are written twice, in a field and in the file name, and must agree. The
 * likelier slip is in the field (a report copied from last year, a date typed by hand), and renaming a news file
 * breaks every reference to it: the message offers the field first, then the new file name, unless that file exists.
 */
import { basename, dirname } from 'node:path';
import { type Complain, placeOf } from './complain.ts';
import type { Entry, RegencyFolder } from './types.ts';

const nameOf = (entry: Entry<unknown>) => basename(entry.file, '.md');

/** The second option: the file renamed, or the entry that already has that name. */
function renameTo(entries: Entry<unknown>[], entry: Entry<unknown>, name: string, path: PropertyKey[], then = '') {
  const folder = basename(dirname(entry.file));
  const existing = entries.find((e) => nameOf(e) === name);
  return existing
    ? `${folder}/${name}.md sudah ada (${placeOf(existing, path)}): bila isinya sama, hapus berkas ini`
    : `ganti nama berkas menjadi ${folder}/${name}.md${then}`;
}

export function checkFileNames(folder: RegencyFolder, complain: Complain) {
  for (const news of folder.news) {
    const { date } = news.data;
    const name = nameOf(news);
    if (name.startsWith(`${date}-`)) continue;
    const written = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(name);
    const rename = renameTo(
      folder.news,
      news,
      `${date}-${written?.[2] ?? name}`,
      ['date'],
      ' (lalu ubah setiap rujukan sumber ke berita ini)',
    );
    const expected = written ? `date: ${written[1]} bila itu tanggal yang benar; atau ${rename}` : rename;
    complain(news, ['date'], `tanggal ${date} tidak sama dengan awal nama berkas (${name}.md)`, expected);
  }
  for (const report of folder.reports) {
    const { year } = report.data;
    const name = nameOf(report);
    if (name === String(year)) continue;
    const rename = renameTo(folder.reports, report, String(year), ['year']);
    const expected = /^\d{4}$/.test(name) ? `year: ${name} bila laporan ini untuk ${name}; atau ${rename}` : rename;
    complain(report, ['year'], `tahun ${year} tidak sama dengan nama berkas (${name}.md)`, expected);
  }
}
