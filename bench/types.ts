/** What a language's benchmark suite provides to `bench/run.ts`. */
export interface BenchContext {
  /** Folder for generated inputs and bundles (`bench/out`, git-ignored). */
  readonly outDir: string;
  /** Fewer repetitions (smoke runs). */
  readonly quick: boolean;
  readonly log: (line: string) => void;
}

export interface BenchSuite {
  /** Key in `bench/results.json`, e.g. `ccp-log`. */
  readonly language: string;
  run(context: BenchContext): Promise<Record<string, unknown>>;
}
