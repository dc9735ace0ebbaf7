/**
 * SIP Warning header codes (`Warning: <code> <agent> "<text>"`): RFC 3261 §20.43, RFC 5630, and the
 * non-standard 392 Kamailio debug warning. Most explain why an offer was rejected (415, 488, 606).
 */
import type { Catalog, CatalogRow } from './types';

const SDP_CAUSE = "The offer and the receiver's media capabilities do not match.";
const SDP_FIX = "Change the offer (or the receiver's media settings) so both sides share a choice.";

function sdpRow(code: string, name: string, title: string, meaning: string, fix = SDP_FIX): CatalogRow {
  return {
    code,
    name,
    title,
    meaning,
    causes: [SDP_CAUSE],
    fixes: [fix],
    references: ['RFC 3261 §20.43'],
    rules: ['sip/media-rejected'],
  };
}

const ROWS: readonly CatalogRow[] = [
  sdpRow(
    '300',
    'Incompatible network protocol',
    'Network type not supported',
    'The session description uses a network type the receiver does not support (the first field of c=).',
  ),
  sdpRow(
    '301',
    'Incompatible network address formats',
    'Address type not supported',
    'The session description uses an address type the receiver cannot use (for example IP6 towards an IPv4-only peer).',
    'Offer an address family the peer supports, or let an SBC translate.',
  ),
  sdpRow(
    '302',
    'Incompatible transport protocol',
    'Media transport not supported',
    'One or more media lines use a transport the receiver lacks (for example RTP/SAVP towards an RTP-only peer).',
    'Align the media profile: RTP/AVP versus RTP/SAVP, and SRTP settings.',
  ),
  sdpRow(
    '303',
    'Incompatible bandwidth units',
    'Bandwidth unit not understood',
    'A b= line uses a bandwidth modifier the receiver does not understand.',
  ),
  sdpRow(
    '304',
    'Media type not available',
    'Media type not available',
    'The receiver does not support a media type in the offer (for example video).',
    'Offer only the media types the peer supports, or mark the others optional.',
  ),
  sdpRow(
    '305',
    'Incompatible media format',
    'No usable codec',
    'None of the formats (codecs) of a media line are supported by the receiver.',
    'Offer a codec the peer supports (G.711 PCMU/PCMA is the common ground).',
  ),
  sdpRow(
    '306',
    'Attribute not understood',
    'SDP attribute not understood',
    'The receiver does not understand one or more a= attributes of the offer.',
  ),
  sdpRow(
    '307',
    'Session description parameter not understood',
    'SDP parameter not understood',
    'A session description parameter other than an attribute was not understood.',
  ),
  sdpRow(
    '330',
    'Multicast not available',
    'Multicast not reachable',
    'The site of the receiver has no multicast connectivity.',
    'Use unicast media.',
  ),
  sdpRow(
    '331',
    'Unicast not available',
    'Unicast not reachable',
    'The site of the receiver cannot use unicast media (usually because of a firewall).',
    'Check the firewall between the media end points.',
  ),
  {
    code: '370',
    name: 'Insufficient bandwidth',
    title: 'Not enough bandwidth',
    meaning: 'The bandwidth asked for in the offer, or needed by it, is more than the receiver can give.',
    causes: ['The offer asks for more bandwidth than the link or the policy allows.'],
    fixes: ['Offer a lower-rate codec, or raise the bandwidth policy.'],
    references: ['RFC 3261 §20.43'],
  },
  {
    code: '380',
    name: 'SIPS Not Allowed',
    title: 'SIPS not allowed',
    meaning: "The request used a sips: URI but the receiver's policy does not allow SIPS.",
    causes: ['The sender insists on SIPS towards a domain that does not offer it.'],
    fixes: ['Send a sip: URI, or enable TLS and SIPS at the receiver.'],
    references: ['RFC 5630'],
  },
  {
    code: '381',
    name: 'SIPS Required',
    title: 'SIPS required',
    meaning: 'The receiver only accepts requests with a sips: URI.',
    causes: ['The sender used sip: where the receiver demands SIPS.'],
    fixes: ['Use a sips: URI over TLS.'],
    references: ['RFC 5630'],
  },
  {
    code: '399',
    name: 'Miscellaneous warning',
    title: 'Other warning',
    meaning: 'A warning that fits no other code; the text says what it is about.',
    causes: ['Depends on the sender: read the quoted text.'],
    fixes: ["Act on the quoted text, or look it up in the sending product's documentation."],
    references: ['RFC 3261 §20.43'],
  },
  {
    code: '392',
    name: 'Noisy feedback (non-standard)',
    title: 'Kamailio debug warning',
    meaning:
      'Not a standard code: Kamailio, SER and OpenIMS add it with sip_warning enabled, describing how they routed the request (pid, source IP, in and out URIs, Via count).',
    causes: ['The proxy runs with its sip_warning debug option on.'],
    fixes: ['Informational only. Turn sip_warning off in production if the header leaks internal addresses.'],
    references: ['Kamailio core, sip_warning parameter'],
  },
];

/** SIP Warning codes. */
export const sipWarningCatalog: Catalog = { system: 'sip-warning', rows: ROWS };
