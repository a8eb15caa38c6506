/**
 * The widget inside common real stylesheets (Bootstrap, Pico, Tailwind's preflight, GitHub's
 * markdown CSS, WordPress's default themes, light and dark), each with the page structure it
 * styles: it reads right in every one.
 *
 * Every host page is an iframe of its own, so no page's global CSS reaches another test, and the
 * widget is registered there the way a site registers it: a script tag loading the shipped bundle.
 * Expectations come from test/fixtures; nothing here imports src/.
 */
import { expect } from '@open-wc/testing';
import { HOST_PARAGRAPH, openHostPage, removeFrames, vendored, widget, type PageSpec } from './frames.js';
import { effectiveBackground, expectReadable, relativeLuminance } from './helpers.js';

const NODE_MODULES = '/node_modules';

afterEach(removeFrames);

interface ThemePage {
  name: string;
  /** A dark page: its background behind the widget is dark (proves the dark variant applied). */
  dark: boolean;
  page: (widgetAttrs: string) => PageSpec;
}

const bootstrap =
  (theme: 'light' | 'dark') =>
  (attrs: string): PageSpec => ({
    html: `lang="en" data-bs-theme="${theme}"`,
    stylesheets: [`${NODE_MODULES}/bootstrap/dist/css/bootstrap.css`],
    body: `<main class="container"><div class="row g-5"><div class="col-md-8">
    <article class="blog-post">
      <h2 class="display-5 link-body-emphasis mb-1">A host post</h2>
      <p class="blog-post-meta">January 1, 2025 by <a href="#">Someone</a></p>
      ${HOST_PARAGRAPH}
      ${widget(attrs)}
    </article></div></div></main>`,
  });

const pico =
  (theme: 'light' | 'dark') =>
  (attrs: string): PageSpec => ({
    html: `lang="en" data-theme="${theme}"`,
    stylesheets: [`${NODE_MODULES}/@picocss/pico/css/pico.css`],
    body: `<main class="container"><h1>A host post</h1>${HOST_PARAGRAPH}${widget(attrs)}</main>`,
  });

const githubMarkdown =
  (file: string) =>
  (attrs: string): PageSpec => ({
    stylesheets: [`${NODE_MODULES}/github-markdown-css/${file}`],
    // The container rules github-markdown-css's readme asks pages to add.
    css: '.markdown-body{box-sizing:border-box;min-width:200px;max-width:980px;margin:0 auto;padding:45px}',
    body: `<article class="markdown-body"><h1>A host README</h1>${HOST_PARAGRAPH}${widget(attrs)}</article>`,
  });

const twentyTwentyOne =
  (theme: 'light' | 'dark') =>
  (attrs: string): PageSpec => {
    // What the theme's PHP and its dark-mode script put on <html> and <body> for a reader whose
    // system asks for dark mode, with "Dark mode support" on.
    const dark = theme === 'dark' ? ' is-dark-theme' : '';
    return {
      html: `lang="en" class="respect-color-scheme-preference${dark}"`,
      bodyAttrs: `class="post-template-default single single-post singular${dark}"`,
      stylesheets: [
        vendored('twentytwentyone-2.2-style-excerpt.css'),
        ...(theme === 'dark' ? [vendored('twentytwentyone-2.2-dark-mode.css')] : []),
      ],
      body: `<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area">
      <main id="main" class="site-main">
        <article class="post type-post status-publish format-standard hentry entry">
          <header class="entry-header alignwide"><h1 class="entry-title">A host post</h1></header>
          <div class="entry-content">${HOST_PARAGRAPH}${widget(attrs)}</div>
        </article>
      </main></div></div></div>`,
    };
  };

/** The markup a block theme (Twenty Twenty-Four, Twenty Twenty-Five) renders for a post's content. */
const blockTheme =
  (stylesheets: string[], theme: string) =>
  (attrs: string): PageSpec => ({
    bodyAttrs: `class="wp-singular post-template-default single single-post wp-theme-${theme}"`,
    stylesheets,
    body: `<div class="wp-site-blocks"><main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
    <div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
      ${HOST_PARAGRAPH}${widget(attrs)}
    </div></main></div>`,
  });

const themePages: ThemePage[] = [
  { name: 'Bootstrap 5.3', dark: false, page: bootstrap('light') },
  { name: 'Bootstrap 5.3 dark (data-bs-theme=dark)', dark: true, page: bootstrap('dark') },
  { name: 'Pico 2', dark: false, page: pico('light') },
  { name: 'Pico 2 dark (data-theme=dark)', dark: true, page: pico('dark') },
  {
    name: "Tailwind 3's preflight",
    dark: false,
    page: (attrs) => ({
      stylesheets: [vendored('tailwind-3.4.19-preflight.css')],
      body: `<main><h1>A host post</h1>${HOST_PARAGRAPH}${widget(attrs)}</main>`,
    }),
  },
  { name: 'GitHub markdown CSS (light)', dark: false, page: githubMarkdown('github-markdown-light.css') },
  { name: 'GitHub markdown CSS (auto, light system)', dark: false, page: githubMarkdown('github-markdown.css') },
  { name: 'GitHub markdown CSS (dark)', dark: true, page: githubMarkdown('github-markdown-dark.css') },
  { name: 'WordPress Twenty Twenty-One', dark: false, page: twentyTwentyOne('light') },
  { name: 'WordPress Twenty Twenty-One dark mode', dark: true, page: twentyTwentyOne('dark') },
  {
    name: 'WordPress Twenty Twenty-Four',
    dark: false,
    page: blockTheme([vendored('twentytwentyfour-global-styles.css')], 'twentytwentyfour'),
  },
  {
    name: 'WordPress Twenty Twenty-Five',
    dark: false,
    page: blockTheme(
      [vendored('twentytwentyfive-global-styles.css'), vendored('twentytwentyfive-1.3-style.css')],
      'twentytwentyfive',
    ),
  },
  {
    name: 'WordPress Twenty Twenty-Five "Evening" (dark)',
    dark: true,
    page: blockTheme(
      [
        vendored('twentytwentyfive-global-styles.css'),
        vendored('twentytwentyfive-evening.css'),
        vendored('twentytwentyfive-1.3-style.css'),
      ],
      'twentytwentyfive',
    ),
  },
];

describe('<leadership-article> inside real stylesheets', () => {
  for (const theme of themePages) {
    // On a dark page a site may keep the default light card or ask for the dark one.
    const variants = theme.dark ? ['', ' theme="dark"'] : [''];
    for (const attrs of variants) {
      it(`reads right in ${theme.name}${attrs ? ` with${attrs}` : ''}`, async () => {
        const page = await openHostPage(theme.page(attrs));
        const pageBackground = relativeLuminance(effectiveBackground(page.host.parentElement!));
        if (theme.dark) expect(pageBackground, 'the dark variant applied').to.be.below(0.1);
        else expect(pageBackground, 'a light page').to.be.above(0.4);
        await expectReadable(page.article, theme.name);
      });
    }
  }
});
