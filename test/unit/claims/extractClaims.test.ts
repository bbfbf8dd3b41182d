import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../../src/core/analyzeArticle';

const claimsOf = (text: string): Array<[string, string | null, string]> => analyzeArticle(text).claims.map((c) => [c.kind, c.speaker, c.text]);
const seeds = join(__dirname, '../../fixtures/corpus/seeds');

describe('extractClaims', () => {
  it('makes a claim of every direct and partial quote, pointing back at the quote', () => {
    const a = analyzeArticle('“We will not resign,” Prime Minister Elena Vasquez said on Friday. Critics called the plan “a fantasy”.');
    const quoteClaims = a.claims.filter((c) => c.kind === 'quote');
    assert.equal(quoteClaims.length, 2);
    for (const c of quoteClaims) assert.equal(a.quotes[c.quoteIndex ?? -1].text, c.text);
    assert.equal(quoteClaims[0].speaker, 'Elena Vasquez');
  });

  it('reads indirect speech: "said that", a bare clause after the verb, "according to" and a closing "X said"', () => {
    const text = [
      'Foreign Minister Sergey Lavrov said that Russia was ready to mediate.',
      'Central bank governor Andrew Bailey warned inflation could stay high until next year.',
      'According to the World Health Organization, the outbreak is slowing in the east.',
      'The talks will resume in Geneva next week, Ukrainian President Volodymyr Zelensky said.',
      'Bank of England governor Andrew Bailey said on Monday the bank would not cut rates soon.',
    ].join('\n');
    assert.deepEqual(claimsOf(text), [
      ['indirect', 'Sergey Lavrov', 'Russia was ready to mediate.'],
      ['indirect', 'Andrew Bailey', 'inflation could stay high until next year.'],
      ['indirect', 'World Health Organization', 'the outbreak is slowing in the east.'],
      ['indirect', 'Volodymyr Zelensky', 'The talks will resume in Geneva next week'],
      ['indirect', 'Andrew Bailey', 'the bank would not cut rates soon.'],
    ]);
  });

  it('keeps the words of an unnamed party as its speaker, not the outlet', () => {
    const [claim] = claimsOf('Aid groups said they would now have to plan convoys in three-month blocks.');
    assert.deepEqual(claim, ['indirect', 'Aid groups', 'they would now have to plan convoys in three-month blocks.']);
  });

  it('finds numeric assertions and credits them to the subject of their verb, or to the outlet', () => {
    const text = readFileSync(join(seeds, '001_329362c8f0014bf2.txt'), 'utf8');
    const numeric = claimsOf(text).filter(([kind]) => kind === 'numeric');
    assert.ok(numeric.some(([, speaker, t]) => speaker === 'United Nations' && t.includes('about 100 aid trucks a day')));
    assert.ok(numeric.some(([, speaker, t]) => speaker === null && t.startsWith('On Monday, a third aid convoy')));
  });

  it('takes no claims from headlines, credits, captions or "Read more" lines', () => {
    const text = 'Minister says 40 people hurt\n© Jane Roe / AFP\nImage caption, 40 people were hurt, the minister said\nThe minister said that 40 people were hurt.\nRead more: Officials said 12 died in the blast';
    const a = analyzeArticle(text);
    const prose = a.blocks.filter((b) => b.kind === 'paragraph');
    assert.ok(a.claims.length > 0);
    for (const c of a.claims) assert.ok(prose.some((b) => b.start <= c.start && c.end <= b.end), `claim outside prose: ${c.text}`);
  });

  it('does not report a sentence of the speaker’s own numbers twice', () => {
    const claims = claimsOf('“Three months is not a plan,” said ambassador Margaret Ellison-Brooks after the vote.');
    assert.deepEqual(claims.map(([kind]) => kind), ['quote']);
  });

  it('leaves the one told out of the claim, and credits "the company", "it" and "they" to who the text named', () => {
    const text = [
      'Defence Secretary Mark Hollis told Reuters the deployment would last six months.',
      'Harbour Energy cut 300 jobs on Tuesday, the company said.',
      'Morrow Foods lowered its forecast. It said sales would fall by 8% this year.',
      'Prime Minister Sophie Laurent and Chancellor Markus Weber met in Lyon. They said the bloc would spend 20 billion euros on defence.',
    ].join('\n');
    const indirect = claimsOf(text).filter(([kind]) => kind === 'indirect');
    assert.deepEqual(indirect, [
      ['indirect', 'Mark Hollis', 'the deployment would last six months.'],
      ['indirect', 'Harbour Energy', 'Harbour Energy cut 300 jobs on Tuesday'],
      ['indirect', 'Morrow Foods', 'sales would fall by 8% this year.'],
      ['indirect', 'Sophie Laurent; Markus Weber', 'the bloc would spend 20 billion euros on defence.'],
    ]);
  });

  it('never reads "…, said X was …" at the end of a sentence as a closing reporting clause', () => {
    const claims = claimsOf('Sergei Ivanov, speaking to reporters in Ankara, said Moscow was ready for talks.');
    assert.deepEqual(claims, [['indirect', 'Sergei Ivanov', 'Moscow was ready for talks.']]);
  });

  it('gives a numeric claim the verb that credits it, and neither speaker nor verb when the outlet asserts it', () => {
    const claims = analyzeArticle('The World Food Programme has called for 300 trucks a day to enter the city.\nUnemployment rose to 5.2% in March.').claims;
    assert.deepEqual(claims.map((c) => [c.kind, c.speaker, c.cue]), [
      ['numeric', 'World Food Programme', 'called'],
      ['numeric', null, null],
    ]);
  });

  it('credits a sentence with "according to X" between commas to X, and an armed service to its own words', () => {
    const text = 'The death toll, according to the health ministry, rose to 40 on Sunday.\nUkraine’s air force said Russia had launched 120 drones overnight.';
    assert.deepEqual(analyzeArticle(text).claims.map((c) => [c.kind, c.speaker, c.cue]), [
      ['indirect', 'the health ministry', 'according to'],
      ['indirect', 'air force', 'said'],
    ]);
  });
});
