import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectBlocks } from '../../../src/core/structure/detectBlocks';

const seeds = join(__dirname, '../../fixtures/corpus/seeds');
const kindsOf = (text: string): Array<[string, string]> => detectBlocks(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('detectBlocks', () => {
  it('finds a repeated headline, a photo credit, paragraphs and a crosshead in a web article', () => {
    const text = readFileSync(join(seeds, '000_dd448b168f52a1ce.txt'), 'utf8');
    const kinds = kindsOf(text);
    assert.deepEqual(kinds.slice(0, 3).map((k) => k[0]), ['headline', 'headline', 'credit']);
    assert.equal(kinds[2][1], '© Johannes Simon / Getty Images');
    assert.deepEqual(kinds.find((k) => k[1] === 'Russia does not accept any manifestations of terrorism'), ['crosshead', 'Russia does not accept any manifestations of terrorism']);
    assert.ok(kinds.slice(3).every(([kind]) => kind === 'paragraph' || kind === 'crosshead'));
  });

  it('splits a dateline off the first paragraph and finds no headline when the story starts at once', () => {
    const text = readFileSync(join(seeds, '001_329362c8f0014bf2.txt'), 'utf8');
    const kinds = kindsOf(text);
    assert.deepEqual(kinds[0], ['dateline', 'TEHRAN:']);
    assert.equal(kinds[1][0], 'paragraph');
    assert.ok(kinds[1][1].startsWith('Russian Foreign Minister Sergei Lavrov on Monday'));
    assert.ok(!kinds.some(([kind]) => kind === 'headline'));
  });

  it('marks "Read next:" and "Read more:" link lines as not prose and a one-sentence summary as standfirst', () => {
    const text = readFileSync(join(seeds, '003_7f66165cc7c1e9fd.txt'), 'utf8');
    const kinds = kindsOf(text);
    assert.equal(kinds[0][0], 'headline');
    assert.equal(kinds[1][0], 'standfirst');
    assert.equal(kinds.filter(([kind]) => kind === 'caption').length, 2);
    assert.ok(kinds.filter(([kind]) => kind === 'caption').every(([, t]) => /^Read (next|more):/.test(t)));
  });

  it('reads wire datelines, bylines and agency credits in several house styles', () => {
    const text = [
      'Court jails former banker for six years over fraud',
      'By Jane Doe and John Roe',
      '',
      'LONDON (Reuters) - A former banker was jailed for six years on Tuesday for defrauding clients of 12 million pounds, a judge at Southwark Crown Court said.',
      '',
      '(Reuters/John Smith)',
      '',
      'The judge said the crimes were "cynical and sustained".',
      '',
      'Reporting by Jane Doe; Editing by Alex Richardson',
    ].join('\r\n');
    const kinds = kindsOf(text);
    assert.deepEqual(kinds.map((k) => k[0]), ['headline', 'byline', 'dateline', 'paragraph', 'credit', 'paragraph', 'byline']);
    assert.equal(kinds[2][1], 'LONDON (Reuters) -');
    assert.ok(kinds[3][1].startsWith('A former banker'));
  });

  it('recognises em-dash and agency datelines, BBC captions and Guardian photograph credits', () => {
    const text = [
      'WASHINGTON — The Senate passed the bill late on Thursday after a marathon session.',
      'Image caption, Senators leave the chamber after the vote',
      'Senators leave the chamber after the vote. Photograph: Evan Vucci/AP',
      'The measure now goes to the House, where its fate is uncertain.',
    ].join('\n');
    const kinds = kindsOf(text);
    assert.deepEqual(kinds.map((k) => k[0]), ['dateline', 'paragraph', 'caption', 'caption', 'paragraph']);
    assert.equal(kinds[0][1], 'WASHINGTON —');
    const tass = kindsOf('MOSCOW, October 23. /TASS/. Russia will keep its embassy in Kyiv closed, the ministry said.');
    assert.deepEqual(tass.map((k) => k[0]), ['dateline', 'paragraph']);
    assert.ok(tass[1][1].startsWith('Russia will keep'));
  });

  it('does not take a sentence that opens with a short capitalised word for a dateline', () => {
    const kinds = kindsOf('UN - the body said nothing.\nUS officials met on Friday.');
    assert.ok(!kinds.some(([kind]) => kind === 'dateline'));
  });

  it('joins hard-wrapped lines of one paragraph but never glues a headline to the story', () => {
    const text = 'Storm batters coast\n\nThe storm, which forecasters had tracked for days across the\nocean, made landfall before dawn on Sunday.\n\nThousands were left without power.';
    const kinds = kindsOf(text);
    assert.deepEqual(kinds.map((k) => k[0]), ['headline', 'paragraph', 'paragraph']);
    assert.ok(kinds[1][1].endsWith('before dawn on Sunday.'));
  });

  it('covers trimmed text with sorted, disjoint blocks and handles a missing final newline and CR breaks', () => {
    const text = '  Headline here  \r\rFirst paragraph of the story.\rSecond paragraph.';
    const blocks = detectBlocks(text);
    for (let i = 1; i < blocks.length; i++) assert.ok(blocks[i].start >= blocks[i - 1].end);
    for (const b of blocks) assert.equal(text.slice(b.start, b.end), text.slice(b.start, b.end).trim());
    assert.equal(text.slice(blocks[blocks.length - 1].start, blocks[blocks.length - 1].end), 'Second paragraph.');
  });

  it('reads bylines with roles, dates and bars, role and agency lines, and long datelines', () => {
    const text = [
      'Farmers block Brussels as ministers fail to agree',
      'By Camille Roussel, Brussels correspondent',
      'Thu 5 Feb 2026 17.42 GMT',
      'Express News Service',
      'NAIROBI, Kenya, Feb 18 – The National Assembly on Wednesday threw out a proposal to raise fuel levies.',
      'By Monday, officials expect the roads to reopen.',
    ].join('\n');
    assert.deepEqual(kindsOf(text).map((k) => k[0]), ['headline', 'byline', 'byline', 'byline', 'dateline', 'paragraph', 'paragraph']);
  });

  it('reads Markdown headings, emphasised bylines and block quotes', () => {
    const text = '# The age-check law is coming. Nobody knows how it will work.\n\n**By Priya Raman** · 6 min read · 4 March 2026\n\nLast week I read the guidance.\n\n## What the regulator says\n\n> “Services have had notice.”\n\nThat is the crux.';
    assert.deepEqual(kindsOf(text).map((k) => k[0]), ['headline', 'byline', 'paragraph', 'crosshead', 'paragraph', 'paragraph']);
  });

  it('reads BBC page furniture: time stamps, share and topic links, image source and caption, role lines', () => {
    const text = [
      "Ukraine war: Zelensky says counter-offensive 'slower than desired'",
      '2 hours ago',
      'Share',
      'Image source, Getty Images',
      'Image caption, Volodymyr Zelensky spoke in Kyiv on Wednesday',
      'By James Waterhouse',
      'BBC Ukraine correspondent',
      "Ukraine's President Volodymyr Zelensky has admitted that the counter-offensive is going \"slower than desired\".",
      '"Some people believe this is a Hollywood movie and expect results now. It\'s not," he told the BBC.',
      'Related Topics',
    ].join('\n');
    assert.deepEqual(kindsOf(text).map((k) => k[0]), ['headline', 'byline', 'caption', 'caption', 'caption', 'byline', 'byline', 'standfirst', 'paragraph', 'caption']);
  });

  it('reads a one-sentence paragraph between the headline and the byline as the standfirst, whatever the lede\'s length', () => {
    const text = [
      'Harbour cranes idle as dockers strike for a second week',
      '',
      'Ships queue off the port for a second week, and shippers warn the backlog “will take months to clear” once work resumes on the quays.',
      '',
      'Published On 3 Mar 2026',
      '',
      'Dockers at the port walked out on Monday.',
      '',
      'The union said talks would resume on Friday.',
    ].join('\n');
    assert.deepEqual(kindsOf(text).map((k) => k[0]), ['headline', 'standfirst', 'byline', 'paragraph', 'paragraph']);
    const twoSentences = text.replace('Ships queue off the port for a second week, and shippers warn the backlog “will take months to clear” once work resumes on the quays.', 'Ships queue off the port. Shippers warn the backlog “will take months to clear”.');
    assert.deepEqual(kindsOf(twoSentences).map((k) => k[0]), ['headline', 'standfirst', 'byline', 'paragraph', 'paragraph']);
  });
});
