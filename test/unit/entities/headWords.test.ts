import { strict as assert } from 'node:assert';
import { isClosingPlaceHead, isDocumentHead, isOrganisationDescriptor, isOrganisationHead, isOrganisationOpener, isPlaceHead, isPlaceOpener, isPublicationHead, isSportName } from '../../../src/core/entities/headWords';

describe('headWords: a word’s kinds, asked again and again', () => {
  it('answers in any capitalisation, the same on every asking', () => {
    for (let asking = 0; asking < 2; asking++) {
      assert.deepEqual(['Tribunal', 'TRIBUNAL', 'tribunal'].map(isOrganisationHead), [true, true, true]);
      assert.deepEqual(['Glacier', 'GLACIER', 'Pharmacy'].map(isPlaceHead), [true, true, false]);
      assert.deepEqual(['Treaty', 'Marathon', 'Harbour'].map(isDocumentHead), [true, true, false]);
      assert.deepEqual(['Sporting', 'Istituto', 'Harbour'].map(isOrganisationOpener), [true, true, false]);
      assert.deepEqual(['Lake', 'Upper', 'Bank'].map(isPlaceOpener), [true, true, false]);
      assert.deepEqual(['Gazette', 'Economist', 'Council'].map(isPublicationHead), [true, true, false]);
      assert.deepEqual(['Regulator', 'carmaker', 'Lake'].map(isOrganisationDescriptor), [true, true, false]);
      assert.deepEqual(['Rugby', 'NETBALL', 'Theatre'].map(isSportName), [true, true, false]);
    }
  });

  it('takes a company’s legal form as a head only as written ("Bayer AG", not "ag")', () => {
    assert.equal(isOrganisationHead('AG'), true);
    assert.equal(isOrganisationHead('ag'), false);
    assert.equal(isOrganisationHead('SpA'), true);
    assert.equal(isOrganisationHead('SPA'), false);
  });

  it('heads places with the plural of a natural feature, and closes names with "Land" or "Sound"', () => {
    assert.deepEqual(['Oceans', 'Rivers', 'Glaciers', 'Seas', 'Lakes'].map(isPlaceHead), [true, true, true, true, true]);
    assert.deepEqual(['Land', 'Sound', 'River'].map(isClosingPlaceHead), [true, true, false]);
    assert.deepEqual(['Land', 'Sound'].map(isPlaceHead), [true, true]);
  });
});
