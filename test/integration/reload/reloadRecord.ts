/**
 * The two halves of the window reload test share one record: what the reader left on screen before
 * the reload, written by the first half and checked by the second. The runner
 * (scripts/test-host/session.mjs) names its file in SOURCE_CRITIC_RELOAD_RECORD, in the session's
 * folder; once it exists, the test entry runs the files named `*afterReload*` instead of the others.
 */
import * as fs from 'fs';

/** What the collation view showed before the reload. */
export interface ReloadRecord {
  /** The selected row. */
  row: number;
  /** The source column of the passage focused in that row. */
  source: number;
  /** The passage focused there: what Enter opens. */
  passage: { source: number; start: number; end: number };
  /** The sources in the page's columns, in order. */
  columns: string[];
}

/** The record's file, or undefined outside a runner that reloads the window. */
export function reloadRecordFile(): string | undefined {
  return process.env.SOURCE_CRITIC_RELOAD_RECORD || undefined;
}

/** True when this test run comes after the reload (the first half wrote its record). */
export function isAfterReload(): boolean {
  const file = reloadRecordFile();
  return !!file && fs.existsSync(file);
}

/** Writes the record (first half). */
export function writeReloadRecord(record: ReloadRecord): void {
  const file = reloadRecordFile();
  if (!file) throw new Error('SOURCE_CRITIC_RELOAD_RECORD is not set: this runner does not reload the window');
  fs.writeFileSync(file, JSON.stringify(record));
}

/** Reads the record (second half). */
export function readReloadRecord(): ReloadRecord {
  const file = reloadRecordFile();
  if (!file) throw new Error('SOURCE_CRITIC_RELOAD_RECORD is not set');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ReloadRecord;
}
