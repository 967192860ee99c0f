/**
 * Sveltia's "Work with Local Repository" without a person at a folder dialog: an init script replaces
 * `window.showDirectoryPicker` with one that returns a folder of the browser's own origin-private file system (OPFS),
 * filled with the project's content and the `.git` folder Sveltia checks for. Sveltia then reads and writes those
 * files through the same File System Access API it uses on a real checkout.
 */
import type { BrowserContext, Page } from 'playwright-core';

const REPO = 'atlas-local-repo';

/** Runs in the page (serialized by Playwright): no closures over test code. */
function installFakeRepository({ repo, files }: { repo: string; files: Record<string, string> }) {
  // Sveltia has no Indonesian UI and loads other UI languages from a CDN: pin the English one it bundles.
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => ['en-US'] });
  Object.defineProperty(Navigator.prototype, 'language', { get: () => 'en-US' });

  const folder = async (root: FileSystemDirectoryHandle, parts: string[], create: boolean) => {
    let dir = root;
    for (const part of parts) dir = await dir.getDirectoryHandle(part, { create });
    return dir;
  };
  const split = (path: string) => {
    const parts = path.split('/');
    return { dirs: parts.slice(0, -1), name: parts[parts.length - 1] };
  };
  const page = window as unknown as Record<string, unknown>;

  page.showDirectoryPicker = async () => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(repo, { recursive: true }).catch(() => undefined);
    const dir = await root.getDirectoryHandle(repo, { create: true });
    await dir.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const { dirs, name } = split(path);
      const file = await (await folder(dir, dirs, true)).getFileHandle(name, { create: true });
      const writable = await file.createWritable();
      await writable.write(text);
      await writable.close();
    }
    return dir;
  };

  page.__readRepoFile = async (path: string) => {
    const { dirs, name } = split(path);
    const dir = await folder(await navigator.storage.getDirectory(), [repo, ...dirs], false);
    return (await (await dir.getFileHandle(name)).getFile()).text();
  };
}

export async function useFakeRepository(context: BrowserContext, files: Record<string, string>) {
  await context.addInitScript(installFakeRepository, { repo: REPO, files });
}

/** A file of the fake repository as Sveltia left it. */
export function readRepoFile(page: Page, path: string): Promise<string> {
  return page.evaluate(
    (p) => (window as unknown as { __readRepoFile(p: string): Promise<string> }).__readRepoFile(p),
    path,
  );
}
