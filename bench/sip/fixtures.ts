/**
 * Writes the generated SIP fixtures of test/fixtures/sip/ (one per export format and variant) and
 * fixtures.json with the message and dialog counts the generator produced. Deterministic:
 *   node --import tsx bench/sip/fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateEvents, generateMixed } from './generate';
import { render, type GeneratedFormat, type RenderOptions } from './renderers';
import { DEFAULT_NETWORK, type Network, type ScenarioKind } from './scenarios';

interface FixtureSpec {
  readonly file: string;
  readonly format: GeneratedFormat;
  readonly kinds: readonly ScenarioKind[];
  readonly options?: Partial<RenderOptions>;
  readonly network?: Network;
  /** What the parser should report as the format. */
  readonly parsedAs: string;
}

const TCP: Network = { ...DEFAULT_NETWORK, transport: 'TCP' };
const ALL: readonly ScenarioKind[] = ['call', 'auth-call', 'no-ack', 'codec-488', 'cancel', 'register'];

export const FIXTURES: readonly FixtureSpec[] = [
  { file: 'sngrep.txt', format: 'sngrep', kinds: ALL, parsedAs: 'sngrep' },
  {
    file: 'ngrep-numbered.txt',
    format: 'ngrep',
    kinds: ALL,
    options: { frameNumbers: true },
    parsedAs: 'ngrep',
  },
  {
    file: 'ngrep-relative.txt',
    format: 'ngrep',
    kinds: ['call', 'busy'],
    options: { frameNumbers: false, relativeTimes: true },
    parsedAs: 'ngrep',
  },
  { file: 'ngrep-tcp.txt', format: 'ngrep', kinds: ['call', 'options'], network: TCP, parsedAs: 'ngrep' },
  {
    file: 'tshark-O-sip.txt',
    format: 'tshark-O',
    kinds: ALL,
    options: { formFeeds: true },
    parsedAs: 'tshark',
  },
  {
    file: 'tshark-V-tcp.txt',
    format: 'tshark-V',
    kinds: ['call', 'options', 'busy'],
    network: TCP,
    options: { coalesceTcp: true, summaryLines: true },
    parsedAs: 'tshark',
  },
  { file: 'follow-udp.txt', format: 'follow', kinds: ['call', 'codec-488'], parsedAs: 'follow' },
  {
    file: 'pjsip-console.txt',
    format: 'pjsip',
    kinds: ['inbound-no-ack', 'call'],
    options: { fullLog: false },
    parsedAs: 'pjsip',
  },
  {
    file: 'pjsip-full-log.txt',
    format: 'pjsip',
    kinds: ['inbound-no-ack', 'busy'],
    options: { fullLog: true },
    parsedAs: 'pjsip',
  },
  {
    file: 'chan_sip.txt',
    format: 'chan_sip',
    kinds: ['call', 'cancel'],
    options: { cliPrefix: false },
    parsedAs: 'chan_sip',
  },
  {
    file: 'chan_sip-cli.txt',
    format: 'chan_sip',
    kinds: ['auth-call', 'register'],
    options: { cliPrefix: true, keepalives: true },
    parsedAs: 'chan_sip',
  },
  {
    file: 'freeswitch-new.txt',
    format: 'freeswitch',
    kinds: ['inbound-no-ack', 'call'],
    options: { ansi: true },
    parsedAs: 'freeswitch',
  },
  {
    file: 'freeswitch-old.txt',
    format: 'freeswitch-old',
    kinds: ['call', 'cps-503'],
    options: { truncateMarker: true },
    parsedAs: 'freeswitch',
  },
  { file: 'kamailio-sipdump.txt', format: 'kamailio', kinds: ['call', 'timeout'], parsedAs: 'kamailio' },
  { file: 'opensips-tracer.txt', format: 'opensips', kinds: ['call', 'busy'], parsedAs: 'opensips' },
  { file: 'homer-export.txt', format: 'homer', kinds: ['call', 'codec-488'], parsedAs: 'homer' },
  {
    file: 'acme-sipmsg.log',
    format: 'acme',
    kinds: ['inbound-no-ack', 'call'],
    options: { natCopies: true, acmeNoise: true },
    parsedAs: 'acme',
  },
  {
    file: 'cisco-ccsip.txt',
    format: 'cisco',
    kinds: ['call', 'busy'],
    options: { ciscoAddresses: false },
    parsedAs: 'cisco',
  },
  {
    file: 'cisco-iosxe17.txt',
    format: 'cisco',
    kinds: ['inbound-no-ack'],
    options: { ciscoAddresses: true },
    parsedAs: 'cisco',
  },
  { file: 'raw.sip', format: 'raw', kinds: ALL, parsedAs: 'raw' },
  // Appended (earlier fixtures keep their seeds): export variants read since decision 0020's addendum.
  {
    file: 'ngrep-since-first.txt',
    format: 'ngrep',
    kinds: ['call', 'no-ack'],
    options: { frameNumbers: false, relativeTimes: true, sinceFirst: true },
    parsedAs: 'ngrep',
  },
  {
    file: 'cisco-flattened-escaped.txt',
    format: 'cisco',
    kinds: ['call', 'busy'],
    options: { ciscoFlatten: 'escaped' },
    parsedAs: 'cisco',
  },
  {
    file: 'cisco-flattened-syslog.txt',
    format: 'cisco',
    kinds: ['inbound-no-ack', 'codec-488'],
    options: { ciscoFlatten: 'syslog' },
    parsedAs: 'cisco',
  },
  {
    file: 'follow-tcp-segmented.txt',
    format: 'follow',
    kinds: ['call', 'options'],
    network: TCP,
    options: { followSegment: 97 },
    parsedAs: 'follow',
  },
];

export interface FixtureCounts {
  readonly messages: number;
  readonly dialogs: number;
  readonly format: string;
}

function main(): void {
  const dir = resolve(__dirname, '../../test/fixtures/sip');
  const counts: Record<string, FixtureCounts> = {};
  FIXTURES.forEach((spec, i) => {
    const network = spec.network ?? DEFAULT_NETWORK;
    const events = generateEvents(spec.kinds, 100 + i, network);
    const options: RenderOptions = { local: network.pbx, frameNumbers: true, ...spec.options };
    const text = render(spec.format, events, options);
    // Acme's post-NAT copies are messages too (marked as duplicates).
    const copies =
      spec.format === 'acme' && options.natCopies
        ? events.filter((e) => e.dst.host === network.pbx.host && e.text.startsWith('INVITE ')).length
        : 0;
    writeFileSync(resolve(dir, spec.file), text);
    counts[spec.file] = {
      messages: events.length + copies,
      dialogs: spec.kinds.length,
      format: spec.parsedAs,
    };
  });
  const mixed = generateMixed(60_000, 4242);
  writeFileSync(resolve(dir, 'mixed-formats.txt'), mixed.text);
  counts['mixed-formats.txt'] = { messages: mixed.messages, dialogs: mixed.dialogs, format: 'mixed' };
  writeFileSync(resolve(dir, 'fixtures.json'), JSON.stringify(counts, null, 2) + '\n');
}

if (process.argv[1] && /fixtures\.ts$/.test(process.argv[1])) main();
