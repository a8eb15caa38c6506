/**
 * `check` in headless Chromium: each page is loaded as a reader would get it, then measured
 * (page-probe.mjs). One browser, one page (tab) per URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TAG_NAME, UsageError, importBuilt } from './article.mjs';
import { CHROMIUM_ARGS, findChromium } from './browsers.mjs';
import { checkBundleScript, dataUrlBytes, isBundleScript } from './bundles.mjs';
import { probeExpression, recordShadowRoots } from './page-probe.mjs';
import { textDifferences } from './text-diff.mjs';
import { followRedirects, linkNotes, requiredLinks } from './links.mjs';
import { finishPage, linkProblems, movedWarning, unverifiedLinks } from './verdict.mjs';

/** CHROME_PATH, else the usual install paths (or `paths`), else the usual names on PATH. */
export function findChrome(env = process.env, paths = undefined) {
  const found = findChromium(env, paths);
  if (found) return found;
  if (env.CHROME_PATH) throw new UsageError(`CHROME_PATH=${env.CHROME_PATH} is not an executable file.`);
  throw new UsageError(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: `apt-get install chromium`; or Google Chrome), ' +
      'or set CHROME_PATH to its binary. `check --static` needs no browser.',
  );
}

const chromeArgs = (userDataDir) => ['--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`];

/** Starts the browser; returns `{ checkUrl(url), close() }`. */
/** How long a page with the element may take to define it after its load event. */
const DEFINITION_WAIT_MS = 3000;

export async function startBrowser({ expected, known, timeout, viewport }) {
  const executablePath = findChrome();
  const { default: puppeteer } = await import('puppeteer-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'leadership-article-check-'));
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath, args: chromeArgs(userDataDir), headless: true, pipe: true });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new UsageError(`${executablePath} did not start: ${error.message.split('\n')[0]}`);
  }
  return {
    checkUrl: (url) => checkUrl(browser, url, { expected, known, timeout, viewport }),
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function checkUrl(browser, url, { expected, known, timeout, viewport }) {
  // The element's own placement formula, measured in the page (page-probe.mjs).
  const { placement } = await importBuilt('leadership-article/placement.js');
  const { collapse } = await importBuilt('leadership-article/article.js');
  const page = await browser.newPage();
  const report = { url, mode: 'browser', scripts: [], problems: [], warnings: [], embeds: [] };
  const consoleMessages = [];
  const responses = new Map();
  const failures = new Map();
  page.on('console', (message) => consoleMessages.push(message.text()));
  page.on('pageerror', (error) => consoleMessages.push(String(error.message ?? error)));
  page.on('response', (response) => responses.set(response.url(), response));
  page.on('requestfailed', (request) => failures.set(request.url(), request.failure()?.errorText ?? 'failed'));
  let timer;
  try {
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument(recordShadowRoots, TAG_NAME);
    const work = (async () => {
      const response = await page.goto(url, { waitUntil: 'load', timeout });
      if (response && !response.ok() && !url.startsWith('file:')) {
        throw new PageError(`the page failed to load: HTTP ${response.status()}`);
      }
      // An app that imports the element after hydration (an npm site) defines it after load.
      await page.evaluate(
        (tag, ms) =>
          document.querySelector(tag) &&
          !customElements.get(tag) &&
          document.scripts.length > 0 &&
          Promise.race([customElements.whenDefined(tag), new Promise((resolve) => setTimeout(resolve, ms))]),
        TAG_NAME,
        DEFINITION_WAIT_MS,
      );
      // Two frames: the element renders in a microtask after upgrade, then lays out.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      // Every frame: a page may embed the article through the framed page (embed/index.html).
      const probes = [];
      for (const frame of page.frames()) {
        const framed = frame === page.mainFrame() ? null : frame.url();
        const probe = await frame
          .evaluate(probeExpression({ tag: TAG_NAME, phrases: expected.phrases }, placement, collapse))
          .catch((error) => {
            // A frame that navigated away is skipped; the page itself must be measured.
            if (!framed) throw new PageError(`the page could not be measured: ${error.message.split('\n')[0]}`);
          });
        if (probe) probes.push({ framed, ...probe });
      }
      return mergeProbes(probes);
    })();
    const timeoutError = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new PageError(`timed out after ${timeout / 1000} s`)), timeout + 1000);
    });
    const probe = await Promise.race([work, timeoutError]);
    const measured = probe.embeds.length ? probe.embeds : probe.looseCopy ? [probe.looseCopy] : [];
    const hrefs = measured.flatMap((m) => [...m.anchors, ...(m.fallbackAnchors ?? [])].map((a) => a.href));
    const redirects = await followRedirects(hrefs, { page: url, timeout });
    await buildReport(report, probe, { expected, known, consoleMessages, responses, failures, redirects });
    return finishPage(report);
  } catch (error) {
    const message =
      error instanceof PageError ? error.message : `the page failed to load: ${error.message.split('\n')[0]}`;
    return { ...report, status: 'error', error: message, articleCopies: null };
  } finally {
    clearTimeout(timer);
    await page.close().catch(() => {});
  }
}

