/**
 * The site engines' npm installs: each starter in test/platforms/engines/<folder>/ with its own
 * package.json and lockfile, installed with `npm ci` into a cache outside the repository, one
 * folder per lockfile (`<folder>-<hash of package.json and lockfile>`), reused while it is there.
 * Node's own modules only, so `.ci/run` can start it (`node test/platforms/sites/engine-installs.mjs`)
 * beside the project's own install, before anything is built.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUITE, run } from './common.mjs';

/** The engines' starters. */
export const STARTERS = join(SUITE, 'engines');

/** Installed engines: LEADERSHIP_ENGINES_CACHE, else leadership-article/engines in the user's cache. */
export const ENGINES_CACHE =
  process.env.LEADERSHIP_ENGINES_CACHE ??
  join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'leadership-article', 'engines');

const PACKAGE_FILES = ['package.json', 'package-lock.json'];

/** The cache folder of a starter with a lockfile, named by the hash of its package files. */
async function cacheFolder(folder) {
  const hash = createHash('sha256');
  for (const file of PACKAGE_FILES) hash.update(await readFile(join(STARTERS, folder, file)));
  return join(ENGINES_CACHE, `${folder}-${hash.digest('hex').slice(0, 16)}`);
}

const installs = new Map();

/**
 * Installs a starter's locked dependencies into the cache unless there (`npm ci`, beside the
 * cache folder, renamed when done, so a half-done install is never taken for a finished one),
 * and removes the installs of its earlier lockfiles.
 * Resolves to the folder, or undefined for an engine without npm packages (MkDocs).
 */
export function installEngine(folder) {
  if (!existsSync(join(STARTERS, folder, 'package-lock.json'))) return Promise.resolve(undefined);
  if (!installs.has(folder)) {
    installs.set(
      folder,
      (async () => {
        const target = await cacheFolder(folder);
        if (existsSync(join(target, 'node_modules/.package-lock.json'))) return target;
        const started = Date.now();
        const work = `${target}.installing`;
        await rm(work, { recursive: true, force: true });
        await mkdir(work, { recursive: true });
        for (const file of PACKAGE_FILES) await cp(join(STARTERS, folder, file), join(work, file));
        await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: work });
        await rm(target, { recursive: true, force: true });
        await rename(work, target);
        // Installs of this starter's earlier lockfiles are of no more use.
        for (const name of await readdir(ENGINES_CACHE))
          if (name.startsWith(`${folder}-`) && join(ENGINES_CACHE, name) !== target)
            await rm(join(ENGINES_CACHE, name), { recursive: true, force: true });
        console.log(`engines: ${folder} installed in ${Math.round((Date.now() - started) / 1000)} s`);
        return target;
      })(),
    );
  }
  return installs.get(folder);
}

/**
 * Starts every starter's install at once (network and disk bound, so they overlap well);
 * resolves when all are done, with each one's outcome.
 */
export async function installEngines() {
  const folders = (await readdir(STARTERS)).filter((name) => existsSync(join(STARTERS, name, 'package-lock.json')));
  return Promise.allSettled(folders.map((folder) => installEngine(folder)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const outcomes = await installEngines();
  const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
  for (const { reason } of failed) console.error(`engines: ${reason.message}`);
  console.log(`engines: installs done in ${Math.round((Date.now() - started) / 1000)} s (${ENGINES_CACHE})`);
  process.exitCode = failed.length ? 1 : 0;
}
