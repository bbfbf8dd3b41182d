// Starts a child process in a process group of its own, and ends that whole group.
// code-server forks an extension host, file watchers and pty hosts; ending only its main process
// would leave them running, so everything it starts is ended together through the group.
import { spawn } from 'node:child_process';

/**
 * Spawns `command` as the leader of a new process group.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 * @returns {import('node:child_process').ChildProcess}
 */
export function spawnGroup(command, args, options) {
  return spawn(command, args, { ...options, detached: true });
}

/**
 * Ends a group started by spawnGroup: SIGTERM to the group, then SIGKILL if its leader is still
 * alive after `graceMs`. Resolves once the leader has exited.
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} [graceMs]
 * @returns {Promise<void>}
 */
export function endGroup(child, graceMs = 5000) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL');
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const killer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      // Helpers the leader did not wait for must not outlive it.
      signalGroup(child, 'SIGKILL');
      resolve();
    });
    signalGroup(child, 'SIGTERM');
  });
}

/**
 * Sends a signal to the child's whole process group, ignoring a group that is already gone.
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ESRCH') throw error;
  }
}
