/** The extension's settings as one typed object, read in one place. */
import * as vscode from 'vscode';

/** How findings appear in the Problems panel. */
export type DiagnosticsSeverity = 'information' | 'hint' | 'off';

/** Every setting of `sourceCritic.*`, with its default applied. */
export interface Settings {
  decorations: { quotes: boolean; speakers: boolean; entities: boolean; findings: boolean };
  debounceMs: number;
  maxFileSizeKB: number;
  sourcesInclude: string;
  sourcesMaxFiles: number;
  sourcesOpenOnStart: boolean;
  diagnosticsSeverity: DiagnosticsSeverity;
}

/** The settings section all our keys live under. */
export const SECTION = 'sourceCritic';

/** Reads the current settings (defaults come from package.json). */
export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    decorations: {
      quotes: c.get<boolean>('decorations.quotes', true),
      speakers: c.get<boolean>('decorations.speakers', true),
      entities: c.get<boolean>('decorations.entities', true),
      findings: c.get<boolean>('decorations.findings', true),
    },
    debounceMs: Math.max(0, c.get<number>('analysis.debounceMs', 400)),
    maxFileSizeKB: Math.max(1, c.get<number>('analysis.maxFileSizeKB', 1024)),
    sourcesInclude: c.get<string>('sources.include', '*.{txt,md}'),
    sourcesMaxFiles: Math.max(0, c.get<number>('sources.maxFiles', 20)),
    sourcesOpenOnStart: c.get<boolean>('sources.openOnStart', false),
    diagnosticsSeverity: c.get<DiagnosticsSeverity>('diagnostics.severity', 'information'),
  };
}
