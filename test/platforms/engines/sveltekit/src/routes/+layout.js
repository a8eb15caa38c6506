// adapter-static: every page is prerendered into the static site.
export const prerender = true;
