import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Configure `pageExtensions` to include markdown and MDX files
  pageExtensions: ['js', 'jsx', 'md', 'mdx', 'ts', 'tsx'],
  // A static site (`next build` writes it to out/), as a blog on static hosting is built.
  output: 'export',
  // The platform suite serves the site under the test server's path: the one change for serving.
  basePath: process.env.SITE_BASE,
};

const withMDX = createMDX({
  // Add markdown plugins here, as desired
});

// Merge MDX config with Next.js config
export default withMDX(nextConfig);
