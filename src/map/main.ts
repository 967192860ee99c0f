/**
 * The map page's script (an external ES module: the CSP allows no inline code). Small on purpose: it starts the
 * downloads and the worker that prepares them (load.ts) while the rest of the map's code loads as a chunk of its
 * own, then lays the interactive canvas map over the static SVG without a long task (app.ts `start`). Without the
 * generated files, the SVG and the table remain.
 */
import { readConfig } from './config.ts';
import { loadAll } from './load.ts';
import { yieldToMain } from './tasks.ts';

async function start(root: HTMLElement) {
  const config = readConfig();
  if (!config.urls.topology) {
    root.dataset.mapError = 'no map data was built';
    return;
  }
  const loading = loadAll(config.urls);
  loading.catch(() => undefined); // handled below; not "unhandled" while the code loads
  // The rest of the code, each chunk evaluated in a task of its own: d3-geo, d3-zoom, then the map.
  await yieldToMain();
  await import('./projection.ts');
  await yieldToMain();
  await import('./view.ts');
  await yieldToMain();
  const code = import('./app.ts');
  const loaded = await loading;
  const now = performance.now();
  const { prepare, decode, project } = loaded.timings;
  performance.measure('map:decode', { start: now - decode, duration: decode });
  performance.measure('map:project', { start: now - project - prepare, duration: project + prepare });
  performance.mark(loaded.worker ? 'map:prepared-in-worker' : 'map:prepared-in-page');
  const { MapApp } = await code;
  await yieldToMain();
  const app = new MapApp(root, config, loaded);
  await yieldToMain();
  await app.start();
  for (const form of root.querySelectorAll<HTMLElement>('#map-search, #map-filters')) form.hidden = false;
  root.dataset.mapReady = '';
}

const root = document.querySelector<HTMLElement>('[data-map]');
if (root) {
  start(root).catch((error: unknown) => {
    console.error('map:', error);
    root.setAttribute('data-map-error', String(error));
  });
}
