/**
 * Google CCAI (Dialogflow / Agent Assist) SIP trunk and SIPREC requirements, as facts a trace can be
 * checked against: transport, media, addresses, the conversation id and how it is passed, roles,
 * session parameters, and what rejections mean.
 */
import type { Catalog, CatalogRow } from './types';

const SIP_GUIDE = 'Google Cloud CCAI: SIP integration / SIPREC requirements';
const PROTO = 'Dialogflow API reference: Conversation, TelephonyConnectionInfo';

function req(
  code: string,
  title: string,
  meaning: string,
  causes: readonly string[],
  fixes: readonly string[],
  extra: Partial<Pick<CatalogRow, 'rules' | 'aliases'>> = {},
  references: readonly string[] = [SIP_GUIDE],
): CatalogRow {
  return { code, title, meaning, causes, fixes, references, ...extra };
}

const ROWS: readonly CatalogRow[] = [
  req(
    'tls-5672',
    'SIP over TLS on TCP 5672',
    'Google takes SIP only over TLS (1.2 or later) on TCP port 5672, with mutual authentication.',
    [
      'Plain SIP, the wrong port, or TLS below 1.2: the connection fails and the trace shows only retransmissions.',
    ],
    ['Send SIP over TLS to port 5672 of the regional telephony.goog host.'],
    { rules: ['ccai/not-tls-5672'], aliases: ['5672'] },
  ),
  req(
    'signalling-hosts',
    'Regional signalling hosts',
    'us.telephony.goog (74.125.88.132), eu.… (.133), ap.… (.134) and sa.… (.135), all inside 74.125.88.128/25.',
    [
      'The SBC sends to a host that is not one of the regional servers, or the firewall does not allow the range.',
    ],
    ['Use the regional host of your project and allow 74.125.88.128/25 on TCP 5672.'],
    {
      aliases: [
        'telephony.goog',
        'us.telephony.goog',
        'eu.telephony.goog',
        'ap.telephony.goog',
        'sa.telephony.goog',
      ],
    },
  ),
  req(
    'mutual-tls',
    'Mutual TLS with a matching certificate',
    "Both sides present certificates; the SBC's certificate CN or SAN must match the trunk FQDN configured at Google.",
    [
      'TLS fails when the trunk is not created at Google, the FQDN is not in the certificate, the cipher suite is unsupported, or the CA is not trusted.',
    ],
    ['Fix the certificate (CN/SAN = trunk FQDN, public CA) and the trunk registration at Google.'],
  ),
  req(
    'srtp-sdes',
    'SRTP with SDES keys',
    'Media must be SRTP keyed by SDES (a=crypto), with AES_CM_128_HMAC_SHA1_80 or AEAD_AES_256_GCM.',
    ['RTP/AVP without a=crypto, or another crypto suite: Google rejects the offer (usually 488).'],
    ['Enable SRTP with SDES and one of the two suites on the SBC.'],
    { rules: ['ccai/srtp-required'], aliases: ['AES_CM_128_HMAC_SHA1_80', 'AEAD_AES_256_GCM'] },
  ),
  req(
    'codecs',
    'Codecs: PCMU, PCMA or Opus',
    'The offer must include G.711 µ-law (PCMU, payload type 0), A-law (PCMA, 8) or Opus (opus/48000/2).',
    ['No supported codec in the offer: 488.'],
    ['Offer G.711 or Opus.'],
    { rules: ['ccai/codec-not-supported'] },
  ),
  req(
    'rtp-range',
    'Media addresses and ports',
    'RTP goes to 74.125.39.0/24, ports 16384–32767 (TCP and UDP; Google says the range may widen).',
    ['The firewall does not allow that range: no audio or one-way audio.'],
    ['Allow 74.125.39.0/24 on UDP and TCP 16384–32767 in both directions.'],
    { aliases: ['74.125.39.0/24', '16384-32767'] },
  ),
  req(
    'public-addresses',
    'Public addresses only',
    'Request-URI, To, From, Via and SDP c= must carry public IP addresses; private ones are rejected.',
    ['The SBC leaks internal addresses (missing NAT or topology-hiding rules).'],
    ["Rewrite the headers and SDP to the SBC's public address."],
    { rules: ['ccai/private-address'] },
  ),
  req(
    'e164',
    'Numbers in E.164',
    'Phone numbers in the SIP headers must be in E.164 (for example +16501234567).',
    ['National or internal number formats.'],
    ['Normalise numbers to +<country><number> on the SBC.'],
    { rules: ['ccai/non-e164-number'] },
  ),
  req(
    'conversation-id',
    'Conversation id rules',
    'The SBC makes one conversation id per call. It must start with a letter, then letters, digits, "_" or "-", 3 to 64 characters in all.',
    ['Ids taken straight from a Call-ID often contain "@" or "." or start with a digit.'],
    ['Prefix and clean the Call-ID, e.g. 297363723_79131759_799783510 → CID-297363723_79131759_799783510.'],
    { rules: ['ccai/conversation-id-invalid', 'ccai/conversation-id-missing'] },
  ),
  req(
    'Goog-ContactCenter-Conversation',
    'Passing the conversation to Google',
    'Call-Info: <http://dialogflow.googleapis.com/v2beta1/projects/<PROJECT_ID>/conversations/<CONVERSATION_ID>>;purpose=Goog-ContactCenter-Conversation, or the same URL hex-encoded in User-to-User with that purpose.',
    [
      'Without it, Dialogflow can only fall back to configured call matchers; a call that matches no conversation, or several, is rejected.',
      'A malformed URL or purpose leaves the conversation unlinked.',
    ],
    ['Add the Call-Info header (preferred) or the UUI form on the INVITE, with a valid conversation id.'],
    { rules: ['ccai/call-info-malformed', 'ccai/conversation-id-missing'] },
    [SIP_GUIDE, PROTO],
  ),
  req(
    'Goog-Session-Param',
    'Session parameters through UUI',
    'User-to-User: <hex of "key1=value1;key2=value2">;encoding=hex;purpose=Goog-Session-Param becomes the session parameter uui-headers (one list item per header). UUI with other purposes is stored but not available to the virtual agent.',
    ['Values sent with another purpose, or not hex-encoded, do not reach the agent.'],
    ['Hex-encode the key=value text and use purpose=Goog-Session-Param; repeat the header for more items.'],
    { aliases: ['uui-headers'] },
    [SIP_GUIDE, PROTO],
  ),
  req(
    'roles',
    'Participant roles of the streams',
    'By default the first media stream is END_USER and the second HUMAN_AGENT; a roles query parameter on the conversation URL overrides the order.',
    ['Streams in the other order without a roles parameter: customer and agent transcripts swap.'],
    ['Put the customer stream first, or add ?roles=HUMAN_AGENT,END_USER (one role per audio stream).'],
    { rules: ['ccai/roles-invalid'], aliases: ['END_USER', 'HUMAN_AGENT'] },
  ),
  req(
    'agent-media-label',
    'Agent data through a media label',
    "An a=label on the human agent's stream (e.g. a=label:7382373482) is delivered as sip_recording_media_label in the transcript Pub/Sub message attributes.",
    ['No label on the agent stream: the transcript carries no agent reference.'],
    ["Set a=label on the agent's m= line at the SBC."],
    { aliases: ['sip_recording_media_label'] },
  ),
  req(
    'refer-transfer',
    'Virtual agent transfer by REFER',
    'To hand a call over, Google sends a REFER with Refer-To set to the configured number, possibly with UUI (purpose=Goog-Session-Param); the same UUI may come on the BYE at End Session. A BYE from the far end raises sys.remote-call-disconnected.',
    ['The SBC rejects REFER, or drops the UUI, so the transfer or its data is lost.'],
    ['Accept REFER on the SBC and pass the UUI on to the transfer target.'],
    { aliases: ['sys.remote-call-disconnected'] },
  ),
  req(
    'rejected-4xx',
    'Google rejected the headers or SDP',
    'A 4xx from Google (often 488 Not Acceptable Here) means it refused the SIP headers or the SDP.',
    ['Any of: TLS/port, SRTP, codecs, private addresses, non-E.164 numbers, a bad conversation id.'],
    ['Check each requirement above against the INVITE.'],
    { rules: ['ccai/rejected-4xx'] },
  ),
  req(
    'rejected-6xx-quota',
    'Google declined: likely quota',
    'A 6xx from Google (for example 603 Decline) most likely means a quota was exceeded.',
    ['Concurrent-call or request quotas of the project used up.'],
    ["Check the project's quotas and ask for an increase."],
    { rules: ['ccai/rejected-6xx-quota'] },
  ),
  req(
    'supported-sbcs',
    'SBCs Google has validated',
    'AudioCodes VE SBC 7.40A.500.786; Avaya SBCE 8.1.3.2-38-22279 / 10.2.0.0-86-24077; Oracle E-SBC Acme Packet 3900 SCZ9.3.0 GA (build 46); Ribbon SWe Core 11.01.01R005; Cisco CUBE 17.15.03a.',
    ['Other SBCs or firmware may work but are not validated.'],
    ['Prefer a validated model and firmware when opening a case with Google.'],
  ),
  req(
    'support-evidence',
    'What Google support asks for',
    'A packet capture with the TCP handshake on 5672 and the full TLS handshake both ways, a SIP debug trace with full headers and SDP, and the Call-ID and Call-Info values.',
    [
      'TCP failures: outbound blocked, wrong regional server, or not port 5672. TLS failures: see mutual TLS.',
    ],
    ['Collect those items before opening the case.'],
  ),
];

/** Google CCAI SIP requirements. */
export const googleCcaiCatalog: Catalog = { system: 'google-ccai', rows: ROWS };
