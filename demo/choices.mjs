/**
 * The publish page's choices, shared by the site build (demo/build.mjs), which writes the code of
 * every one, and the page (demo/publish.js), which offers them.
 */

/** The plain choices, in the words of the person choosing; under `builder`, the site builders. */
export const KINDS = [
  ['snippet', 'Paste into a post', 'a blog or website editor with an HTML block'],
  ['email', 'Newsletter or email', 'a mail editor or newsletter service'],
  ['iframe', 'Only a link or iframe allowed', 'Wix, Notion, or an Embed block'],
  ['builder', 'My site builder', 'WordPress, Ghost, Hugo, Docusaurus, Astro, Next.js, VitePress and more'],
];

/**
 * The name of one entry of the site's choices.json: an output × script host × theme × heading level.
 *
 * @param {{ output: string, host: string, theme: string, level: number }} choice
 */
export const choiceKey = ({ output, host, theme, level }) => `${output} ${host} ${theme} ${level}`;
