/**
 * The upgrade's box check, reused: runs test/upgrade-box.test.ts (fallback box before the
 * script, widget box after, per vendored host stylesheet and width) in the given engines through
 * `npm test`'s runner, and reads each engine's test counts and largest box difference from its
 * output (the test prints every pair of boxes).
 */
import { spawn } from 'node:child_process';
import { ROOT } from './sizes.mjs';

const ENGINE_OF = { Chrome: 'chromium', Chromium: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };
const numbers = (text) => text.split(',').map(Number);

export async function upgradeBoxes(engines, log) {
  const output = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/test.mjs', '--files', 'test/upgrade-box.test.ts'], {
      cwd: ROOT,
      env: { ...process.env, BROWSERS: engines.join(',') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (data) => (text += data));
    child.stderr.on('data', (data) => (text += data));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ text, code }));
  });
  const result = Object.fromEntries(
    engines.map((engine) => [engine, { passed: 0, failed: 0, pairs: 0, maxDelta: undefined }]),
  );
  let current = engines.length === 1 ? engines[0] : undefined; // one engine: logs carry no name
  for (const line of output.text.split('\n')) {
    const header = /Browser logs on (\w+)/.exec(line);
    if (header) current = ENGINE_OF[header[1]];
    const box = /^\s*box (.+?): fallback ([-\d., ]+) → widget ([-\d., ]+)$/.exec(line);
    if (box && current && result[current] && !box[1].startsWith('control')) {
      const delta = Math.max(...numbers(box[2]).map((v, i) => Math.abs(v - numbers(box[3])[i])));
      result[current].pairs += 1;
      result[current].maxDelta = Math.max(result[current].maxDelta ?? 0, delta);
    }
    const counts = /^(\w+): (\d+) passed, (\d+) failed/.exec(line);
    if (counts && ENGINE_OF[counts[1]] && result[ENGINE_OF[counts[1]]]) {
      Object.assign(result[ENGINE_OF[counts[1]]], { passed: Number(counts[2]), failed: Number(counts[3]) });
    }
  }
  log?.(`upgrade boxes: exit ${output.code}`);
  return { exitCode: output.code, engines: result };
}
