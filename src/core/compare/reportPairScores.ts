/**
 * The scores of one report's figures against the figures of its peers, each pair worked out once.
 * The numeric comparison reads a report's figures in turn; for each it searches a peer's figures
 * for the best counterpart, then asks of that counterpart how it scores against the report's other
 * figures: pairs the searches for those figures ask about too. A learned scoring costs a feature
 * vector per pair, so each score is kept, in one array reused from report to report.
 */
import type { Located } from './locatedFigure';

/** A scoring of two figures (`x` of the report being read, `y` of one of its peers). */
export type PairScoring = (x: Located, y: Located) => number;

/** The scores of one report's figures against its peers' (see the file comment). */
export class ReportPairScores {
  /** Scores by peer, then the peer's figure, then the report's figure; NaN where not worked out. */
  private values = new Float64Array(0);
  /** Where each peer's scores start in {@link values}, for the peers of the report being read. */
  private readonly starts: Int32Array;
  /** How many figures the report being read has. */
  private ownCount = 0;

  /** Scores kept for a comparison of `located` (every report's figures) by `scoring`. */
  constructor(private readonly located: readonly Located[][], private readonly scoring: PairScoring) {
    this.starts = new Int32Array(located.length);
  }

  /** Forgets the scores kept, to read the figures of report `own` against those of its `peers`. */
  readReport(own: number, peers: Iterable<number>): void {
    this.ownCount = this.located[own].length;
    let size = 0;
    for (const peer of peers) {
      this.starts[peer] = size;
      size += this.ownCount * this.located[peer].length;
    }
    if (this.values.length < size) this.values = new Float64Array(size);
    this.values.fill(NaN, 0, size);
  }

  /** The score of `x`, a figure of the report being read, against `y`, a figure of one of its peers. */
  score(x: Located, y: Located): number {
    const at = this.starts[y.unit.source] + y.index * this.ownCount + x.index;
    let value = this.values[at];
    if (Number.isNaN(value)) {
      value = this.scoring(x, y);
      this.values[at] = value;
    }
    return value;
  }
}
