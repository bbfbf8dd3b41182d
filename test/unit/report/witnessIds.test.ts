import * as assert from 'node:assert/strict';
import { fileBaseName, witnessIds } from '../../../src/core/report/witnessIds';

describe('witnessIds', () => {
  it('names each source after its file, as a valid and distinct XML id', () => {
    const ids = witnessIds([
      'press/tass.txt', 'web/tass.txt', 'C:\\news\\Al Jazeera (EN).md', '2024-01-05-reuters.txt', 'https://example.org/a/bbc.html?x=1#top', 'Ünïcode–name.txt', '',
    ]);
    assert.deepEqual(ids, ['tass', 'tass-2', 'Al-Jazeera--EN-', 'w-2024-01-05-reuters', 'bbc', 'w--n-code-name', 'source']);
    for (const id of ids) assert.match(id, /^[A-Za-z_][A-Za-z0-9_.-]*$/);
  });

  it('keeps ids distinct when a file is already named like a suffixed duplicate', () => {
    const ids = witnessIds(['a.txt', 'x/a.txt', 'a-2.txt']);
    assert.equal(new Set(ids).size, 3);
  });
});

describe('fileBaseName', () => {
  it('takes the last part of a POSIX path, a Windows path or a URI', () => {
    assert.equal(fileBaseName('/home/me/story.txt'), 'story.txt');
    assert.equal(fileBaseName('C:\\Users\\me\\story.txt'), 'story.txt');
    assert.equal(fileBaseName('file:///tmp/story.md?version=2'), 'story.md');
  });
});
