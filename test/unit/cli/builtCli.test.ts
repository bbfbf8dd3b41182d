import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describeCliBehaviour } from './cliBehaviour';

const root = join(__dirname, '../../..');

describe('dist/cli.js (the bundled command line in a child process)', function () {
  this.timeout(120_000);
  before(() => {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
  });
  describeCliBehaviour((args) => {
    const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  });
});
