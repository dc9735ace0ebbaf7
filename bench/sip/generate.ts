/**
 * Seeded SIP trace generator: realistic call flows written in any export format, or a mix of all of
 * them in one file (the benchmark input). Also a command line:
 *   node --import tsx bench/sip/generate.ts --format ngrep --scenarios 20 --seed 7 > out.txt
 *   node --import tsx bench/sip/generate.ts --mixed --bytes 52428800 --seed 1 > big.txt
 */
import { SeededRandom } from '../random';
import { GENERATED_FORMATS, render, type GeneratedFormat, type RenderOptions } from './renderers';
import { DEFAULT_NETWORK, scenario, type Network, type ScenarioKind, type SipEvent } from './scenarios';

/** How often each flow appears in generated traffic. */
export const SCENARIO_WEIGHTS: readonly (readonly [ScenarioKind, number])[] = [
  ['call', 46],
  ['busy', 8],
  ['auth-call', 12],
  ['no-ack', 2],
  ['inbound-no-ack', 2],
  ['codec-488', 3],
  ['cancel', 9],
  ['timeout', 2],
  ['register', 8],
  ['options', 6],
  ['cps-503', 2],
];

/** Format mix of the benchmark file (compact exports dominate real tickets; dissections are big). */
export const FORMAT_WEIGHTS: readonly (readonly [GeneratedFormat, number])[] = [
  ['sngrep', 18],
  ['ngrep', 18],
  ['raw', 8],
  ['tshark-O', 3],
  ['tshark-V', 1],
  ['follow', 4],
  ['pjsip', 8],
  ['chan_sip', 5],
  ['freeswitch', 6],
  ['freeswitch-old', 2],
  ['kamailio', 6],
  ['opensips', 6],
  ['homer', 6],
  ['acme', 5],
  ['cisco', 4],
];

export interface GeneratedTrace {
  readonly text: string;
  readonly messages: number;
  readonly dialogs: number;
  readonly messagesByFormat: ReadonlyMap<GeneratedFormat, number>;
}

/** 2024-03-01 09:00:00 UTC: a fixed start keeps output identical across runs. */
const START = Date.UTC(2024, 2, 1, 9, 0, 0);

function renderOptions(rng: SeededRandom, network: Network, number: number): RenderOptions {
  return {
    local: network.pbx,
    frameNumbers: rng.next() < 0.7,
    relativeTimes: rng.next() < 0.1,
    formFeeds: rng.next() < 0.2,
    summaryLines: rng.next() < 0.2,
    coalesceTcp: true,
    cliPrefix: rng.next() < 0.5,
    fullLog: rng.next() < 0.5,
    natCopies: rng.next() < 0.3,
    firstNumber: number,
  };
}

/** The events of a fixed list of scenarios, one after another. */
export function generateEvents(
  kinds: readonly ScenarioKind[],
  seed: number,
  network: Network = DEFAULT_NETWORK,
): SipEvent[] {
  const rng = new SeededRandom(seed);
  const events: SipEvent[] = [];
  let t = START;
  for (const kind of kinds) {
    const flow = scenario(kind, rng, t, network);
    events.push(...flow);
    t = (flow[flow.length - 1]?.time ?? t) + rng.int(200, 2000);
  }
  return events;
}

/** One format, a fixed list of scenarios (fixtures and samples). */
export function generateScenarios(
  format: GeneratedFormat,
  kinds: readonly ScenarioKind[],
  seed: number,
  network: Network = DEFAULT_NETWORK,
  options: Partial<RenderOptions> = {},
): GeneratedTrace {
  const rng = new SeededRandom(seed);
  const events: SipEvent[] = [];
  let t = START;
  for (const kind of kinds) {
    const flow = scenario(kind, rng, t, network);
    events.push(...flow);
    t = (flow[flow.length - 1]?.time ?? t) + rng.int(200, 2000);
  }
  const text = render(format, events, { ...renderOptions(rng, network, 1), ...options });
  return {
    text,
    messages: events.length,
    dialogs: kinds.length,
    messagesByFormat: new Map([[format, events.length]]),
  };
}

/** Mixed-format traffic until `targetBytes` characters (the benchmark input). */
export function generateMixed(
  targetBytes: number,
  seed: number,
  network: Network = DEFAULT_NETWORK,
): GeneratedTrace {
  const rng = new SeededRandom(seed);
  const chunks: string[] = [];
  let size = 0;
  let messages = 0;
  let dialogs = 0;
  let frame = 1;
  let t = START;
  const byFormat = new Map<GeneratedFormat, number>();
  while (size < targetBytes) {
    const format = rng.weighted(FORMAT_WEIGHTS);
    // A block of a few flows per format switch, as when someone pastes one tool's output after another.
    const count = rng.int(1, 6);
    const events: SipEvent[] = [];
    for (let i = 0; i < count; i++) {
      const flow = scenario(rng.weighted(SCENARIO_WEIGHTS), rng, t, network);
      events.push(...flow);
      dialogs++;
      t += rng.int(20, 800);
    }
    // follow stream shows one conversation; the others interleave flows in time order.
    if (format !== 'follow') events.sort((a, b) => a.time - b.time);
    const chunk = render(format, events, renderOptions(rng, network, frame));
    frame += events.length;
    chunks.push(chunk);
    size += chunk.length;
    messages += events.length;
    byFormat.set(format, (byFormat.get(format) ?? 0) + events.length);
  }
  return { text: chunks.join(''), messages, dialogs, messagesByFormat: byFormat };
}

function main(argv: readonly string[]): void {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(value('--seed') ?? '1');
  if (argv.includes('--mixed')) {
    const trace = generateMixed(Number(value('--bytes') ?? String(1 << 20)), seed);
    process.stdout.write(trace.text);
    process.stderr.write(`${trace.messages} messages, ${trace.dialogs} dialogs\n`);
    return;
  }
  const format = (value('--format') ?? 'sngrep') as GeneratedFormat;
  if (!GENERATED_FORMATS.includes(format)) throw new Error(`unknown format ${format}`);
  const kinds = (value('--kinds') ?? 'call,no-ack,codec-488').split(',') as ScenarioKind[];
  const trace = generateScenarios(format, kinds, seed);
  process.stdout.write(trace.text);
  process.stderr.write(`${trace.messages} messages, ${trace.dialogs} dialogs\n`);
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) main(process.argv.slice(2));
