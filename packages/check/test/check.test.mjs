/**
 * `leadership-article check`, run as a user runs it (the bin, in a child process) against the
 * pages of pages.mjs served on 127.0.0.1, in headless Chromium and with --static. Verdicts come
 * from test/fixtures/check-expectations.json; the article from test/fixtures.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildPages, clickTracking } from './pages.mjs';
import { run } from './run.mjs';
import { serve } from './server.mjs';

const root = new URL('../../../', import.meta.url);
const { cases } = JSON.parse(await readFile(new URL('test/fixtures/check-expectations.json', root), 'utf8'));
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

const pages = new Map();
let server;
const pageUrl = (name) => `${server.origin}/pages/${name}.html`;

before(async () => {
  server = await serve({ root: fileURLToPath(root), pages, redirects: clickTracking.redirects });
  const selfContained = (await run(['snippet'])).stdout;
  for (const [name, html] of await buildPages({ root, origin: server.origin, selfContained })) pages.set(name, html);
  // The same damage done to the snippet's coming shape: self-contained, in a <div>.
  for (const [name, html] of await buildPages({ root, origin: server.origin, selfContained, base: selfContained })) {
    pages.set(`self-contained-base/${name}`, html);
  }
});
after(() => server.close());

const checksOf = (items) => [...new Set(items.map((item) => item.check))].sort();
const STATUS = { 0: 'pass', 1: 'fail', 3: 'unverified' };

const FLAGS = { browser: [], static: ['--static'], phone: ['--viewport', '390x844'] };

for (const mode of Object.keys(FLAGS)) {
  for (const [name, modes] of Object.entries(cases)) {
    const expected = modes[mode];
    if (!expected) continue; // `phone` is given only where a phone's screen changes the verdict.
    test(`${mode}: ${name} → exit ${expected.exit}${expected.problems.length ? `, ${expected.problems.join(' + ')}` : ''}`, async () => {
      const { code, stdout } = await run(['check', ...FLAGS[mode], '--json', pageUrl(name)]);
      const report = JSON.parse(stdout);
      const [page] = report.pages;
      const [embed] = page.embeds;
      assert.equal(code, expected.exit, JSON.stringify(page, null, 1).slice(0, 3000));
      assert.equal(report.exitCode, expected.exit);
      assert.deepEqual(
        checksOf([...page.problems, ...page.embeds.flatMap((e) => e.problems)]),
        [...expected.problems].sort(),
      );
      assert.deepEqual(checksOf(page.embeds.flatMap((e) => e.unverified)), expected.unverified ?? []);
      const warnings = checksOf([...page.warnings, ...page.embeds.flatMap((e) => e.warnings)]);
      for (const check of expected.warnings) assert.ok(warnings.includes(check), `warning "${check}" in ${warnings}`);
      if (!expected.warnings.length && !expected.problems.length) assert.deepEqual(warnings, []);

      if (expected.hidden) assert.match(embed.visibility.hidden, new RegExp(expected.hidden));
      if (expected.shownHeight) assert.equal(embed.visibility.clipped.shownHeight, expected.shownHeight);
      if (expected.opacity) assert.ok(Math.abs(embed.visibility.opacity - expected.opacity) < 0.01);
      if (expected.coveredBy) {
        assert.match(embed.visibility.covered.by, new RegExp(expected.coveredBy));
        assert.equal(
          embed.visibility.covered.points,
          embed.visibility.covered.of,
          'a full-page overlay covers every point',
        );
      }
      if (expected.missingFrom) {
        const [cut] = embed.fallback.differences;
        assert.equal(cut.found, '');
        assert.ok(cut.expected.trim().startsWith(expected.missingFrom), cut.expected.slice(0, 80));
      }
      if (expected.altered) {
        assert.deepEqual(
          embed.fallback.differences.map((d) => d.expected),
          expected.altered.from,
        );
        assert.deepEqual(
          embed.fallback.differences.map((d) => d.found),
          expected.altered.to,
        );
      }
      if (expected.missingLinks) {
        assert.deepEqual(
          embed.fallback.links.filter((l) => !l.present && l.foundHref === null).map((l) => l.name),
          expected.missingLinks,
        );
      }
      if (expected.retargeted) {
        for (const [link, href] of Object.entries(expected.retargeted)) {
          assert.equal(embed.fallback.links.find((l) => l.name === link).foundHref, href);
        }
      }
      if (expected.widgetAltered) {
        assert.deepEqual(
          embed.text.differences.map((d) => d.expected),
          expected.widgetAltered.from,
        );
        assert.deepEqual(
          embed.text.differences.map((d) => d.found),
          expected.widgetAltered.to,
        );
      }
      if (expected.matches) {
        for (const [link, match] of Object.entries(expected.matches)) {
          assert.equal(embed.fallback.links.find((l) => l.name === link).match, match, link);
        }
      }
      if (expected.frame) assert.match(embed.location, new RegExp(`^iframe .*${expected.frame}`));
      if ('upgraded' in expected) {
        assert.equal(embed.upgraded, expected.upgraded);
        // A widget upgraded by the published bundle names its version; a fallback's script did not run.
        if (expected.upgraded && !expected.warnings.includes('script'))
          assert.deepEqual(embed.script, { present: true, loaded: true, version });
        if (!expected.upgraded) assert.notEqual(embed.script.loaded, true);
      }
      if (expected.copies) assert.equal(page.articleCopies, expected.copies);
      if (mode !== 'static' && !expected.problems.length && !expected.unverified) {
        for (const link of embed.links) assert.equal(link.clickable, true, `${link.name} clickable`);
      }
    });
  }
}

for (const mode of ['browser', 'static']) {
  test(`${mode}: the same verdicts when the damage is done to a self-contained snippet in a <div>`, async () => {
    const names = Object.keys(cases);
    const urls = names.map((name) => `${server.origin}/pages/self-contained-base/${name}.html`);
    const { stdout } = await run(['check', ...FLAGS[mode], '--json', ...urls]);
    const verdicts = JSON.parse(stdout).pages.map((page) => ({
      status: page.status,
      problems: checksOf([...page.problems, ...page.embeds.flatMap((e) => e.problems)]),
    }));
    assert.deepEqual(
      verdicts,
      names.map((name) => ({
        status: STATUS[cases[name][mode].exit],
        problems: [...cases[name][mode].problems].sort(),
      })),
    );
  });
}

test('the article the CLI expects is the fixture, line for line', async () => {
  const { expectedArticle } = await import(new URL('../cli/article.mjs', import.meta.url).href);
  const links = JSON.parse(await readFile(new URL('test/fixtures/required-links.json', root), 'utf8'));
  const lines = (await readFile(new URL('test/fixtures/article-lines-1-16.txt', root), 'utf8'))
    .split('\n')
    .filter((l) => l.trim());
  const text = lines
    .map((line) => (line.endsWith('Retrieved from') ? `${line} ${links.citation.text}` : line))
    .join(' ')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
  const expected = await expectedArticle();
  assert.equal(expected.text, text);
  assert.deepEqual(
    expected.links.map(({ text, href }) => ({ text, href })),
    [links.citation, links.copyright],
  );
});

test('--urls FILE with comments (a URL keeps its #fragment), --concurrency 3: one report per page, in the order listed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'leadership-article-check-'));
  const list = join(dir, 'urls.txt');
  const names = ['compliant', 'links-covered', 'script-missing', 'article-twice'];
  await writeFile(list, `# pages to audit\n${names.map((n) => `${pageUrl(n)}#top  # ${n}`).join('\n')}\n\n`);
  const { code, stdout } = await run(['check', '--urls', list, '--concurrency', '3', '--json']);
  const report = JSON.parse(stdout);
  assert.equal(code, 1);
  assert.deepEqual(
    report.pages.map((p) => p.url),
    names.map((n) => `${pageUrl(n)}#top`),
  );
  assert.deepEqual(
    report.pages.map((p) => p.status),
    names.map((n) => STATUS[cases[n].browser.exit]),
  );
  assert.deepEqual(report.summary, { pages: 4, pass: 2, fail: 2, unverified: 0, error: 0 });
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.mode, 'browser');
});

test('people get a line per page and a summary table', async () => {
  const { code, stdout, stderr } = await run(['check', pageUrl('compliant'), pageUrl('links-covered')]);
  assert.equal(code, 1);
  assert.equal(stderr.trim().split('\n').length, 2);
  assert.match(stderr, /\[\d\/2\] PASS .*compliant\.html \(1 embed\)/);
  assert.match(stdout, /^FAIL {2}.*links-covered\.html$/m);
  assert.match(stdout, /is covered by .*cookie-wall at \d+ of \d+ hit-test points/);
  assert.match(stdout, /^Verdict +Embeds +Copies +Script +Page$/m);
  assert.match(stdout, /^2 pages: 1 complies, 1 does not, 0 could not be checked\.$/m);
});

test('a local file is checked as a page', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'leadership-article-check-'));
  const file = join(dir, 'post.html');
  await writeFile(file, pages.get('script-missing.html'));
  for (const mode of [[], ['--static']]) {
    const { code, stdout } = await run(['check', ...mode, '--json', file]);
    assert.equal(code, 0, stdout);
    assert.equal(JSON.parse(stdout).pages[0].status, 'pass');
  }
});

test("the project's own snippet, dist/embed.html, as a file (no charset: windows-1252) complies", async () => {
  for (const mode of [[], ['--static']]) {
    const { code, stdout } = await run(['check', ...mode, '--json', fileURLToPath(new URL('dist/embed.html', root))]);
    const [page] = JSON.parse(stdout).pages;
    assert.equal(code, 0, stdout.slice(0, 3000));
    assert.equal(page.status, 'pass');
    assert.deepEqual([...page.warnings, ...page.embeds.flatMap((embed) => embed.warnings)], []);
  }
});

test('a saved email (a local file) with click-tracking links: not requested, unverified, exit 3', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'leadership-article-check-'));
  const file = join(dir, 'email.html');
  await writeFile(file, pages.get('links-click-tracked.html'));
  for (const mode of [[], ['--static']]) {
    const { code, stdout } = await run(['check', ...mode, '--json', file]);
    assert.equal(code, 3, stdout);
    const [page] = JSON.parse(stdout).pages;
    assert.equal(page.status, 'unverified');
    assert.deepEqual(
      page.embeds[0].fallback.links.map((l) => [l.name, l.match, l.redirect.status]),
      [
        ['citation', null, 'unverified'],
        ['copyright', null, 'unverified'],
      ],
    );
    const human = await run(['check', ...mode, file]);
    assert.equal(human.code, 3);
    assert.match(human.stdout, /^UNVERIFIED {2}.*email\.html$/m);
    assert.match(
      human.stdout,
      /\? unverified redirect: fallback link "© InnoviHealth Systems Inc" is a Ghost click-tracking address, .*\/r\/4e5f6a7b\?m=.*local file/,
    );
    assert.match(
      human.stdout,
      /^1 page: 0 comply, 0 do not, 1 unverified \(click-tracking links not followed\), 0 could not be checked\.$/m,
    );
  }
});

test('people are told which setting keeps links exact', async () => {
  const { code, stdout } = await run(['check', pageUrl('links-tracked'), pageUrl('links-click-tracked')]);
  assert.equal(code, 0, stdout);
  assert.match(
    stdout,
    /! links carry tracking parameters, which lead to the same pages \(Ghost: Settings → Analytics → Outbound link tagging\)/,
  );
  assert.match(
    stdout,
    /! links are click-tracking redirects, which lead to the required pages \(Ghost: Settings → Analytics → Newsletter clicks\)/,
  );
  assert.equal(stdout.match(/✓ complies/g).length, 2);
  // The widget's own console note is the same note: said once.
  assert.equal(stdout.match(/tracking parameters/g).length, 2);
});

for (const mode of ['browser', 'static']) {
  test(`${mode}: a page that fails to load, a missing file and a bad URL exit 2`, async () => {
    const flags = mode === 'static' ? ['--static'] : [];
    const { code, stdout } = await run([
      'check',
      ...flags,
      '--json',
      `${server.origin}/pages/none.html`,
      '/nonexistent/post.html',
      'http://[bad',
    ]);
    assert.equal(code, 2);
    const report = JSON.parse(stdout);
    assert.deepEqual(
      report.pages.map((p) => p.status),
      ['error', 'error', 'error'],
    );
    assert.match(report.pages[0].error, /404/);
    assert.match(report.pages[1].error, /not found|ERR_FILE_NOT_FOUND/);
  });
}

test('--timeout: a page that never finishes loading is an error, exit 2, and the others are still checked', async () => {
  const { code, stdout } = await run([
    'check',
    '--timeout',
    '2',
    '--json',
    pageUrl('never-loads'),
    pageUrl('compliant'),
  ]);
  assert.equal(code, 2);
  const [slow, compliant] = JSON.parse(stdout).pages;
  assert.equal(slow.status, 'error');
  assert.match(slow.error, /time/i);
  assert.equal(compliant.status, 'pass');
});

test('no browser: a message naming what to install, exit 2', async () => {
  const { code, stderr } = await run(['check', pageUrl('compliant')], { CHROME_PATH: '/nonexistent/chrome' });
  assert.equal(code, 2);
  assert.match(stderr, /CHROME_PATH=\/nonexistent\/chrome/);
  const { findChrome } = await import(new URL('../cli/browser-check.mjs', import.meta.url).href);
  assert.throws(
    () => findChrome({ PATH: '/nonexistent' }, []),
    /No Chrome or Chromium found.*apt-get install chromium/,
  );
});

test('usage errors exit 2 with the usage', async () => {
  for (const args of [
    ['check'],
    ['check', '--concurrency', '0', 'x'],
    ['check', '--bogus', 'x'],
    ['frobnicate'],
    ['check', '--urls', '/nonexistent/list'],
  ]) {
    const { code, stderr } = await run(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /^leadership-article: .+\n\nUsage:/, args.join(' '));
  }
});
