/**
 * The README is what users copy: its snippet must be the generated one, its quick start's test
 * command must be what CI runs, and the demo must paste the same snippet.
 */
import { expect } from '@open-wc/testing';

const text = async (path: string) => {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.text();
};

describe('README', () => {
  it('shows the generated snippet, dist/embed.html, verbatim (run `npm run readme` after a build)', async () => {
    const readme = await text('/README.md');
    const block = readme.match(/<!-- snippet:start[^>]*-->\n```html\n([\s\S]*?)\n```\n<!-- snippet:end -->/);
    expect(block, 'snippet block').to.not.equal(null);
    expect(block![1]).to.equal((await text('/dist/embed.html')).trim());
  });

  it('gives two quick-start commands, and CI runs its test command', async () => {
    const readme = await text('/README.md');
    const quickStart = readme.split('## Quick start')[1]!.match(/```sh\n([\s\S]*?)```/)![1]!;
    const commands = quickStart
      .trim()
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim());
    expect(commands).to.deep.equal(['npm ci && npm start', 'npm test']);
    const ci = await text('/.ci/run');
    const lastCommand = ci.trim().split('\n').at(-1);
    expect(lastCommand).to.equal('npm test');
  });

  it('the demo marks exactly one place for the snippet', async () => {
    const demo = await text('/demo/index.html');
    expect(demo.split('<!-- leadership-article snippet -->').length).to.equal(2);
  });
});
