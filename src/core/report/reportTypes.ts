/**
 * The inputs every report format is rendered from, and the JSON contract
 * (`source-critic/report@1`, see README "Command line") the command line prints.
 */
import type { ArticleAnalysis, Comparison } from '../types';

/** One analysed source with its provenance. */
export interface AnalysedSource {
  /** The file name as the user gave it (command line) or the workspace-relative path (editor). */
  file: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  /** When it was analysed, ISO 8601. */
  analyzedAt: string;
  analysis: ArticleAnalysis;
}

/** Everything a report is made from. */
export interface ReportInput {
  tool: { name: string; version: string };
  sources: AnalysedSource[];
  comparison: Comparison;
}

/** A span in the JSON report. */
interface JsonSpan {
  start: number;
  end: number;
  text: string;
}

/** The JSON report (`schema: source-critic/report@1`). Fields are only ever added. */
export interface JsonReport {
  schema: 'source-critic/report@1';
  tool: { name: string; version: string };
  sources: Array<{
    file: string;
    sha256: string;
    analyzedAt: string;
    title: string | null;
    sameEvent: boolean;
    shared: number;
    quotes: Array<JsonSpan & { speaker: string | null; cue: string | null; kind: string; attribution: string | null }>;
    entities: Array<JsonSpan & { type: string; key: string }>;
    claims: Array<JsonSpan & { speaker: string | null; kind: string; cue: string | null; support: number }>;
    findings: Array<JsonSpan & { kind: string; message: string; id: string; related: Array<{ file: string; start: number; end: number; text: string }> }>;
    omissions: Array<{ message: string; reportedBy: string[]; example: { file: string; start: number; end: number; text: string } }>;
  }>;
  groups: Array<{ kind: string; members: Array<{ file: string; start: number; end: number; text: string; speaker: string | null; cue: string | null }>; drift: string[] }>;
  coverage: Array<{ key: string; name: string; type: string; mentions: Record<string, number> }>;
}