class PageError extends Error {}

/** One page's probes, its frames' included: locations in a frame are prefixed with its URL. */
function mergeProbes(probes) {
  const where = (framed, location) => (framed ? `iframe ${framed} ▸ ${location}` : location);
  const embeds = probes.flatMap(({ framed, embeds }) =>
    embeds.map((e) => ({ ...e, location: where(framed, e.location) })),
  );
  const copies = probes.flatMap(({ framed, copies }) => copies.map((c) => where(framed, c)));
  const loose = probes.find((p) => p.looseCopy);
  return {
    defined: probes.some((p) => p.defined),
    embeds,
    copies,
    looseCopy:
      !embeds.length && copies.length === 1 && loose
        ? { ...loose.looseCopy, location: where(loose.framed, loose.looseCopy.location) }
        : null,
    scripts: probes.flatMap((p) => p.scripts),
  };
}

const firstSentence = (text) => {
  const sentence = text.split(/(?<=\.) /)[0];
  return sentence.length > 160 ? `${sentence.slice(0, 159)}…` : sentence;
};

async function buildReport(report, probe, { expected, known, consoleMessages, responses, failures, redirects }) {
  for (const tag of probe.scripts.filter((s) => isBundleScript(s, known))) {
    const response = responses.get(tag.src);
    const bytes =
      dataUrlBytes(tag.src) ?? (response?.ok() ? await response.buffer().catch(() => undefined) : undefined);
    const { kind, version, problems } = checkBundleScript({ ...tag, bytes }, known);
    const short = tag.src.startsWith('data:') ? `${tag.src.slice(0, 40)}…` : tag.src;
    const consoleReason = consoleMessages.find(
      (m) => m.includes(tag.src.slice(0, 60)) && /Content Security Policy|integrity/i.test(m),
    );
    const whyNot =
      (response && !response.ok() ? `HTTP ${response.status()}` : undefined) ??
      (consoleReason && firstSentence(consoleReason)) ??
      failures.get(tag.src);
    const loaded = probe.defined && !whyNot && !problems.some((p) => p.includes('browsers refuse'));
    report.scripts.push({ src: short, kind, integrity: tag.integrity, version, loaded });
    for (const message of problems.filter((p) => !p.includes('browsers refuse'))) {
      report.problems.push({ check: 'integrity', message: `script ${short}: ${message}` });
    }
    if (!loaded) {
      report.warnings.push({
        check: 'script',
        message: `script ${short} did not run (${whyNot ?? problems.find((p) => p.includes('browsers refuse')) ?? 'unknown reason'}): readers see the fallback, not the widget`,
      });
    }
  }
  if (probe.defined && !report.scripts.some((s) => s.loaded)) {
    report.warnings.push({
      check: 'script',
      message: `<${TAG_NAME}> is defined by a script that is not a published leadership-article.js (a site's own build, or an impostor): what it renders is checked all the same`,
    });
  } else if (!report.scripts.length) {
    report.warnings.push({
      check: 'script',
      message: 'no leadership-article script: readers see the fallback only, not the widget',
    });
  }
  // The widget's notes (tracking parameters) are made again below from check's own measurement.
  const own = (m) => m.startsWith(`<${TAG_NAME}>`) && !m.startsWith(`<${TAG_NAME}>: note:`);
  for (const message of consoleMessages.filter(own)) {
    report.warnings.push({ check: 'console', message });
  }

  const measured = probe.embeds.length ? probe.embeds : probe.looseCopy ? [probe.looseCopy] : [];
  measured.forEach((found, index) => {
    const embed = {
      index,
      location: found.location,
      upgraded: found.upgraded,
      problems: [],
      unverified: [],
      warnings: [],
    };
    const links = requiredLinks(found.anchors, expected.links, redirects);
    const fallbackLinks = found.fallbackAnchors && requiredLinks(found.fallbackAnchors, expected.links, redirects);
    const label = found.upgraded ? 'widget' : probe.embeds.length ? 'fallback' : 'copy';
    if (found.movedBy) embed.warnings.push(movedWarning(found.movedBy));
    if (!probe.embeds.length) {
      embed.warnings.push({
        check: 'element',
        message: `no <${TAG_NAME}> element: a static copy of the article (its tag was stripped)`,
      });
    } else if (!found.upgraded && probe.defined) {
      embed.problems.push({ check: 'upgrade', message: 'the element was not upgraded although the script defined it' });
    }
    if (!found.text) {
      embed.problems.push({ check: 'fallback', message: `the ${label} is empty: readers see nothing here` });
      embed.text = { equal: false, differences: [] };
    } else {
      const differences = textDifferences(expected, found.text);
      embed.text = { equal: !differences.length, differences };
      for (const d of differences)
        embed.problems.push({ check: found.upgraded ? 'text' : 'fallback', message: `${label} text: ${d.message}` });
    }
    if (found.upgraded) {
      // Readers without scripts (feed readers, script blockers) get the fallback: it must be whole too.
      const differences = found.fallbackText ? textDifferences(expected, found.fallbackText) : [];
      embed.fallback = { equal: !!found.fallbackText && !differences.length, differences, links: fallbackLinks };
      if (!found.fallbackText) {
        embed.problems.push({
          check: 'fallback',
          message: 'the fallback is empty: readers without scripts see nothing here',
        });
      } else {
        for (const d of differences) {
          embed.problems.push({ check: 'fallback', message: `fallback text (shown without scripts): ${d.message}` });
        }
        embed.problems.push(...linkProblems(fallbackLinks, 'fallback', 'fallback'));
        embed.unverified.push(...unverifiedLinks(fallbackLinks, 'fallback'));
        embed.warnings.push(...linkNotes(fallbackLinks));
      }
    } else {
      embed.fallback = { ...embed.text, links };
    }
    embed.links = links;
    if (found.text) {
      embed.problems.push(...linkProblems(links, label, found.upgraded ? 'link' : 'fallback'));
      embed.unverified.push(...unverifiedLinks(links, label));
      embed.warnings.push(...linkNotes(links));
    }
    embed.visibility = found.visibility;
    embed.problems.push(...visibilityProblems(found.visibility, label));
    report.embeds.push(embed);
  });

  report.articleCopies = probe.copies.length;
  if (!measured.length) {
    report.problems.push({ check: 'embed', message: `no <${TAG_NAME}> and no copy of the article on the page` });
  } else if (probe.copies.length > 1) {
    report.problems.push({
      check: 'copies',
      message: `the article is shown ${probe.copies.length} times: ${probe.copies.join('; ')}`,
    });
  }
}

