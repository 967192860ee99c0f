/** Content validation: every mistake names the file, the line and the field, and says what is expected. */
import { describe, expect, it } from 'vitest';
import { formatProblem, readContent } from '../../src/content-model/load.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const SOSOK = 'regencies/sanggau/villages/sosok.md';
const SANGGAU_REPORT = 'regencies/sanggau/reports/2023.md';
const BATANGHARI_REPORT = 'regencies/batanghari/reports/2023.md';

describe('the real content', () => {
  it('is valid', async () => {
    const { problems, content } = await readContent('content');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.villages.length).toBeGreaterThan(0);
  });
});

describe('mistakes editors make', () => {
  it('rejects a village placed in the wrong regency folder, naming both regencies', async () => {
    const copy = await contentCopy();
    await copy.write('regencies/batanghari/villages/sosok.md', await copy.read(SOSOK));
    const { problems } = await copy.check();
    const problem = problems.find((p) => p.file.endsWith('batanghari/villages/sosok.md'));
    expect(problem).toMatchObject({ field: 'code', line: 2 });
    expect(problem?.message).toContain('Kabupaten Sanggau (61.03)');
    expect(problem?.message).toContain('Kabupaten Batanghari (15.04)');
  });

  it('rejects an unquoted regency code and says to quote it', async () => {
    const copy = await contentCopy();
    await copy.edit('regencies/sanggau/index.md', 'code: "61.03"', 'code: 61.03');
    const { problems } = await copy.check();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/regencies/sanggau/index.md',
        line: 2,
        field: 'code',
        message: expect.stringMatching(/tanda kutip/),
      }),
    ]);
  });

  it('rejects a village code that does not exist', async () => {
    const copy = await contentCopy();
    await copy.edit(SOSOK, '61.03.10.2001', '61.03.10.2999');
    const { problems } = await copy.check();
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'code',
        message: expect.stringMatching(/tidak ada/),
        expected: expect.stringMatching(/61\.03\.10\.2001 \(Sosok\)/),
      }),
    ]);
  });

  it('rejects a name that differs from the official name, pointing to sourceName', async () => {
    const copy = await contentCopy();
    await copy.edit(SOSOK, /^name: Sosok$/m, 'name: Sosoq');
    const { problems } = await copy.check();
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'name',
        message: expect.stringMatching(/"Sosoq"/),
        expected: expect.stringMatching(/Sosok.*sourceName/),
      }),
    ]);
  });

  it('rejects Indonesian date formats', async () => {
    const copy = await contentCopy();
    const news = 'regencies/sanggau/news/2023-12-22-capaian-bnnk-sanggau-2023.md';
    await copy.edit(news, /^date: .*$/m, 'date: 22/12/2023');
    const { problems } = await copy.check();
    // Only the date itself: the figures citing this news file are not reported as well.
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'date',
        line: 3,
        expected: expect.stringMatching(/YYYY-MM-DD.*maksud Anda "2023-12-22"/),
      }),
    ]);
  });

  it('rejects a comma decimal and an unknown indicator with the index of the figure', async () => {
    const copy = await contentCopy();
    await copy.edit(SANGGAU_REPORT, 'index: 86.6', 'index: 86,60');
    await copy.edit(BATANGHARI_REPORT, 'indicator: desa-bersinar-formed', 'indicator: desa-bersinar-formd');
    const { problems } = await copy.check();
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
      `content/${BATANGHARI_REPORT} figures[1].indicator`,
      `content/${SANGGAU_REPORT} figures[1].index`,
    ]);
    const indexProblem = problems.find((p) => p.field === 'figures[1].index');
    const text = await copy.read(SANGGAU_REPORT);
    expect(text.split('\n')[(indexProblem?.line ?? 0) - 1]).toContain('86,60');
  });

  it('reports a YAML syntax error with its line, and keeps checking the other files', async () => {
    const copy = await contentCopy();
    await copy.edit(SOSOK, /^status: formed$/m, 'status: [formed');
    await copy.edit('regencies/sanggau/villages/kawat.md', /^status: formed$/m, 'status: done');
    const { problems } = await copy.check();
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.file.endsWith('sosok.md'))).toMatchObject({
      field: 'status',
      line: 4,
      message: expect.stringMatching(/tidak ditutup/),
    });
    expect(problems.find((p) => p.file.endsWith('kawat.md'))).toMatchObject({ field: 'status' });
  });

  it('rejects unknown fields and references to sources that do not exist', async () => {
    const copy = await contentCopy();
    await copy.edit(SOSOK, /^status: formed$/m, 'status: formed\nstatsu: formed');
    await copy.edit(SANGGAU_REPORT, /^ {2}- sanggau\/.*$/m, '  - sanggau/2023-12-23-missing');
    const { problems } = await copy.check();
    expect(problems.map((p) => p.field).sort()).toEqual(['sources[0]', 'statsu']);
  });
});
