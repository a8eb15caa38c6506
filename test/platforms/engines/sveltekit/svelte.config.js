import { mdsvex } from 'mdsvex';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Consult https://svelte.dev/docs/kit/integrations
	// for more information about preprocessors
	preprocess: [vitePreprocess(), mdsvex()],

	kit: {
		// adapter-static writes the prerendered site to build/
		// See https://svelte.dev/docs/kit/adapters for more information about adapters.
		adapter: adapter(),
		// The platform suite serves the site under the test server's path: the one change for serving.
		paths: { base: process.env.SITE_BASE ?? '' }
	},

	extensions: ['.svelte', '.svx']
};

export default config;
