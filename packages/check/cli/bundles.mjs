/**
 * The published bundles `check` recognises, by their Subresource Integrity value: the installed
 * element's dist/leadership-article.js, plus every released version's in
 * cli/published-bundles.json (`{ "sha384-…": "0.1.0" }`), which `npm run release:version`
 * writes, so pages that pasted an older snippet still check as intact.
 */
import { readFile } from 'node:fs/promises';
import { TAG_NAME } from 'leadership-article/attributes.js';
import { integrityOf } from 'leadership-article/outputs.js';
import { UsageError, elementFile, elementVersion } from './article.mjs';

/** The bytes of the installed element's dist/leadership-article.js. */
export async function currentBundle() {
  try {
    return await readFile(elementFile('dist/leadership-article.js'));
  } catch {
    throw new UsageError('dist/leadership-article.js is missing; run `npm run build` first.');
  }
}

/** Map of integrity value to version, for every known published bundle. */
export async function knownBundles() {
  const earlier = JSON.parse(await readFile(new URL('./published-bundles.json', import.meta.url), 'utf8'));
  const known = new Map(Object.entries(earlier.bundles));
  known.set(integrityOf(await currentBundle()), await elementVersion());
  return known;
}

/** The bytes of a `data:` URL, or undefined if it is not one. */
export function dataUrlBytes(url) {
  const match = /^data:([^,]*),(.*)$/s.exec(url.trim());
  if (!match) return undefined;
  return /;base64$/i.test(match[1])
    ? Buffer.from(match[2], 'base64')
    : Buffer.from(decodeURIComponent(match[2]), 'utf8');
}

/** Whether a `<script src>` is the element's bundle: by name, by known hash, or by content. */
export function isBundleScript({ src, integrity }, known) {
  if (!src) return false;
  if (integrity && integrity.split(/\s+/).some((value) => known.has(value))) return true;
  const bytes = dataUrlBytes(src);
  if (bytes) return known.has(integrityOf(bytes)) || bytes.includes(TAG_NAME);
  return /(^|\/)leadership-article(\.min)?\.js([?#]|$)/.test(src);
}

/**
 * Checks one bundle `<script>` tag: `{ src, integrity }`, the `page` URL it is on, and, when
 * known, the `bytes` served or embedded. Returns `{ kind, version, problems }`; problems are
 * sentences. Without integrity, only a script from the page's own origin is accepted: the site
 * controls both.
 */
export function checkBundleScript({ src, integrity, bytes = undefined, page }, known) {
  const embedded = dataUrlBytes(src);
  const kind = embedded ? 'self-contained' : 'external';
  const body = embedded ?? bytes;
  const problems = [];
  const values = (integrity ?? '').split(/\s+/).filter(Boolean);
  const served = body ? known.get(integrityOf(body)) : undefined;
  const version = (values.length ? values.map((value) => known.get(value)).find(Boolean) : served) ?? null;
  const knownList = [...new Set(known.values())].join(', ');
  if (embedded && !served) {
    // Self-contained: the code is the attribute itself, so its bytes are what is checked.
    problems.push(`the embedded script matches no published leadership-article.js (known: ${knownList})`);
  } else if (!values.length) {
    if (!embedded && !sameOrigin(src, page))
      problems.push('the script has no integrity attribute, so any file at its address would run');
  } else if (!version) {
    problems.push(
      `its integrity ${shortHash(values[0])} matches no published leadership-article.js (known: ${knownList})`,
    );
  }
  if (body && values.length && !values.includes(integrityOf(body))) {
    problems.push(
      `the ${embedded ? 'embedded' : 'served'} file (${integrityOf(body).slice(0, 20)}…) does not match its integrity, so browsers refuse it`,
    );
  }
  return { kind, version, problems };
}

function sameOrigin(src, page) {
  try {
    return !!page && new URL(src, page).origin === new URL(page).origin;
  } catch {
    return false;
  }
}

const shortHash = (value) => (value.length > 24 ? `${value.slice(0, 20)}…` : value);
