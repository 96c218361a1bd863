// The processes and folders the engine drivers start, and the X display WebKit needs:
// each is tracked, so none outlives this process (a failed launch, a test killed on a
// timeout): on the way out every process is stopped by its own PID and every folder removed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const children = new Set();
const folders = new Set();

/** A new private folder, removed on exit if it is still there. */
export function tempFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.add(dir);
  return dir;
}

/** Keeps `proc` in the list of processes to stop on exit; returns it. */
export function track(proc) {
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  return proc;
}

process.once('exit', () => {
  for (const proc of children) if (proc.exitCode === null) try { process.kill(proc.pid, 'SIGTERM'); } catch { /* gone */ }
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, err) => {
    const s = createServer();
    s.once('error', err);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** Starts Xvfb on a free display (it writes the number to fd 3); stop() ends it by PID. */
export function startDisplay() {
  const proc = track(spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  }));
  let stderr = '';
  proc.stderr.on('data', (b) => { stderr += b; });
  return new Promise((ok, err) => {
    let out = '';
    const timer = setTimeout(() => err(new Error(`Xvfb did not report a display in 10 s: ${stderr}`)), 10_000);
    proc.once('exit', (code) => { clearTimeout(timer); err(new Error(`Xvfb exited (${code}): ${stderr}`)); });
    proc.stdio[3].on('data', (b) => {
      out += b;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      ok({
        display: `:${out.trim()}`,
        pid: proc.pid,
        stop: () => new Promise((done) => {
          if (proc.exitCode !== null) return done();
          proc.once('exit', () => done());
          process.kill(proc.pid, 'SIGTERM');
        }),
      });
    });
  });
}
