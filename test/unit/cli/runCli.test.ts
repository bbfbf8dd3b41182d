import { runCli } from '../../../src/cli/main';
import { describeCliBehaviour } from './cliBehaviour';

describe('runCli (in process)', () => {
  describeCliBehaviour((args) => {
    let stdout = '';
    let stderr = '';
    const code = runCli(args, (s) => { stdout += s; }, (s) => { stderr += s; });
    return { code, stdout, stderr };
  });
});
