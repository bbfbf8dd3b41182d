/**
 * The provenance of a source in a report: its name, the SHA-256 of its content and when it was
 * analysed. The hash is of the file's bytes as saved on disk when the analysis was made from exactly
 * that content; otherwise (an unsaved or modified editor, or a file that changed on disk since) it is
 * of the analysed text encoded as UTF-8, and the report says so.
 */
import * as vscode from 'vscode';
import type { AnalysedSource } from '../../core/report/reportTypes';
import { stripBom } from '../../core/text/decodeArticle';
import type { SourceEntry } from '../analysisStore';

/** What a source's SHA-256 was computed over. */
export type HashBasis = 'file-bytes' | 'utf8-text';

/** A source ready for a report, with what its hash covers. */
export interface SourceProvenance extends AnalysedSource {
  hashedFrom: HashBasis;
}

/** SHA-256 of bytes as lower-case hex (Web Crypto: the same on desktop and in the browser). */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The file's bytes when they decode (UTF-8, BOM dropped) to exactly the analysed text. */
async function savedBytesOf(entry: SourceEntry, text: string): Promise<Uint8Array | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.uri.toString());
  if (entry.uri.scheme === 'untitled' || open?.isDirty) return undefined;
  try {
    const bytes = await vscode.workspace.fs.readFile(entry.uri);
    return stripBom(new TextDecoder('utf-8').decode(bytes)) === text ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The provenance of an analysed source.
 * @param analyzedAt when its analysis landed (ISO 8601)
 */
export async function sourceProvenance(entry: SourceEntry & { analysis: NonNullable<SourceEntry['analysis']> }, analyzedAt: string): Promise<SourceProvenance> {
  const saved = await savedBytesOf(entry, entry.analysis.text);
  return {
    file: entry.name,
    sha256: await sha256Hex(saved ?? new TextEncoder().encode(entry.analysis.text)),
    hashedFrom: saved ? 'file-bytes' : 'utf8-text',
    analyzedAt,
    analysis: entry.analysis,
  };
}
