/**
 * A mocha reporter: mocha's spec output for people, and the run's stats as JSON in the file named by
 * the reporter option `statsFile`, for scripts/test-all.mjs to count passes and failures.
 *   mocha --reporter ./scripts/test-host/specWithStatsReporter.ts --reporter-option statsFile=FILE
 * (mocha loads it through tsx, which .mocharc.json requires before any reporter.)
 */
import * as fs from 'fs';
import Mocha from 'mocha';

/** Mocha's spec reporter, writing `this.stats` as JSON to `statsFile` when the run ends. */
class SpecWithStatsReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions & { reporterOption?: { statsFile?: string } }) {
    super(runner, options);
    const statsFile = options.reporterOption?.statsFile;
    if (statsFile) runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => fs.writeFileSync(statsFile, JSON.stringify(this.stats)));
  }
}

export = SpecWithStatsReporter;
