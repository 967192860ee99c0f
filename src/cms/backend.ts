/**
 * Where the CMS commits: a GitHub repository, signed in through an OAuth worker (docs/cms.md). Read from the build
 * environment so the same code serves every deployment; on 127.0.0.1/localhost editors can instead pick the
 * checked-out repository ("Work with Local Repository"), which needs none of this.
 */
import type { GitHubBackend } from '@sveltia/cms';

export interface CmsEnv {
  /** `owner/repo` on GitHub. */
  CMS_REPO?: string;
  /** Branch the CMS reads and commits to. */
  CMS_BRANCH?: string;
  /** Origin of the OAuth worker (sveltia-cms-auth), e.g. `https://sveltia-cms-auth.example.workers.dev`. */
  CMS_AUTH_URL?: string;
  /** `editorial_workflow` turns every change into a pull request that CI checks before it is merged. */
  CMS_PUBLISH_MODE?: string;
}

/** Placeholder shown until CMS_REPO is set; local-repository mode works without it. */
export const PLACEHOLDER_REPO = 'OWNER/atlas-desa-bersinar';

export interface CmsBackend {
  backend: GitHubBackend;
  publish_mode: 'simple' | 'editorial_workflow';
}

export function backendFromEnv(env: CmsEnv): CmsBackend {
  const repo = env.CMS_REPO?.trim() || PLACEHOLDER_REPO;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`CMS_REPO must be "owner/repo", got "${repo}"`);
  const mode = env.CMS_PUBLISH_MODE?.trim() || 'simple';
  if (mode !== 'simple' && mode !== 'editorial_workflow') {
    throw new Error(`CMS_PUBLISH_MODE must be "simple" or "editorial_workflow", got "${mode}"`);
  }
  const authUrl = env.CMS_AUTH_URL?.trim();
  if (authUrl && !/^https:\/\/[^/]+$/.test(authUrl)) {
    throw new Error(`CMS_AUTH_URL must be an https origin without a path, got "${authUrl}"`);
  }
  return {
    backend: {
      name: 'github',
      repo,
      branch: env.CMS_BRANCH?.trim() || 'main',
      ...(authUrl && { base_url: authUrl }),
    },
    publish_mode: mode,
  };
}
