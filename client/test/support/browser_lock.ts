/**
 * Browser test files take turns: software WebGL on two shared cores is too slow to run two Chromiums at
 * once. A lock directory (atomic mkdir) with the owner's pid; a lock left by a dead process is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = join(tmpdir(), 'bank-dh-browser-tests.lock');

function ownerAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // ENOENT (no pid yet) counts as alive for a moment; ESRCH means the owner is gone.
    return (
      (err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EPERM'
    );
  }
}

export async function acquireBrowserLock(timeoutMs = 600_000): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  let staleChecks = 0;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (!ownerAlive() && ++staleChecks > 3) {
      rmSync(LOCK, { recursive: true, force: true });
      staleChecks = 0;
      continue;
    }
    if (Date.now() > deadline) throw new Error(`browser test lock ${LOCK} still held after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
