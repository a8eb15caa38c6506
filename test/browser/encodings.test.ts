/**
 * Every output reads the same on pages that are not UTF-8: no charset at all (windows-1252),
 * `<meta charset="iso-8859-1">`, windows-1252 from the HTTP header, and Shift_JIS, each page
 * holding words of its own really encoded so (test/server/encoding-pages.mjs). The pages are on
 * another origin than this test (127.0.0.1 instead of localhost): a same-origin frame would
 * inherit this page's UTF-8 and hide the very problem.
 */
import { expect } from '@open-wc/testing';
import { appendFrame, distText, removeFrames } from '../support/frames.js';
import { collapse, expectedRenderedText } from '../support/helpers.js';

const words: { latin: string; japanese: string } = await (
  await fetch(new URL('../fixtures/encoding-pages.json', import.meta.url))
).json();

/** Each page, with the encoding the Encoding Standard says browsers decode it in, and its words. */
const PAGES = [
  { page: 'none', label: 'no charset', characterSet: 'windows-1252', words: words.latin },
  { page: 'iso-8859-1', label: '<meta charset="iso-8859-1">', characterSet: 'windows-1252', words: words.latin },
  {
    page: 'windows-1252-header',
    label: 'windows-1252 from the HTTP header',
    characterSet: 'windows-1252',
    words: words.latin,
  },
  { page: 'shift_jis', label: '<meta charset="shift_jis">', characterSet: 'Shift_JIS', words: words.japanese },
];

const OUTPUTS = [
  { output: 'snippet', label: 'the self-contained snippet' },
  { output: 'script-url', label: 'the script-URL snippet, the bundle served without a charset' },
  { output: 'iframe', label: 'the iframe page (dist/embed/index.html)' },
];

interface Report {
  failed?: string;
  characterSet: string;
  articleCharacterSet: string;
  ownWords: string;
  upgraded: boolean;
  text: string;
  warnings: string[];
  errors: string[];
}

/** Loads a page of test/server/encoding-pages.mjs and resolves with its probe's report. */
function probe(query: string): Promise<Report> {
  const frame = appendFrame({ src: `http://127.0.0.1:${location.port}/encoding/page?${query}` }, { height: 800 });
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      if (event.data.failed) reject(new Error(event.data.failed));
      else resolve(event.data as Report);
    };
    const timer = setTimeout(() => {
      removeEventListener('message', onMessage);
      reject(new Error(`no report from ${frame.src}`));
    }, 15_000);
    addEventListener('message', onMessage);
  });
}

/** Equal texts, or a failure naming the first character that differs and the text around it. */
function expectSameText(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  const code = (text: string) =>
    text[at] === undefined ? 'the end' : `U+${text.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0')}`;
  expect.fail(
    `${what}: at ${at}, ${code(actual)} instead of ${code(expected)}: ` +
      `"${actual.slice(Math.max(0, at - 20), at + 20)}" instead of "${expected.slice(Math.max(0, at - 20), at + 20)}"`,
  );
}

describe('on a page not declared UTF-8', () => {
  afterEach(removeFrames);

  for (const { page, label, characterSet, words: own } of PAGES) {
    describe(label, () => {
      const expectPage = (report: Report) => {
        expect(report.characterSet, "the page's encoding").to.equal(characterSet);
        expect(report.ownWords, "the page's own words").to.equal(own);
      };

      for (const { output, label: outputLabel } of OUTPUTS) {
        it(`${outputLabel}: the widget shows the article verbatim, and blames nothing`, async () => {
          const report = await probe(`page=${page}&output=${output}&scripts=on`);
          expectPage(report);
          expect(report.upgraded, 'upgraded').to.equal(true);
          expectSameText(collapse(report.text), await expectedRenderedText(), 'widget text');
          expect(report.warnings).to.deep.equal([]);
          expect(report.errors).to.deep.equal([]);
        });

        it(`${outputLabel}: its fallback, scripts off, shows the article verbatim`, async () => {
          const report = await probe(`page=${page}&output=${output}&scripts=off`);
          expectPage(report);
          // The element's script was refused: the page as parsed, as with JavaScript off.
          expect(report.upgraded, 'upgraded').to.equal(false);
          expectSameText(collapse(report.text), await expectedRenderedText(), 'fallback text');
        });
      }

      it('the email HTML (the body of dist/article.html) shows the article verbatim', async () => {
        const report = await probe(`page=${page}&output=email&scripts=on`);
        expectPage(report);
        expectSameText(collapse(report.text), await expectedRenderedText(), 'email text');
      });
    });
  }

  it('the iframe page is read as UTF-8 wherever it is framed', async () => {
    const report = await probe('page=shift_jis&output=iframe&scripts=on');
    expect(report.articleCharacterSet).to.equal('UTF-8');
  });
});

describe("the whole pages' charset", () => {
  for (const name of ['article.html', 'embed/index.html']) {
    it(`dist/${name} declares UTF-8 first in its <head>, within the first 1,024 bytes`, async () => {
      const html = await distText(name);
      const head = /<head>\s*(<[^>]+>)/i.exec(html);
      expect(head?.[1]).to.equal('<meta charset="utf-8">');
      expect(html.indexOf('<meta charset="utf-8">')).to.be.within(0, 1024 - '<meta charset="utf-8">'.length);
    });
  }
});
