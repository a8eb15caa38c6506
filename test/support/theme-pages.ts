/**
 * Real host pages: the stylesheets of common frameworks and WordPress themes (from npm, from
 * Debian's WordPress, or vendored in test/fixtures/host-css with their licences) with the markup
 * each styles, around a post's content.
 */
import { HOST_PARAGRAPH, vendored, type PageSpec } from './frames.js';

const NODE_MODULES = '/node_modules';
const TT1_EXCERPT = vendored('twentytwentyone-2.2-style-excerpt.css');

export interface ThemePage {
  name: string;
  /** A dark page: its background behind the widget is dark (proves the dark variant applied). */
  dark: boolean;
  /** The page, with `content` (the paste or the widget) after the host's own paragraph in its post. */
  page: (content: string) => PageSpec;
}

const bootstrap =
  (theme: 'light' | 'dark') =>
  (content: string): PageSpec => ({
    html: `lang="en" data-bs-theme="${theme}"`,
    stylesheets: [`${NODE_MODULES}/bootstrap/dist/css/bootstrap.css`],
    body: `<main class="container"><div class="row g-5"><div class="col-md-8">
    <article class="blog-post">
      <h2 class="display-5 link-body-emphasis mb-1">A host post</h2>
      <p class="blog-post-meta">January 1, 2025 by <a href="#">Someone</a></p>
      ${HOST_PARAGRAPH}
      ${content}
    </article></div></div></main>`,
  });

const pico =
  (theme: 'light' | 'dark') =>
  (content: string): PageSpec => ({
    html: `lang="en" data-theme="${theme}"`,
    stylesheets: [`${NODE_MODULES}/@picocss/pico/css/pico.css`],
    body: `<main class="container"><h1>A host post</h1>${HOST_PARAGRAPH}${content}</main>`,
  });

const githubMarkdown =
  (file: string) =>
  (content: string): PageSpec => ({
    stylesheets: [`${NODE_MODULES}/github-markdown-css/${file}`],
    // The container rules github-markdown-css's readme asks pages to add.
    css: '.markdown-body{box-sizing:border-box;min-width:200px;max-width:980px;margin:0 auto;padding:45px}',
    body: `<article class="markdown-body"><h1>A host README</h1>${HOST_PARAGRAPH}${content}</article>`,
  });

/** Twenty Twenty-One's post page with `stylesheets`, in its dark mode where `theme` is dark. */
const twentyTwentyOne =
  (theme: 'light' | 'dark', stylesheets: string[]) =>
  (content: string): PageSpec => {
    // What the theme's PHP and its dark-mode script put on <html> and <body> for a reader whose
    // system asks for dark mode, with "Dark mode support" on.
    const dark = theme === 'dark' ? ' is-dark-theme' : '';
    return {
      html: `lang="en" class="respect-color-scheme-preference${dark}"`,
      bodyAttrs: `class="post-template-default single single-post singular${dark}"`,
      stylesheets,
      body: `<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area">
      <main id="main" class="site-main">
        <article class="post type-post status-publish format-standard hentry entry">
          <header class="entry-header alignwide"><h1 class="entry-title">A host post</h1></header>
          <div class="entry-content">${HOST_PARAGRAPH}${content}</div>
        </article>
      </main></div></div></div>`,
    };
  };

/** The markup a block theme (Twenty Twenty-Four, Twenty Twenty-Five) renders for a post's content. */
const blockTheme =
  (stylesheets: string[], theme: string) =>
  (content: string): PageSpec => ({
    bodyAttrs: `class="wp-singular post-template-default single single-post wp-theme-${theme}"`,
    stylesheets,
    body: `<div class="wp-site-blocks"><main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
    <div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
      ${HOST_PARAGRAPH}${content}
    </div></main></div>`,
  });

/** Common real stylesheets, light and dark, each with the page structure it styles. */
export const THEME_PAGES: ThemePage[] = [
  { name: 'Bootstrap 5.3', dark: false, page: bootstrap('light') },
  { name: 'Bootstrap 5.3 dark (data-bs-theme=dark)', dark: true, page: bootstrap('dark') },
  { name: 'Pico 2', dark: false, page: pico('light') },
  { name: 'Pico 2 dark (data-theme=dark)', dark: true, page: pico('dark') },
  {
    name: "Tailwind 3's preflight",
    dark: false,
    page: (content) => ({
      stylesheets: [vendored('tailwind-3.4.19-preflight.css')],
      body: `<main><h1>A host post</h1>${HOST_PARAGRAPH}${content}</main>`,
    }),
  },
  { name: 'GitHub markdown CSS (light)', dark: false, page: githubMarkdown('github-markdown-light.css') },
  { name: 'GitHub markdown CSS (auto, light system)', dark: false, page: githubMarkdown('github-markdown.css') },
  { name: 'GitHub markdown CSS (dark)', dark: true, page: githubMarkdown('github-markdown-dark.css') },
  { name: 'WordPress Twenty Twenty-One', dark: false, page: twentyTwentyOne('light', [TT1_EXCERPT]) },
  {
    name: 'WordPress Twenty Twenty-One dark mode',
    dark: true,
    page: twentyTwentyOne('dark', [TT1_EXCERPT, vendored('twentytwentyone-2.2-dark-mode.css')]),
  },
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

/** Twenty Twenty-One with Debian's whole stylesheet (served from its WordPress package), not the excerpt. */
export const TWENTY_TWENTY_ONE_WHOLE: ThemePage = {
  name: "WordPress Twenty Twenty-One (Debian's whole style.css)",
  dark: false,
  page: twentyTwentyOne('light', ['/wordpress-themes/twentytwentyone/style.css']),
};

/** A page with no stylesheet at all. */
export const UNSTYLED_PAGE: ThemePage = {
  name: 'an unstyled page',
  dark: false,
  page: (content) => ({ body: `<main>${HOST_PARAGRAPH}${content}</main>` }),
};
