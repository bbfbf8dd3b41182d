/**
 * A remark that something still holds and a later one that it has ended, against rewordings of
 * one remark that keep or drop "still" alike.
 */
import { strict as assert } from 'node:assert';
import { readWords } from '../../../src/core/compare/readWords';
import { reversesContinuation } from '../../../src/core/compare/reversesContinuation';
import { groups } from './quoteGroupsOf';

/** Whether two wordings are read as a state going on and the same state ended. */
function reverses(a: string, b: string): boolean {
  return reversesContinuation(readWords(a), readWords(b));
}

describe('a state still holding against one that has ended', () => {
  it('reads "no longer", "not … any longer", "anymore" and a clause-closing "any more" as an ending against "still"', () => {
    assert.ok(reverses('We can still see flames on the northern ridge', 'We no longer see flames on the northern ridge'));
    assert.ok(reverses('The strikers are still blocking the port gates', 'The strikers are not blocking the port gates any longer'));
    assert.ok(reverses('Investors still trust the central bank', "Investors don't trust the central bank anymore"));
    assert.ok(reverses('The choir still sings in the old chapel', 'The choir does not sing in the old chapel any more'));
  });

  it('leaves alone wordings that both keep "still", or whose "any more" counts something', () => {
    assert.ok(!reverses('Divers are still searching the wreck', 'Divers are still searching the sunken wreck'));
    assert.ok(!reverses('The shelter can still take families tonight', 'The shelter cannot take any more families tonight'));
    assert.ok(!reverses('The shelter is still open', 'The shelter will stay open for as long as it is needed'));
  });

  it('keeps apart a rescuer saying voices are still heard and, hours later, no longer heard', () => {
    const found = groups({
      'morning.txt': 'Fire chief Marta Lind led the search at the collapsed parking garage in Malmo on Monday. "We can still hear knocking under the concrete," Lind told reporters in the morning.',
      'evening.txt': 'Fire chief Marta Lind led the search at the collapsed parking garage in Malmo on Monday. "We no longer hear knocking under the concrete, but we keep digging," Lind said in the evening.',
    });
    assert.deepEqual(found, []);
  });

  it('still links one remark that two outlets word with and without "still"', () => {
    const found = groups({
      'agency.txt': 'Union leader Petra Horak spoke outside the car plant in Kolin on Friday. "Our members are still waiting for a written offer from the management," Horak said.',
      'daily.txt': 'Union leader Petra Horak spoke outside the car plant in Kolin on Friday. "Our members are waiting for a written offer from the management," Horak said.',
    });
    assert.equal(found.length, 1);
  });
});
