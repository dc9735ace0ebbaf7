// A lock folder, so two runs (say `npm start` and `npm test`) never install into the cache at once.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const WAIT_LIMIT_MS = 15 * 60 * 1000;

/**
 * Takes the lock at `dir` (a folder holding the owner's pid), waiting while a live process holds it
 * and taking over from a dead one. Returns the function that releases it.
 * @param {string} dir
 * @param {(line: string) => void} log
 * @returns {Promise<() => void>}
 */
export async function acquireLock(dir, log) {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const owner = ownerOf(dir);
    // A lock without a pid yet may be a second old: its owner is still writing the file.
    const stale = owner === undefined ? ageMs(dir) > 10_000 : !isAlive(owner);
    if (stale) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${dir} (held by pid ${owner}).`);
    if (!announced) log(`provision: waiting for pid ${owner}, which is provisioning the same cache…`);
    announced = true;
    await sleep(1000);
  }
}

function ageMs(dir) {
  try {
    return Date.now() - statSync(dir).mtimeMs;
  } catch {
    return Infinity;
  }
}

function ownerOf(dir) {
  try {
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}
