/**
 * Two short reports of one council decision, analysed for real, with a comparison written by
 * hand (what a correct comparison says about them): a number that differs, a quote worded
 * differently, content only one report has, aligned sentences, one quote group and entity
 * coverage. It pins down how every report format shows each kind of finding, independently of
 * how well the comparison itself performs.
 */
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import type { ReportInput } from '../../../src/core/report/reportTypes';
import type { Finding, SourceRef } from '../../../src/core/types';
import { sha256Of } from './reportInputs';

export const FILE_A = 'reports/north-gazette.txt';
export const FILE_B = 'reports/Daily Courier (web).txt';

export const TEXT_A = 'Council approves housing plan\n\nMayor Jane Doe said on Monday: "We will build 300 new homes by 2027." '
  + 'She added that the plan was final.\n\nThe council approved it by 9 votes to 2.\n';
export const TEXT_B = 'Jane Doe said: "We are going to build 250 new homes by 2027." Protesters gathered outside the town hall. '
  + 'The council approved it by 9 votes to 2.\n';

/** The span of the n-th (1-based) occurrence of `text` in `source`, as a reference. */
export function refTo(source: string, content: string, text: string, occurrence = 1): SourceRef {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = content.indexOf(text, at + 1);
  if (at < 0) throw new Error(`"${text}" not in ${source}`);
  return { source, start: at, end: at + text.length, text };
}

const finding = (kind: Finding['kind'], at: SourceRef, message: string, related: SourceRef[]): Finding => ({
  kind, start: at.start, end: at.end, text: at.text, message, related, id: `${at.source}:${kind}:${at.start}`,
});

/** The report input for the two articles with the hand-written comparison. */
export function collatedPair(): ReportInput {
  const a = (t: string, n = 1): SourceRef => refTo(FILE_A, TEXT_A, t, n);
  const b = (t: string, n = 1): SourceRef => refTo(FILE_B, TEXT_B, t, n);
  const analyzedAt = '2026-05-04T10:20:30.000Z';
  return {
    tool: { name: 'source-critic', version: 'test' },
    sources: [
      { file: FILE_A, sha256: sha256Of(Buffer.from(TEXT_A)), analyzedAt, analysis: analyzeArticle(TEXT_A) },
      { file: FILE_B, sha256: sha256Of(Buffer.from(TEXT_B)), analyzedAt, analysis: analyzeArticle(TEXT_B) },
    ],
    comparison: {
      sources: [
        {
          id: FILE_A, sameEvent: true, shared: 0.5, omissions: [],
          findings: [
            finding('variant', a('will'), 'The Daily Courier quotes "are going to"', [b('are going to')]),
            finding('numeric', a('300'), 'The sources give different numbers', [b('250')]),
            finding('unique', a('She added that the plan was final.'), 'Only this source reports it', []),
          ],
        },
        {
          id: FILE_B, sameEvent: true, shared: 0.6,
          omissions: [{ example: a('She added that the plan was final.'), reportedBy: [FILE_A], message: 'Does not say that the plan is final' }],
          findings: [
            finding('numeric', b('250'), 'The North Gazette gives 300', [a('300')]),
            finding('unique', b('Protesters gathered outside the town hall.'), 'Only this source reports it', []),
          ],
        },
      ],
      groups: [{
        kind: 'quote',
        members: [
          { ...a('We will build 300 new homes by 2027.'), speaker: 'Jane Doe', cue: 'said' },
          { ...b('We are going to build 250 new homes by 2027.'), speaker: 'Jane Doe', cue: 'said' },
        ],
        drift: ['"will" became "are going to"; 300 became 250'],
      }],
      alignments: [
        { a: a('Mayor Jane Doe said on Monday: "We will build 300 new homes by 2027."'), b: b('Jane Doe said: "We are going to build 250 new homes by 2027."'), score: 0.7, diffs: [] },
        { a: a('The council approved it by 9 votes to 2.'), b: b('The council approved it by 9 votes to 2.'), score: 1, diffs: [] },
      ],
      coverage: [{ key: 'jane doe', name: 'Jane Doe', type: 'PERSON', mentions: { [FILE_A]: 1, [FILE_B]: 1 } }],
    },
  };
}
