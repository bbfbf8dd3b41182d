/**
 * What the trainers' training modules (scripts/*\/…OfSet.ts) share: reading a corpus set's articles
 * and comparing them as the command line does, up to the comparison context each module then
 * reads its examples from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { compareContextOf, unitsOfSources } from '../../src/core/compare/compareSources';
import type { CompareContext } from '../../src/core/compare/compareContext';
import { linkAcrossSources } from '../../src/core/entities/linkAcrossSources';
import type { SourceInput } from '../../src/core/types';

/** The article files of the corpus set in `dir` (name order, README.md left out) and their texts, BOM dropped. */
export function readSetTexts(dir: string): { files: string[]; texts: string[] } {
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort();
  return { files, texts: files.map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '')) };
}

/** Articles given as file names and texts, each analysed, their names linked across them, and their comparison context. */
export function comparisonOf(files: string[], texts: string[]): { sources: SourceInput[]; ctx: CompareContext } {
  const sources = files.map((f, i) => ({ id: f, analysis: analyzeArticle(texts[i]) }));
  linkAcrossSources(sources.map((s) => s.analysis));
  const { units, unitsBySource } = unitsOfSources(sources);
  return { sources, ctx: compareContextOf(sources, units, unitsBySource) };
}