const MIN_CONTRAST = 4.5;

function visibilityProblems(view, label) {
  const problems = [];
  const add = (check, message) => problems.push({ check, message: `the ${label} ${message}` });
  if (view.hidden) add('visible', `is hidden: ${view.hidden}`);
  else if (view.zeroSized) add('visible', 'has no size (0 px wide or high)');
  else {
    if (view.offscreen) add('visible', 'is placed outside the page');
    if (view.clipped) {
      add(
        'clipped',
        `is clipped by ${view.clipped.by}: ${view.clipped.shownWidth} × ${view.clipped.shownHeight} px of ${view.width} × ${view.height} px shown`,
      );
    }
    if (view.clamped) add('clipped', `is clamped by ${view.clamped}`);
    if (view.covered)
      add(
        'covered',
        `is covered by ${view.covered.by} at ${view.covered.points} of ${view.covered.of} hit-test points`,
      );
    if (view.contrast && view.contrast.ratio < MIN_CONTRAST) {
      const dimmed = view.opacity < 1 ? ` (opacity ${Math.round(view.opacity * 100) / 100} along its ancestors)` : '';
      add(
        'contrast',
        `text contrast is ${view.contrast.ratio}:1 at ${view.contrast.at}${dimmed}, under ${MIN_CONTRAST}:1`,
      );
    }
  }
  return problems;
}
