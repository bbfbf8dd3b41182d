/**
 * Activation is cheap: the language model is loaded by the analysis worker on the first analysis,
 * not by `activate`. Records the timings for `npm run bench` (test-results/activation.json).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openArticle } from './support';

describe('activation', () => {
  it('loads the language model in the worker for the first analysis, and records the timings', async () => {
    const { api } = await openArticle('001_329362c8f0014bf2.txt');
    const status = await api.modelStatus();
    assert.strictEqual(status.modelLoaded, true, 'an article was analysed, so the worker has the model');
    assert.ok(status.modelLoadMillis > 0, 'the model load was timed');
    assert.ok(api.activationMillis >= 0);
    const folder = process.env.SOURCE_CRITIC_SCREENSHOT_DIR;
    if (folder) {
      fs.writeFileSync(path.join(folder, 'activation.json'), `${JSON.stringify({ activationMillis: api.activationMillis, workerModelLoadMillis: status.modelLoadMillis }, null, 1)}\n`);
    }
  });
});
