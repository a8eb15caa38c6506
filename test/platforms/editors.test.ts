/**
 * The snippet pasted into the rich-text editors bloggers use, run here from their npm packages:
 * TinyMCE (self-hosted, GPL licence key) and CKEditor 5 (ClassicEditor with a blog's usual
 * plugins, without and with General HTML Support allowing everything). Each gets the snippet as
 * its content; what the editor keeps (getContent()/getData()) is saved as a page and read like
 * the platform pages, with scripts off and on. Where an editor drops the element and the script,
 * the fallback that remains must still be the whole article with its links.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { failuresOf, readPage, WIDTHS } from './reader.js';
import { distText, pageAround } from '../support/frames.js';

const snippet = await distText('embed.html');

function mount(tag: string): HTMLElement {
  const element = document.createElement(tag);
  document.body.append(element);
  return element;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

async function tinymceKeeps(html: string): Promise<string> {
  await loadScript('/node_modules/tinymce/tinymce.min.js');
  const { tinymce } = window as unknown as { tinymce: any };
  const target = mount('textarea');
  const [editor] = await tinymce.init({
    target,
    license_key: 'gpl',
    base_url: '/node_modules/tinymce',
    suffix: '.min',
    promotion: false,
  });
  try {
    editor.setContent(html);
    return editor.getContent();
  } finally {
    editor.remove();
    target.remove();
  }
}

const CKEDITOR = '/node_modules/ckeditor5/dist/browser/ckeditor5.js';

async function ckeditorKeeps(html: string, generalHtmlSupport: boolean): Promise<string> {
  const ck = await import(/* @vite-ignore */ CKEDITOR as string);
  const plugins = [ck.Essentials, ck.Paragraph, ck.Heading, ck.Bold, ck.Italic, ck.Link, ck.BlockQuote, ck.List];
  const target = mount('div');
  const editor = await ck.ClassicEditor.create(target, {
    licenseKey: 'GPL',
    plugins: generalHtmlSupport ? [...plugins, ck.GeneralHtmlSupport] : plugins,
    // General HTML Support's documented setting for keeping any element, attribute and style.
    ...(generalHtmlSupport && {
      htmlSupport: { allow: [{ name: /.*/, attributes: true, classes: true, styles: true }] },
    }),
  });
  try {
    editor.setData(html);
    return editor.getData();
  } finally {
    await editor.destroy();
    target.remove();
  }
}

const editors = [
  {
    id: 'editor-tinymce',
    platform: 'TinyMCE 8',
    pipeline: 'default settings, setContent then getContent',
    keeps: tinymceKeeps,
  },
  {
    id: 'editor-ckeditor5',
    platform: 'CKEditor 5',
    pipeline: 'ClassicEditor (paragraphs, headings, bold, italic, links, quotes, lists), setData then getData',
    keeps: (html: string) => ckeditorKeeps(html, false),
  },
  {
    id: 'editor-ckeditor5-ghs',
    platform: 'CKEditor 5',
    pipeline: 'ClassicEditor with General HTML Support allowing everything, setData then getData',
    keeps: (html: string) => ckeditorKeeps(html, true),
  },
];

describe('platform suite: the snippet through rich-text editors', () => {
  for (const { keeps, ...page } of editors) {
    it(`${page.platform}: ${page.pipeline}`, async function () {
      this.timeout(60_000);
      const kept = await keeps(snippet);
      const path = await executeServerCommand<string, { name: string; html: string }>('platform-page', {
        name: page.id,
        html: pageAround(kept),
      });
      const off = await readPage(path, false, WIDTHS[0]!);
      const on = await readPage(path, true, WIDTHS[0]!);
      const failures = failuresOf(off, on, {});
      await executeServerCommand('platform-result', {
        page: { ...page, paste: 'dist/embed.html as the content', gated: true },
        // Editors' pages have no theme: no box or column to report.
        result: {
          off: { ...off, box: undefined, columnOffset: undefined },
          on: { ...on, box: undefined, columnOffset: undefined },
          failures,
        },
      });
      expect(failures, 'what the reader gets').to.deep.equal([]);
    });
  }
});
