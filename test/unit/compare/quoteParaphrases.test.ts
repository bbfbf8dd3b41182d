/**
 * Quote groups on paraphrase and look-alike remarks, on short reports written for these tests: one
 * remark rendered by two outlets with different words for one idea, the same speaker saying two
 * different things with one frame, and a remark credited to a place by one outlet.
 */
import { strict as assert } from 'node:assert';
import { groups } from './quoteGroupsOf';

describe('quote groups across paraphrases', () => {
  it('links a remark whose outlets word the sea, the ship and the overload differently', () => {
    const found = groups({
      'wire.txt': 'A cargo ship sank off Crete on Sunday. "The sea was very choppy and the ship was overcrowded," coastguard captain Nikos Vlahos told reporters in Chania.',
      'daily.txt': 'Eleven sailors are missing after a ship sank off Crete. "The waters were very stormy and the vessel carried far too many people," said coastguard captain Nikos Vlahos in Chania.',
    });
    assert.equal(found.length, 1, JSON.stringify(found.map((g) => g.members.map((m) => m.text))));
  });

  it('links "the number will go up" to "the toll will rise"', () => {
    const found = groups({
      'a.txt': 'Floods hit northern Peru on Monday. "I am afraid the number will go up," regional governor Rosa Quispe said in Trujillo.',
      'b.txt': 'Floods killed 14 people in northern Peru. Regional governor Rosa Quispe said in Trujillo: "I am afraid the toll will rise."',
    });
    assert.equal(found.length, 1);
  });

  it('links "will answer for it" to "will be held to account" and to "will be brought to justice"', () => {
    const found = groups({
      'one.txt': 'A stand collapsed at a stadium in Lagos. "Those to blame will answer for it," sports minister Bola Adeyemi said.',
      'two.txt': 'Sports minister Bola Adeyemi visited the injured in Lagos. "Those to blame will be held to account," he said.',
      'three.txt': 'After the collapse in Lagos, sports minister Bola Adeyemi said: "Those to blame will be brought to justice."',
    });
    assert.equal(found.length, 1);
    assert.equal(found[0].members.length, 3);
  });

  it('links a remark credited to a country in one outlet and to its minister in another', () => {
    const found = groups({
      'agency.txt': 'Norway rejected the quota plan on Friday. "We will not sign any deal that leaves our coastal fishermen behind," Norway said in a statement.',
      'wire.txt': 'Fisheries minister Ola Berg rejected the quota plan. "We will never sign a deal which leaves the coastal fleet behind," Berg said.',
    });
    assert.equal(found.length, 1);
  });

  it('keeps apart one frame said of a rising and of a falling river ("still rising" / "started to go down")', () => {
    const found = groups({
      'monday.txt': 'The Sava burst its banks near Slavonski Brod. "The river is still rising upstream, so no one may return to the village," civil protection chief Ivan Horvat said on Monday.',
      'tuesday.txt': 'Floodwater covered Slavonski Brod for a second day. "The river has started to go down near the bridge, but no one may return to the village yet," civil protection chief Ivan Horvat said on Tuesday.',
    });
    assert.equal(found.length, 0, JSON.stringify(found.map((g) => g.members.map((m) => m.text))));
  });

  it('links two translations through news-speech synonyms (grave/dire, far from sufficient/falls short, right now/at present)', () => {
    const found = groups({
      'agency.txt': 'Cholera has spread to three provinces of Malawi. "The situation is grave, and the medicine we have received is far from sufficient," health minister Grace Banda said in Lilongwe on Monday.',
      'radio.txt': 'Health minister Grace Banda appealed for help in Lilongwe on Monday. "The situation is dire, and the medicine we have received falls short," she said.',
    });
    assert.equal(found.length, 1, JSON.stringify(found.map((g) => g.members.map((m) => m.text))));
  });

  it('groups two full translations of a remark with a partial quote that repeats only its end', () => {
    const found = groups({
      'wire.txt': 'A bridge collapsed in Genoa province on Tuesday. "At present every crew we have is searching the riverbanks for survivors and for the missing motorists. The inquiry into this collapse can wait until the river goes down," transport minister Marco Ferri said.',
      'paper.txt': 'Transport minister Marco Ferri visited the site of the bridge collapse on Tuesday. "Right now all our teams are searching the riverbanks for survivors and for the missing motorists. The causes will be examined afterwards," he said.',
      'broadcaster.txt': 'Transport minister Marco Ferri said on Tuesday that "the inquiry into this collapse can wait until the river goes down", after the bridge collapse in Genoa province.',
    });
    assert.equal(found.length, 1, JSON.stringify(found.map((g) => g.members.map((m) => m.text))));
    assert.deepEqual(found[0].members.map((m) => m.source).sort(), ['broadcaster.txt', 'paper.txt', 'wire.txt']);
  });

  it('links "will not accept … Canadian regulators" to "unacceptable … regulators from Canada"', () => {
    const found = groups({
      'wire.txt': 'Iceland rejected the fishing accord on Friday. "We will not accept these terms. Iceland does not need Canadian regulators to tell us how to protect our own cod," fisheries minister Sigrun Olafsdottir said.',
      'paper.txt': 'Fisheries minister Sigrun Olafsdottir spoke in Reykjavik on Friday. "These conditions are unacceptable. Iceland has no need of regulators from Canada to teach us how to look after our cod," she said.',
    });
    assert.equal(found.length, 1, JSON.stringify(found.map((g) => g.members.map((m) => m.text))));
  });

  it('links a trade minister\'s remark told with other words for government, cooperation, tariffs and fairness, not her remark on fishing', () => {
    const found = groups({
      'wire.txt': 'Ecuador and Peru resumed trade talks in Quito on Monday. "The government is ready to cooperate, but the tariffs must be fair," trade minister Lucia Paredes said.',
      'daily.txt': 'Trade minister Lucia Paredes spoke after the talks in Quito on Monday. "The authorities want to work together, yet the duties have to be just," Paredes said.',
      'radio.txt': 'Trade minister Lucia Paredes was in Quito on Monday for the talks. Earlier she had said: "The government is ready to cooperate on fishing, but our ports will stay closed to foreign trawlers."',
    });
    assert.equal(found.length, 1, JSON.stringify(found.map((g) => g.members.map((m) => m.text))));
    assert.deepEqual(found[0].members.map((m) => m.source).sort(), ['daily.txt', 'wire.txt']);
  });

  it('links superlatives of importance ("the biggest" / "the most significant") and "not charity" / "no handout", not other remarks using them', () => {
    const linked: Array<Record<string, string>> = [
      {
        'a.txt': 'The dam opened in Laos on Monday. "It is the biggest project our province has ever seen," provincial governor Somchai Vong said.',
        'b.txt': 'Laos inaugurated the dam on Monday. "This is the most significant project in the history of our province," governor Somchai Vong told reporters.',
      },
      {
        'a.txt': 'Farmers in Kerala will receive emergency payments, minister Anil Kumar said on Friday. "This money is not charity, it is what the state owes to the farmers," Kumar said.',
        'b.txt': 'Kerala announced aid for farmers on Friday. "These payments are no handout; they are a debt the state owes its farmers," minister Anil Kumar said.',
      },
    ];
    for (const texts of linked) assert.equal(groups(texts).length, 1, Object.values(texts).join(' / '));
    const apart: Array<Record<string, string>> = [
      {
        'a.txt': 'The dam opened in Laos on Monday. "It is the biggest project our province has ever seen," provincial governor Somchai Vong said.',
        'b.txt': 'Laos inaugurated the dam on Monday. "Floods are the greatest danger our province has ever faced," governor Somchai Vong told reporters.',
      },
      {
        'a.txt': 'Farmers in Kerala will receive emergency payments, minister Anil Kumar said on Friday. "This money is not charity, it is what the state owes to the farmers," Kumar said.',
        'b.txt': 'Kerala announced aid for farmers on Friday. "No farmer should have to beg for a handout after a flood," minister Anil Kumar said.',
      },
    ];
    for (const texts of apart) assert.equal(groups(texts).length, 0, Object.values(texts).join(' / '));
  });
});

