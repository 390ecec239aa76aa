import { execSync } from 'node:child_process';

/**
 * Builds dist/, dist-rollup/ and dist/Sidebar.html once before any test file runs: the bundle,
 * aggregator and sidebar tests all read them, and building in each file raced on the same files.
 */
export default function buildOnce(): void {
  execSync('npx tsx scripts/build.ts', { stdio: 'pipe' });
}
