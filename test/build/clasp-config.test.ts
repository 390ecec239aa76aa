/**
 * The two push commands of package.json, checked with the pinned clasp itself: `clasp status`
 * resolves the project file exactly as `clasp push` does (no login needed) and lists what a push
 * would upload. clasp 3 refuses a rootDir outside the folder of its project file ("escapes project
 * root"), so both project files sit at the repository root (node_modules/@google/clasp,
 * build/src/core/clasp.js: the root is the project file's folder; `-P` takes a file or a folder).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

/** The clasp arguments of an npm script "npm run build && clasp push …". */
function claspArgs(script: string): string[] {
  const match = /&& clasp push(.*)$/.exec(scripts[script]);
  if (!match) throw new Error(`npm script ${script} does not run clasp push: ${scripts[script]}`);
  return match[1].trim().split(/\s+/).filter(Boolean);
}

async function filesToPush(args: string[]): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['node_modules/@google/clasp/build/src/index.js', ...args, 'status', '--json']);
  return JSON.parse(stdout).filesToPush;
}

describe('clasp project files', () => {
  it('npm run push uploads the commune add-on from dist/, and npm run push:rollup the roll-up from dist-rollup/', async () => {
    const [addon, rollup] = await Promise.all([filesToPush(claspArgs('push')), filesToPush(claspArgs('push:rollup'))]);
    expect(addon.sort()).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
    expect(rollup.sort()).toEqual(['dist-rollup/Code.js', 'dist-rollup/Sidebar.html', 'dist-rollup/appsscript.json']);
  }, 90_000);

  it('each project file names a script id to replace and nothing else', () => {
    for (const file of ['.clasp.json', '.clasp-rollup.json']) {
      const config = JSON.parse(readFileSync(file, 'utf8'));
      expect(Object.keys(config).sort()).toEqual(['rootDir', 'scriptId']);
      expect(config.scriptId).toMatch(/^REPLACE_WITH_/);
    }
  });
});
