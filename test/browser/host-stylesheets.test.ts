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
import { openHostPage, removeFrames, widget } from '../support/frames.js';
import { effectiveBackground, expectReadable, relativeLuminance } from '../support/helpers.js';
import { THEME_PAGES } from '../support/theme-pages.js';

afterEach(removeFrames);

describe('<leadership-article> inside real stylesheets', () => {
  for (const theme of THEME_PAGES) {
    // On a dark page a site may keep the default light card or ask for the dark one.
    const variants = theme.dark ? ['', ' theme="dark"'] : [''];
    for (const attrs of variants) {
      it(`reads right in ${theme.name}${attrs ? ` with${attrs}` : ''}`, async () => {
        const page = await openHostPage(theme.page(widget(attrs)));
        const pageBackground = relativeLuminance(effectiveBackground(page.host.parentElement!));
        if (theme.dark) expect(pageBackground, 'the dark variant applied').to.be.below(0.1);
        else expect(pageBackground, 'a light page').to.be.above(0.4);
        await expectReadable(page.article, theme.name);
      });
    }
  }
});
