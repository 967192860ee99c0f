/** Headless Chromium driven by playwright-core: the one from scripts/lib/browser.ts (npm brings it). */
export { launchBrowser } from '../../scripts/lib/browser.ts';
