// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// https://astro.build/config
export default defineConfig({
	site: 'https://example.com',
	// The platform suite serves the site under the test server's path: the one change to the starter.
	base: process.env.SITE_BASE,
	integrations: [mdx()],
});
