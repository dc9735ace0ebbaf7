/**
 * Writes samples/trunk-incident.sip: an ngrep capture on a PBX's trunk interface. The PBX fixed its
 * SDP for NAT but not its signalling: outbound calls work, but an inbound call is answered with the LAN
 * address in Contact, the carrier's ACK never arrives and the call drops after 32 s; an outbound call
 * offering only G.729 is refused with 488.
 *   node --import tsx bench/sip/sample.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateEvents } from './generate';
import { renderNgrep } from './renderers';
import { DEFAULT_NETWORK, type Network } from './scenarios';

export const SAMPLE_NETWORK: Network = {
  ...DEFAULT_NETWORK,
  pbxLan: '10.20.0.15',
  pbxMedia: '198.51.100.20',
};

export function sampleText(): string {
  const events = generateEvents(
    ['register', 'call', 'inbound-no-ack', 'codec-488', 'options'],
    2024,
    SAMPLE_NETWORK,
  );
  return renderNgrep(events, { local: SAMPLE_NETWORK.pbx, frameNumbers: true });
}

if (process.argv[1] && /sample\.ts$/.test(process.argv[1])) {
  const dir = resolve(__dirname, '../../samples');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'trunk-incident.sip'), sampleText());
}
