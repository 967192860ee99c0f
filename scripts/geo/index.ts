/**
 * `npm run geo`: the map's data files, generated from GEO_DIR (default ../shared/geo) into public/generated/map/
 * (ignored by git, copied into the build by Astro) and .cache/geo/ (build-time only):
 *
 *   regencies.topo.json   national TopoJSON: regencies (simplified, quantized) and province names
 *   villages.bin.gz       every official village as a point with status and precision (src/map/codec.ts),
 *                         gzip-compressed here: hosts leave application/octet-stream uncompressed
 *   names/<code>.json     village and district names per regency
 *   manifest.json         what was built, from what, with content hashes for cache-busting URLs
 *   .cache/geo/svg.json   path strings for the page's static SVG (coarser)
 *
 * Without GEO_DIR the build still succeeds: Natural Earth's outline of Indonesia and content's surveyed points.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { loadContent } from '../../src/content-model/load.ts';
import { loadReference } from '../../src/content-model/reference.ts';
import { encodePoints } from '../../src/map/codec.ts';
import { INDONESIA_BOX } from '../../src/map/projection.ts';
import { fallbackTopology } from './fallback.ts';
import { namesByRegency } from './names.ts';
import { CACHE_DIR as CACHE, type GeoManifest, OUT_DIR as OUT } from './outputs.ts';
import { villagePoints } from './points.ts';
import { readGeoSource } from './source.ts';
import { svgPaths } from './svg.ts';
import { CLIENT_TOPOLOGY, nationalTopology, regencyFeatures, SVG_TOPOLOGY, type TopologyOptions } from './topology.ts';
import { generatedJson, kb, type Sized, sizeOf, writeAtomic } from './write.ts';

const started = performance.now();
const [geo, reference, content] = await Promise.all([readGeoSource(), loadReference(), loadContent('content')]);
const names = { regencies: reference.regencies, provinces: reference.provinces };

const features = geo ? regencyFeatures(geo.regencies) : [];
const built = (options: TopologyOptions, atlas: string) =>
  geo
    ? nationalTopology(features, names, options)
    : { topology: fallbackTopology(reference.provinces, atlas), dropped: 0, reversed: 0 };
const { topology: fine, dropped, reversed } = built(CLIENT_TOPOLOGY, 'countries-50m.json');
const { topology: coarse } = built(SVG_TOPOLOGY, 'countries-110m.json');
const { points, counts } = villagePoints(reference.villages.keys(), content, geo);
const bin = encodePoints(points, [...INDONESIA_BOX]);
// Served as is and inflated by the browser (src/map/prepare.ts): Cloudflare, like most hosts, compresses no
// application/octet-stream, so an uncompressed villages.bin would travel at full size (500 KB instead of 200).
const binGz = gzipSync(bin, { level: constants.Z_BEST_COMPRESSION });

const hash = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 12);
const topologyJson = generatedJson(fine);
const sizes: Sized[] = [
  sizeOf('regencies.topo.json', topologyJson),
  { name: 'villages.bin', raw: bin.length, gzip: binGz.length },
];
const writes: Promise<void>[] = [
  writeAtomic(join(OUT, 'regencies.topo.json'), topologyJson),
  writeAtomic(join(OUT, 'villages.bin.gz'), binGz),
  rm(join(OUT, 'villages.bin'), { force: true }),
  writeAtomic(join(CACHE, 'svg.json'), generatedJson(svgPaths(coarse))),
];
let namesRaw = 0;
let namesGzip = 0;
const namesHash = createHash('sha256');
for (const [code, regencyNames] of namesByRegency(reference)) {
  const json = generatedJson(regencyNames);
  const size = sizeOf(code, json);
  namesRaw += size.raw;
  namesGzip += size.gzip;
  namesHash.update(json);
  writes.push(writeAtomic(join(OUT, 'names', `${code}.json`), json));
}
const manifest: GeoManifest = {
  source: geo ? 'boundaries' : 'natural-earth',
  files: {
    topology: `regencies.topo.json?v=${hash(topologyJson)}`,
    villages: `villages.bin.gz?v=${hash(binGz)}`,
    names: `names/{code}.json?v=${namesHash.digest('hex').slice(0, 12)}`,
  },
  points: { total: points.length, ...counts },
  regencies: features.length,
  sizes: Object.fromEntries(sizes.map((s) => [s.name, { raw: s.raw, gzip: s.gzip }])),
};
writes.push(writeAtomic(join(OUT, 'manifest.json'), generatedJson(manifest)));
await Promise.all(writes);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  geo
    ? `geo: ${features.length} regencies from ${geo.dir}`
    : 'geo: no GEO_DIR folder, fallback outline of Indonesia (Natural Earth, world-atlas)',
);
console.log(
  `geo: ${points.length} village points (${counts.villageCentroid} boundary centroids, ${counts.districtCentroid} ` +
    `district centroids, ${counts.surveyed} surveyed; ${counts.unlocated} without a location)`,
);
if (geo) {
  const inland = (fine as { inland?: { within: number[]; across: number[] } }).inland;
  console.log(`geo: winding repaired after simplification: ${dropped} specks dropped, ${reversed} rings turned`);
  console.log(
    `geo: ${(inland?.within.length ?? 0) + (inland?.across.length ?? 0)} unshared inland border arcs marked ` +
      `(${inland?.across.length ?? 0} between provinces): the browser closes the source's gaps along them`,
  );
}
for (const s of sizes)
  console.log(`geo: ${s.name.padEnd(20)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
console.log(
  `geo: ${'names/*.json'.padEnd(20)} ${kb(namesRaw).padStart(10)} raw ${kb(namesGzip).padStart(10)} gzip (514 files, one loaded at a time)`,
);
console.log(`geo: written to ${OUT}/ and ${CACHE}/ in ${seconds} s`);
