/**
 * What the log tells about where the CCP runs: the AWS region (from endpoint URLs or the agent-state ARN
 * of snapshots), the endpoints it talked to, the instance host, and whether it is CCP v1 or v2. Fix
 * texts name these so a network engineer can act on them directly.
 */
import { EntryKind, type CcpEntry, type SnapshotInfo } from './entry';

export interface Environment {
  readonly region: string | undefined;
  /** Where the region came from: a URL in the log, or an ARN. */
  readonly regionSource: 'url' | 'arn' | undefined;
  /** Signalling endpoint host seen in the log (`rtc.connect-telecom.<region>.amazonaws.com`…). */
  readonly signallingHost: string | undefined;
  /** TURN (media) host seen in the log (`TurnNlb-….elb.<region>.amazonaws.com`). */
  readonly turnHost: string | undefined;
  /** Instance host (`<alias>.my.connect.aws` or `<alias>.awsapps.com`). */
  readonly instanceHost: string | undefined;
  /** `v2` when the log says so (isCCPV2, ccp-v2 URLs, metrics), `v1` on v1 evidence, else unknown. */
  readonly ccpVersion: 'v1' | 'v2' | undefined;
  readonly browser: string | undefined;
}

/** Kinds whose texts can name an endpoint (high-volume kinds never do). */
const URL_KINDS: ReadonlySet<EntryKind> = new Set([
  EntryKind.SoftphoneError,
  EntryKind.MediaChannelFailed,
  EntryKind.ApiFailed,
  EntryKind.FailedAcceptCall,
  EntryKind.NetworkFailure,
  EntryKind.RtcSignalingFailed,
  EntryKind.RtcHandshakeFailed,
]);

const REGION = /^[a-z]{2}(?:-gov)?-[a-z]+-\d$/;
const HEAD = 4096;

function hostChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

/** Host names after `://` or `turn:`/`turns:` in a bounded piece of text. */
export function hostsIn(text: string): string[] {
  const out: string[] = [];
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  const starts: number[] = [];
  for (let k = head.indexOf('://'); k >= 0 && starts.length < 8; k = head.indexOf('://', k + 3))
    starts.push(k + 3);
  for (let k = head.indexOf('turn:'); k >= 0 && starts.length < 12; k = head.indexOf('turn:', k + 5))
    if (head.charCodeAt(k + 5) !== 47) starts.push(k + 5);
  for (const s of starts) {
    let e = s;
    while (e < head.length && e - s < 255 && hostChar(head.charCodeAt(e))) e++;
    if (e - s > 3 && head.slice(s, e).includes('.')) out.push(head.slice(s, e));
  }
  return out;
}

/** The region in `….<region>.amazonaws.com`, if any. */
export function regionOfHost(host: string): string | undefined {
  const lower = host.toLowerCase();
  if (!lower.endsWith('.amazonaws.com')) return undefined;
  const parts = lower.split('.');
  for (let k = parts.length - 3; k >= 0; k--) {
    const p = parts[k] as string;
    if (REGION.test(p)) return p;
  }
  return undefined;
}

export function buildEnvironment(entries: readonly CcpEntry[], sorted: Int32Array): Environment {
  let region: string | undefined;
  let regionSource: 'url' | 'arn' | undefined;
  let arnRegion: string | undefined;
  let signallingHost: string | undefined;
  let turnHost: string | undefined;
  let instanceHost: string | undefined;
  let v2 = false;
  let v1 = false;
  let browser: string | undefined;
  let otherSeen = 0;
  for (let k = 0; k < sorted.length; k++) {
    const e = entries[sorted[k] as number] as CcpEntry;
    const kind = e.kind;
    if (kind === EntryKind.Snapshot) {
      if (!arnRegion) arnRegion = (e.payload as SnapshotInfo | undefined)?.region;
      continue;
    }
    if (kind === EntryKind.MetricsSuccess) {
      v2 = true;
      continue;
    }
    if (kind === EntryKind.CcpVersion) {
      if (e.detail.startsWith('true')) v2 = true;
      else if (e.detail.startsWith('false')) v1 = true;
      continue;
    }
    // Endpoints appear in errors and in a few boot lines; chatter is skipped.
    if (kind === EntryKind.Other) {
      if (otherSeen++ > 400 && e.level !== 'ERROR' && e.level !== 'WARN') continue;
    } else if (!URL_KINDS.has(kind) && e.level !== 'ERROR' && e.level !== 'WARN') continue;
    const full = e.msg;
    const msg = full.length > HEAD ? full.slice(0, HEAD) : full;
    if (browser === undefined && (msg.startsWith('Browser: ') || msg.startsWith('User Agent: '))) {
      browser = msg.slice(0, 200);
    }
    const stack = e.exception?.message;
    if (msg.indexOf('://') < 0 && msg.indexOf('turn:') < 0 && !(stack && stack.indexOf('://') >= 0)) continue;
    for (const host of [...hostsIn(msg), ...(stack ? hostsIn(stack) : [])]) {
      const lower = host.toLowerCase();
      const r = regionOfHost(lower);
      if (r && !region) {
        region = r;
        regionSource = 'url';
      }
      if (!signallingHost && (lower.includes('connect-telecom') || lower.includes('.transport.connect.')))
        signallingHost = host;
      if (!turnHost && lower.startsWith('turnnlb')) turnHost = host;
      if (!instanceHost && (lower.endsWith('.my.connect.aws') || lower.endsWith('.awsapps.com')))
        instanceHost = host;
    }
    if (msg.includes('/ccp-v2')) v2 = true;
    else if (msg.includes('/connect/ccp#')) v1 = true;
  }
  if (!region && arnRegion) {
    region = arnRegion;
    regionSource = 'arn';
  }
  return {
    region,
    regionSource,
    signallingHost,
    turnHost,
    instanceHost,
    ccpVersion: v2 ? 'v2' : v1 ? 'v1' : undefined,
    browser,
  };
}
