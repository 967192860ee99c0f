/**
 * `npm run bench:map`: the map page in headless Chromium with every official village (83,762 points when the geo
 * folder is present), served as static files from the build (ATLAS_BUILD_DIR, default .build/bench). Measured in
 * one run, side by side, since the machine is shared: the map's first draw and its pan/zoom frames (draw time
 * p50/p95 and frames per second), next to the floor (the same points written straight into ImageData with a full
 * redraw per frame) and a naive canvas draw (one fillRect per point). Plus the page's JavaScript (every script
 * the page loaded: its module, the chunks it imports, the worker; d3 included) and the data files, raw and gzip.
 * Prints figures (and writes them as JSON to BENCH_JSON when set); passes or fails nothing.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { launchBrowser } from '../scripts/lib/browser.ts';
import { decodePoints } from '../src/map/codec.ts';
import { fitProjection } from '../src/map/projection.ts';

const ROOT = join(process.env.ATLAS_BUILD_DIR ?? '.build/bench', 'client');
const WIDTH = 1280;
const HEIGHT = 800;
const FRAMES = Number(process.env.BENCH_FRAMES ?? 180);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
};

// 1. The built site as plain static files (the map needs no API to draw).
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  let file = join(ROOT, path);
  if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), mean: values.reduce((a, b) => a + b, 0) / Math.max(1, values.length) };
};
const ms = (v?: number) => (v === undefined ? '–' : `${v.toFixed(1)} ms`).padStart(9);
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`.padStart(9);

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });

  // 2. The map: first draw, then pan and zoom driven by real wheel and drag events, one per animation frame.
  await page.goto(`${origin}/peta/`);
  await page.waitForSelector('[data-map-ready] #map-stage[data-ready]', { timeout: 60_000 });
  const first = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration])),
  );
  const loadedScripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
  const inWorker = await page.evaluate(() => performance.getEntriesByName('map:prepared-in-worker').length > 0);
  const stage = await page.evaluate(() => {
    const s = document.querySelector('#map-stage') as HTMLElement;
    const box = s.getBoundingClientRect();
    return { x: box.left, y: box.top, width: box.width, height: box.height };
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  const gesture = await page.evaluate(
    ({ frames, stage }) =>
      new Promise<{ draws: number[]; intervals: number[] }>((resolve) => {
        performance.clearMeasures('map:frame');
        const target = document.querySelector('#map-stage') as HTMLElement;
        const cx = stage.x + stage.width / 2;
        const cy = stage.y + stage.height / 2;
        const stamps: number[] = [];
        let n = 0;
        const mouse = (type: string, x: number, y: number) =>
          (type === 'mousedown' ? target : window).dispatchEvent(
            new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, view: window, button: 0 }),
          );
        const step = (time: number) => {
          stamps.push(time);
          const phase = Math.floor(n / 30) % 3;
          if (phase < 2) {
            // Zoom in then out around a point in Java, by wheel.
            const deltaY = phase === 0 ? -40 : 40;
            target.dispatchEvent(
              new WheelEvent('wheel', { deltaY, clientX: cx - 80, clientY: cy + 60, bubbles: true, cancelable: true }),
            );
          } else {
            // Drag to pan.
            const t = n % 30;
            if (t === 0) mouse('mousedown', cx, cy);
            mouse('mousemove', cx - t * 6, cy - t * 2);
            if (t === 29) mouse('mouseup', cx - t * 6, cy - t * 2);
          }
          if (++n < frames) requestAnimationFrame(step);
          else
            requestAnimationFrame(() => {
              const draws = performance.getEntriesByName('map:frame').map((m) => m.duration);
              resolve({ draws, intervals: stamps.slice(1).map((s, i) => s - stamps[i]) });
            });
        };
        requestAnimationFrame(step);
      }),
    { frames: FRAMES, stage },
  );

  // 3. Floor and naive draw of the same points at the same size, in the same page.
  const manifest = JSON.parse(await readFile(join(ROOT, 'generated/map/manifest.json'), 'utf8'));
  const served = await readFile(join(ROOT, 'generated/map', manifest.files.villages.replace(/\?.*$/, '')));
  const bin = served[0] === 0x1f && served[1] === 0x8b ? gunzipSync(served) : served;
  const points = decodePoints(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer);
  const projection = fitProjection(Math.round(stage.width), Math.round(stage.height));
  const xy: number[] = [];
  for (let i = 0; i < points.count; i++) {
    const p = projection([points.lng[i], points.lat[i]]) ?? [0, 0];
    xy.push(p[0], p[1]);
  }
  const baselines = await page.evaluate(
    ({ xy, width, height, frames }) => {
      const run = (draw: (ctx: CanvasRenderingContext2D, dx: number, k: number) => void) =>
        new Promise<{ first: number; draws: number[]; intervals: number[] }>((resolve) => {
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          document.body.appendChild(canvas);
          const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
          const t0 = performance.now();
          draw(ctx, 0, 1);
          const first = performance.now() - t0;
          const draws: number[] = [];
          const stamps: number[] = [];
          let n = 0;
          const step = (time: number) => {
            stamps.push(time);
            const start = performance.now();
            draw(ctx, (n % 60) * 4, 1 + (n % 30) / 30);
            draws.push(performance.now() - start);
            if (++n < frames) requestAnimationFrame(step);
            else {
              canvas.remove();
              resolve({ first, draws, intervals: stamps.slice(1).map((s, i) => s - stamps[i]) });
            }
          };
          requestAnimationFrame(step);
        });
      let image: ImageData | null = null;
      const floor = (ctx: CanvasRenderingContext2D, dx: number, k: number) => {
        image ??= ctx.createImageData(width, height);
        const buffer = new Uint32Array(image.data.buffer);
        buffer.fill(0);
        for (let i = 0; i < xy.length; i += 2) {
          const x = Math.round(xy[i] * k - dx);
          const y = Math.round(xy[i + 1] * k);
          if (x >= 0 && y >= 0 && x < width && y < height) buffer[y * width + x] = 0xff808080;
        }
        ctx.putImageData(image, 0, 0);
      };
      const naive = (ctx: CanvasRenderingContext2D, dx: number, k: number) => {
        ctx.clearRect(0, 0, width, height);
        ctx.fillStyle = '#808080';
        for (let i = 0; i < xy.length; i += 2) ctx.fillRect(xy[i] * k - dx, xy[i + 1] * k, 1.5, 1.5);
      };
      return run(floor).then((f) => run(naive).then((n) => ({ floor: f, naive: n })));
    },
    { xy, width: Math.round(stage.width), height: Math.round(stage.height), frames: 60 },
  );

  // 4. Bytes: every script the page loaded (its module, the chunks it imports, the worker), the data files, the page.
  const seen = new Set(loadedScripts);
  let jsRaw = 0;
  let jsGzip = 0;
  for (const url of seen) {
    const code = await readFile(join(ROOT, url));
    jsRaw += code.length;
    jsGzip += gzipSync(code).length;
  }
  const file = async (path: string) => {
    const body = await readFile(join(ROOT, path));
    return { raw: body.length, gzip: gzipSync(body).length };
  };

  const s = (values: number[]) => stats(values);
  const fps = (intervals: number[]) => 1000 / stats(intervals).mean;
  const map = { draws: s(gesture.draws), frames: s(gesture.intervals) };
  console.log(
    `\nMap benchmark: ${points.count.toLocaleString('en')} points, ${stage.width}×${stage.height} CSS px, headless Chromium (software canvas)\n`,
  );
  console.log('                          first draw   draw p50   draw p95  frame p95      fps');
  const row = (name: string, firstMs: number, draws: number[], intervals: number[]) =>
    console.log(
      `${name.padEnd(24)}${ms(firstMs)}  ${ms(s(draws).p50)}  ${ms(s(draws).p95)}  ${ms(s(intervals).p95)}  ${fps(intervals).toFixed(0).padStart(7)}`,
    );
  row('map (pan + wheel zoom)', first['map:first-draw'], gesture.draws, gesture.intervals);
  row('floor (ImageData)', baselines.floor.first, baselines.floor.draws, baselines.floor.intervals);
  row('naive (fillRect/point)', baselines.naive.first, baselines.naive.draws, baselines.naive.intervals);
  console.log(
    `\nmap before its first frame, ${inWorker ? 'in its worker' : 'in the page (no worker)'}: decode villages.bin` +
      `${ms(first['map:decode'])}, topology and points prepared${ms(first['map:project'])}; in the page, in slices:` +
      ` paths${ms(first['map:paths'])}, points placed${ms(first['map:place'])}, first image rasterized` +
      `${ms(first['map:first-raster'])} (${gesture.draws.length} frames drawn during ${FRAMES} animation frames;` +
      ` draw p95 ${map.draws.p95.toFixed(1)} ms)`,
  );
  console.log(`\n                                   raw       gzip`);
  const bytes = (name: string, size: { raw: number; gzip: number }, note = '') =>
    console.log(`${name.padEnd(30)}${kb(size.raw)}  ${kb(size.gzip)}  ${note}`);
  bytes('map JS (all it loads)', { raw: jsRaw, gzip: jsGzip }, `budget 60 KB gzip; ${seen.size} file(s)`);
  bytes('regencies.topo.json', manifest.sizes['regencies.topo.json'], 'budget 150 KB gzip');
  bytes('villages.bin', manifest.sizes['villages.bin'], 'budget 250 KB gzip');
  bytes('peta/data.json', await file('peta/data.json'));
  bytes('/peta/ HTML (SVG + tables)', await file('peta/index.html'));
  bytes('names/61.03.json (one regency)', await file('generated/map/names/61.03.json'));
  if (process.env.BENCH_JSON) {
    const figures = (firstMs: number, draws: number[], intervals: number[]) => ({
      first: firstMs,
      drawP50: s(draws).p50,
      drawP95: s(draws).p95,
      frameP95: s(intervals).p95,
      fps: fps(intervals),
    });
    await writeFile(
      process.env.BENCH_JSON,
      JSON.stringify({
        points: points.count,
        map: figures(first['map:first-draw'], gesture.draws, gesture.intervals),
        floor: figures(baselines.floor.first, baselines.floor.draws, baselines.floor.intervals),
        naive: figures(baselines.naive.first, baselines.naive.draws, baselines.naive.intervals),
        javascript: { raw: jsRaw, gzip: jsGzip, files: seen.size },
      }),
    );
  }
} finally {
  await browser.close();
  server.close();
}
