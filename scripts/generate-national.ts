/**
 * `npm run generate:national -- --out DIR`: writes the SYNTHETIC national dataset (src/synthetic/national.ts) as a
 * content folder: every official regency with 5 years of reports, every official village with a status. For scale
 * experiments only (`npm run check:content -- DIR`, builds); never commit its output or sync it into a real database.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadContent } from '../src/content-model/load.ts';
import { loadReference } from '../src/content-model/reference.ts';
import { nationalContent } from '../src/synthetic/national.ts';

const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
if (!out) {
  console.error('usage: npm run generate:national -- --out DIR');
  process.exit(2);
}

const markdown = (data: object, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n${body}\n`;
const started = performance.now();
const ref = await loadReference();
const real = await loadContent('content');
const content = nationalContent(ref, real.indicators);

await mkdir(join(out, 'regencies'), { recursive: true });
await cp('content/indicators', join(out, 'indicators'), { recursive: true });
const slugOf = new Map(content.regencies.map((r) => [r.code, r.slug]));
let files = 0;
const write = async (path: string, text: string) => {
  await mkdir(join(out, path, '..'), { recursive: true });
  await writeFile(join(out, path), text);
  files++;
};
for (const r of content.regencies) {
  await write(`regencies/${r.slug}/index.md`, markdown({ code: r.code, name: r.name }, r.body));
}
for (const n of content.news) {
  const [slug, name] = n.id.split('/');
  await write(
    `regencies/${slug}/news/${name}.md`,
    markdown({ title: n.title, date: n.date, source: n.source }, n.body),
  );
}
for (const p of content.reports) {
  const { year, title, sources, figures } = p;
  await write(
    `regencies/${slugOf.get(p.regencyCode)}/reports/${year}.md`,
    markdown({ year, title, sources, figures }, p.body),
  );
}
for (const v of content.villages) {
  const year = v.year ?? { before: v.yearBefore };
  const data = { code: v.code, name: v.name, status: v.status, year, sources: v.sources };
  await write(
    `regencies/${slugOf.get(v.regencyCode)}/villages/${v.code.replaceAll('.', '-')}.md`,
    markdown(data, v.body),
  );
}
console.log(
  `synthetic national content: ${files} files in ${out} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
