/**
 * The name of one choice in the site's choices.json, shared by the site build
 * (scripts/site.mjs), which writes one entry for every output × script host × theme × heading
 * level, and the publish page (demo/publish.js), which reads them.
 *
 * @param {{ output: string, host: string, theme: string, level: number }} choice
 */
export const choiceKey = ({ output, host, theme, level }) => `${output} ${host} ${theme} ${level}`;
