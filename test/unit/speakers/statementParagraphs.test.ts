import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('the words of a body’s statement set off after the sentence that reports it', () => {
  it('are the body’s, in block-quoted or plain paragraphs (recall, transport)', () => {
    const recall = '# Heater recall\n\nBrightline Appliances said in a statement posted on its website that it would refund every customer.\n\n> "We apologise to every family affected.\n>\n> "We have stopped all sales of the model."\n\nThe regulator is investigating.';
    assert.equal(speakerOf(recall, 'We apologise'), 'Brightline Appliances');
    assert.equal(speakerOf(recall, 'We have stopped'), 'Brightline Appliances');
    const transport = 'Northgate Buses said in a statement on Monday that the route would close in May.\n\n“Passenger numbers have halved since 2019.”\n\nDrivers were told last week.';
    assert.equal(speakerOf(transport, 'Passenger numbers'), 'Northgate Buses');
  });
});
