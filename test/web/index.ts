/**
 * The mocha entry of the web suite: VS Code's web worker extension host loads it through
 * `extensionTestsPath` when the workbench runs the extension with `extensionDevelopmentKind` web
 * (scripts/run-web-integration.mjs).
 *
 * That host is a web worker: it fetches one CommonJS file and evaluates it with a `require` that
 * knows only `vscode`. So the runner bundles this entry, mocha's browser build and every
 * test/web/*.test.ts into a single file; this module must be evaluated before the tests, because
 * it installs mocha's `describe`/`it` globals they call while they load.
 *
 * A crashed extension host reports exit code 0, so, like test/integration/index.ts, the run ends
 * with one machine-readable line, `SOURCE_CRITIC_MOCHA_STATS {json}`, printed with console.log
 * (which the workbench relays to the runner); a runner that never sees it must fail.
 */
import 'mocha/mocha';

/** The prefix of the line that carries the stats of the finished run. */
export const STATS_PREFIX = 'SOURCE_CRITIC_MOCHA_STATS';

/**
 * Reports each test as one console line (the browser build's default reporter writes HTML into a
 * document a worker does not have), then a summary line.
 */
class ConsoleReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
    runner.on(EVENT_TEST_PASS, (test) => console.log(`  ✔ ${test.fullTitle()} (${test.duration ?? 0} ms)`));
    runner.on(EVENT_TEST_PENDING, (test) => console.log(`  - ${test.fullTitle()} (pending)`));
    runner.on(EVENT_TEST_FAIL, (test, error: Error) => console.error(`  ✘ ${test.fullTitle()}: ${error.stack ?? error.message}`));
  }
}

mocha.setup({ ui: 'bdd', reporter: ConsoleReporter, timeout: 60_000, color: false });

/**
 * Runs the bundled suite and resolves when every test passed; rejects when one failed or none ran.
 * Always prints the stats line.
 */
export function run(): Promise<void> {
  const failed: string[] = [];
  return new Promise((resolve, reject) => {
    const report = (stats: Partial<Mocha.Stats>): void => {
      console.log(`${STATS_PREFIX} ${JSON.stringify({ ...stats, failed })}`);
    };
    try {
      const runner = mocha.run((failures) => {
        report(runner.stats ?? { passes: 0, failures, tests: 0 });
        if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
        else if (!runner.stats?.passes) reject(new Error('no web test ran'));
        else resolve();
      });
      runner.on('fail', (test, error: Error) => failed.push(`${test.fullTitle()}: ${error.message.split('\n')[0]}`));
    } catch (error) {
      failed.push(`starting the suite: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      report({ passes: 0, failures: 1, tests: 0 });
      reject(error);
    }
  });
}
