/**
 * Builds report inputs the way the command line does: real files (or texts), their SHA-256,
 * the real analysis and comparison through analyzeSources.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSources } from '../../../src/core/analyzeSources';
import type { ReportInput } from '../../../src/core/report/reportTypes';
import { decodeArticle } from '../../../src/core/text/decodeArticle';

export const SEED_DIR = join(__dirname, '../../fixtures/corpus/seeds');

/** The seed articles' paths, in name order. */
export function seedFiles(): string[] {
  return readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEED_DIR, f));
}

/** SHA-256 of a file's bytes, hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Articles given as file name and text (hashed as UTF-8), analysed and compared for real. */
export function reportInputForTexts(articles: Array<{ file: string; text: string }>): ReportInput {
  const set = analyzeSources(articles.map((a) => ({ id: a.file, text: a.text })));
  const analyzedAt = new Date().toISOString();
  return {
    tool: { name: 'source-critic', version: 'test' },
    sources: articles.map((a, i) => ({
      file: a.file, sha256: sha256Of(Buffer.from(a.text, 'utf8')), analyzedAt, analysis: set.sources[i].analysis,
    })),
    comparison: set.comparison,
  };
}

/** Files read from disk (UTF-8, BOM removed), analysed and compared for real. */
export function reportInputForFiles(files: string[]): ReportInput {
  const input = reportInputForTexts(files.map((file) => {
    const decoded = decodeArticle(readFileSync(file));
    if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
    return { file, text: decoded.text };
  }));
  input.sources.forEach((s) => { s.sha256 = sha256Of(readFileSync(s.file)); });
  return input;
}
