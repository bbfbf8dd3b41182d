import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('partial quotes inside the reporter’s sentence', () => {
  it('credits the subject of the verb of saying or describing that governs the fragment', () => {
    assert.equal(speakerOf('Councillor Maria Brennan called the parking levy “a tax on night workers”.', 'a tax on'), 'Maria Brennan');
    assert.equal(speakerOf('The prime minister, Keir Hanley, described the talks as “modest but overdue”.', 'modest but'), 'Keir Hanley');
    assert.equal(speakerOf('Defence lawyer Tomas Vickery said the ruling was “fundamentally mistaken”.', 'fundamentally'), 'Tomas Vickery');
  });

  it('credits people who speak together jointly', () => {
    const text = 'Parents Laura Finch and Daniel Finch said they were “back at the start” after the inquest was adjourned.';
    assert.equal(speakerOf(text, 'back at the start'), 'Laura Finch; Daniel Finch');
  });

  it('credits a court or body that finds or rules something (courts)', () => {
    assert.equal(speakerOf('The Court of Appeal found the sentence “unduly lenient” and doubled it.', 'unduly lenient'), 'Court of Appeal');
    const described = 'The Supreme Court heard the case on Friday. The court found the law “incompatible with the constitution”.';
    assert.equal(speakerOf(described, 'incompatible'), 'Supreme Court');
  });

  it('reads a subject located by a place ("the tribunal in Leeds") as the body, not the place', () => {
    const text = 'The Employment Tribunal in Leeds described the dismissal as “procedurally unfair”.';
    assert.equal(speakerOf(text, 'procedurally unfair'), 'Employment Tribunal');
  });

  it('lets "a hospital spokesman" speak for the hospital in the story (health)', () => {
    const text = 'Mercy Hospital confirmed two deaths on Sunday. A hospital spokesman described the condition of the driver as “stable but serious”.';
    assert.equal(speakerOf(text, 'stable but serious'), 'Mercy Hospital');
  });

  it('does not credit the subject of a reported clause with a noun for an organisation ("the group would consider …")', () => {
    const text = 'Halvorsen Bank listed its shares in Oslo last year. Chief executive Anne Berg said the group would consider Denmark “once the dust has settled”.';
    assert.equal(speakerOf(text, 'once the dust'), 'Anne Berg');
  });

  it('credits the reporter with what a document "calls for" inside reported speech, and nobody when no one reports it (religion)', () => {
    const reported = 'Cardinal Okoth said the letter did not ask governments to open their borders but called for “humane and orderly pathways” for migrants.';
    assert.equal(speakerOf(reported, 'humane and orderly'), 'Okoth');
    const bare = 'The audit report called the council’s response to the floods “chaotic”.';
    assert.equal(speakerOf(bare, 'chaotic'), null);
  });

  it('reads a name in apposition through the letters after it ("Ian Pratt KC") (courts)', () => {
    const text = 'Mr Reid’s barrister, Ian Pratt KC, told the court his client was “deeply ashamed”.';
    assert.equal(speakerOf(text, 'deeply ashamed'), 'Ian Pratt');
  });

  it('credits a report to the organisation in focus that issued it, and a bill to nobody (human rights, politics)', () => {
    const report = 'Amnesty International published its annual report on Monday. The report called the crackdown “brutal and systematic”.';
    assert.equal(speakerOf(report, 'brutal and'), 'Amnesty International');
    const bill = 'The Senate passed the bill on Friday. Senator Ruth Calloway said the bill was “a betrayal”. The bill describes farmland as “inadequately exploited”.';
    assert.equal(speakerOf(bill, 'a betrayal'), 'Ruth Calloway');
    assert.equal(speakerOf(bill, 'inadequately'), null);
  });

  it('credits the reporter when the verb before the fragment has no subject that speaks ("the search would continue “…”") (disaster, sport)', () => {
    const search = 'Fire chief Tomas Brandt told reporters that the search would continue “as long as there is any chance”.';
    assert.equal(speakerOf(search, 'as long as'), 'Tomas Brandt');
    const offer = 'Club president Ivo Marsh said the offer would stand “until the end of the week” and that the board was united.';
    assert.equal(speakerOf(offer, 'until the end'), 'Ivo Marsh');
  });

  it('reads the subject of the main clause after an opening -ing phrase (politics, economy)', () => {
    const vote = 'Speaking to reporters after the vote, Senator Ana Lopes was scathing about the “cynical and cowardly” amendment.';
    assert.equal(speakerOf(vote, 'cynical and'), 'Ana Lopes');
    const economy = 'Commenting on the figures, finance minister Lars Berg sounded a note of “cautious optimism”.';
    assert.equal(speakerOf(economy, 'cautious'), 'Lars Berg');
  });

  it('reads a name in apposition behind a title with a possessive and a lower-case role, and behind letters such as TD (sport, politics)', () => {
    const sport = 'Another contender, the former Leeds United manager Tom Hale, told BBC Radio Leeds he would “consider any offer”.';
    assert.equal(speakerOf(sport, 'consider any'), 'Tom Hale');
    const irish = 'Transport spokesman Eamon Kelly TD said the plan was “half-baked”.';
    assert.equal(speakerOf(irish, 'half-baked'), 'Eamon Kelly');
  });

  it('credits the reporter when someone’s associate is the subject inside reported speech (sport, labour)', () => {
    const sport = 'The coach, Ian Reid, said his assistant had described the pitch as “a ploughed field”.';
    assert.equal(speakerOf(sport, 'a ploughed'), 'Ian Reid');
    const labour = 'Union organiser Lena Holt said her members had called the offer “an insult” at a packed meeting.';
    assert.equal(speakerOf(labour, 'an insult'), 'Lena Holt');
  });

  it('credits the subject of a relative clause after a comma, which the verb before the comma does not report (labour, business)', () => {
    const crowd = 'Police estimated the crowd at 40,000, a figure the Transport Workers Union dismissed as “an insult to everyone who was there”.';
    assert.equal(speakerOf(crowd, 'an insult'), 'Transport Workers Union');
    const offer = 'Analysts said the bid valued the firm at £2bn, a price Halden Group called “opportunistic and low”.';
    assert.equal(speakerOf(offer, 'opportunistic'), 'Halden Group');
  });

  it('credits the owner of a claim, remark or proposal that holds the fragment, not who answers it (local politics, diplomacy, sport)', () => {
    const council = 'Mayor Tom Hale rejected Councillor Ann Price’s claim that the scheme was “a waste of money”.';
    assert.equal(speakerOf(council, 'a waste'), 'Ann Price');
    const pronoun = 'Ann Price spoke first. Tom Hale dismissed her suggestion that the budget was “a fantasy”.';
    assert.equal(speakerOf(pronoun, 'a fantasy'), 'Ann Price');
    const diplomacy = 'The minister was asked about Norway’s proposal for a “joint coastal patrol” in the Arctic.';
    assert.equal(speakerOf(diplomacy, 'joint coastal'), 'Norway');
    const sport = 'Asked about Ivan Duric’s post-match remark that he would ‘play every point like the last’, the coach smiled.';
    assert.equal(speakerOf(sport, 'play every point'), 'Ivan Duric');
  });

  it('reads "…, ruling that" and "…, finding that" as verbs hanging on the main clause, whatever the tagger says (courts)', () => {
    const appeal = 'The Court of Appeal has quashed the conviction of a Galway man who struck a neighbour during a row, ruling that the jury had been given a “fundamentally mistaken” account of the law.';
    assert.equal(speakerOf(appeal, 'fundamentally'), 'Court of Appeal');
    const tribunal = 'The Employment Tribunal upheld the claim of a nurse sacked after a complaint, finding that her dismissal had been “procedurally unfair”.';
    assert.equal(speakerOf(tribunal, 'procedurally'), 'Employment Tribunal');
  });

  it('reads a name in apposition past a bracket of any length after it ("(D-Milwaukee)") (politics)', () => {
    const text = 'Its sponsor, Sen. Maria Okafor-Hughes (D-Milwaukee), called it “the most modest bill in a decade”.';
    assert.equal(speakerOf(text, 'the most modest'), 'Maria Okafor-Hughes');
  });

  it('credits the person a relative "who" follows with the words of its clause (politics, sport, courts)', () => {
    const politics = 'The inquiry was ordered by Health Secretary Ana Ruiz, who has called the delays “a national disgrace”.';
    assert.equal(speakerOf(politics, 'a national disgrace'), 'Ana Ruiz');
    const sport = 'The ban was criticised by midfielder Tomas Varga, who described it as “absurd”.';
    assert.equal(speakerOf(sport, 'absurd'), 'Tomas Varga');
    const courts = 'Prosecutors said the case was brought by Judge Karen Holt, who had long called the scheme “a fraud on pensioners”.';
    assert.equal(speakerOf(courts, 'a fraud on'), 'Karen Holt');
  });

  it('credits nobody through a relative clause after people unnamed or an organisation (business)', () => {
    const text = 'The plan was opposed by residents, who called it “reckless”. The fine was paid by Nordvik, which called it “unfair”.';
    assert.equal(speakerOf(text, 'reckless'), null);
    assert.equal(speakerOf(text, 'unfair'), null);
  });
});

