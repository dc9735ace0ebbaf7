/**
 * Where the shared real-world corpus lives: `../shared/corpus` beside the repository (CI), else
 * `/work/shared/corpus` (a developer worktree). Tests skip, saying so, when neither exists.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './textmate';

const CANDIDATES = [resolve(REPO_ROOT, '..', 'shared', 'corpus'), '/work/shared/corpus'];

/** The corpus folder, or undefined when it is absent. */
export function corpusDir(): string | undefined {
  return CANDIDATES.find((dir) => existsSync(dir));
}

export const CORPUS_MISSING = `shared corpus not found (looked in ${CANDIDATES.join(', ')}): skipped`;
