/**
 * The Chromium the tests, `npm run lighthouse` and `npm run bench:map` drive through playwright-core.
 * Order: CHROMIUM_PATH (any Chromium or Chrome) → @sparticuz/chromium (an npm optional dependency that ships a
 * headless Chromium for Linux x64, so `npm ci` alone brings a browser) → a system Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Our own flags, not @sparticuz's defaults: those turn web security off (`--disable-web-security`), which would
 * hide exactly what the CSP, CORS and framing tests check. Background networking is off because this machine has no
 * network; swiftshader draws canvas without a GPU.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function chromiumPath(): Promise<string> {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist.`);
    return override;
  }
  try {
    return await unpackBundledChromium();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
    if (system) return system;
    throw new Error(
      'No Chromium: @sparticuz/chromium is installed by `npm ci` on Linux x64 only. Elsewhere install Chromium or ' +
        'Chrome and set CHROMIUM_PATH to its executable.',
    );
  }
}

/**
 * @sparticuz/chromium ships the browser Brotli-compressed and unpacks it into the shared /tmp on first use, where
 * two test workers can race (one starts a half-written binary) and another project's version may be found. So it
 * is unpacked here instead: once, into node_modules/.cache/chromium-<version>/, through a staging folder renamed
 * into place, so a reader only ever sees a complete browser.
 */
async function unpackBundledChromium(): Promise<string> {
  // The package exports no package.json: find it from its entry point (build/index.js).
  const root = dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')));
  const version = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version as string;
  const target = resolve(`node_modules/.cache/chromium-${version}`);
  const binary = join(target, 'chromium');
  if (existsSync(binary)) return binary;
  const bin = join(root, 'bin');
  const staging = `${target}.staging-${process.pid}`;
  await mkdir(staging, { recursive: true });
  const inflate = (archive: string, command: string[]) =>
    spawnSync('sh', ['-c', `node -e "${BROTLI}" "$0" | ${command.join(' ')}`, join(bin, archive)], {
      cwd: staging,
      stdio: ['ignore', 'ignore', 'inherit'],
    }).status === 0;
  const unpacked = inflate('chromium.br', ['cat', '>', 'chromium']) && inflate('swiftshader.tar.br', ['tar', '-x']);
  if (!unpacked) throw new Error('could not unpack @sparticuz/chromium');
  spawnSync('chmod', ['755', join(staging, 'chromium')]);
  await rename(staging, target).catch(() => rm(staging, { recursive: true, force: true }));
  return binary;
}
const BROTLI =
  "require('fs').createReadStream(process.argv[1]).pipe(require('zlib').createBrotliDecompress()).pipe(process.stdout)";

/** A fresh headless browser context with its own profile; close it when done. */
export async function launchBrowser() {
  return chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'atlas-chromium-')), {
    executablePath: await chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
}
