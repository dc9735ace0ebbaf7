/** Dialogs, transactions, retransmissions, ACK matching and the legs of one call. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTrace } from '../../../server/src/analysis/sip/model/buildTrace';
import { MessageFlag, type SipMessage, type Transaction } from '../../../server/src/analysis/sip/model/types';
import { Call, healthyCall, sdp, sngrep, type Msg } from './support';

test('dialogs by Call-ID; transactions by branch and CSeq; ACK and BYE in place', () => {
  const trace = buildTrace(sngrep(healthyCall()));
  assert.equal(trace.dialogs.length, 1);
  const txs = trace.transactions;
  const invite = txs.find((t) => t.method === 'INVITE') as Transaction;
  assert.equal(invite.responses.length, 3);
  assert.equal((trace.messages[invite.finalResponse] as SipMessage).status, 200);
  assert.ok(invite.ack >= 0, 'the 2xx ACK is tied to the INVITE by CSeq');
  assert.equal(txs.find((t) => t.method === 'BYE')?.responses.length, 1);
});

test('retransmissions: same request same direction; same response same To tag', () => {
  const call = new Call();
  const trace = buildTrace(
    sngrep([
      call.request(0, 'INVITE', { body: sdp() }),
      call.request(0.5, 'INVITE', { body: sdp() }),
      call.request(1.5, 'INVITE', { body: sdp() }),
      call.response(1.6, 100, 'Trying', 'INVITE'),
      call.response(2, 200, 'OK', 'INVITE', { body: sdp({ address: '203.0.113.10' }) }),
      call.response(2.5, 200, 'OK', 'INVITE', { body: sdp({ address: '203.0.113.10' }) }),
      call.request(2.6, 'ACK', { branch: 'z9hG4bKa', toTag: 'uas1' }),
    ]),
  );
  const flagged = trace.messages.filter((m) => m.flags & MessageFlag.Retransmission).map((m) => m.index);
  assert.deepEqual(flagged, [1, 2, 5]);
  assert.equal(trace.messages[2]?.original, 0);
  const invite = trace.transactions.find((t) => t.method === 'INVITE') as Transaction;
  assert.equal(invite.requests.length, 3);
});

test('the ACK for a non-2xx final and the CANCEL share the INVITE branch', () => {
  const call = new Call();
  const trace = buildTrace(
    sngrep([
      call.request(0, 'INVITE', { body: sdp() }),
      call.response(0.1, 180, 'Ringing', 'INVITE'),
      call.request(5, 'CANCEL', { branch: 'z9hG4bKinvite1' }),
      call.response(5.1, 200, 'OK', 'CANCEL', { branch: 'z9hG4bKinvite1' }),
      call.response(5.2, 487, 'Request Terminated', 'INVITE'),
      call.request(5.3, 'ACK', { branch: 'z9hG4bKinvite1', toTag: 'uas1' }),
    ]),
  );
  const invite = trace.transactions.find((t) => t.method === 'INVITE') as Transaction;
  assert.equal(trace.messages[invite.ack]?.method, 'ACK');
  assert.ok(invite.cancel >= 0);
  assert.equal(trace.transactions[invite.cancel]?.method, 'CANCEL');
  assert.equal(trace.transactions.filter((t) => t.method === 'ACK').length, 0, 'no separate ACK transaction');
});

test('missing responses and missing ACKs are visible in the model', () => {
  const call = new Call();
  const trace = buildTrace(
    sngrep([
      call.request(0, 'INVITE', { body: sdp() }),
      call.response(1, 200, 'OK', 'INVITE', { body: sdp({ address: '203.0.113.10' }) }),
      call.request(40, 'BYE', { cseq: 2, toTag: 'uas1' }),
    ]),
  );
  const invite = trace.transactions.find((t) => t.method === 'INVITE') as Transaction;
  assert.equal(invite.ack, -1);
  const bye = trace.transactions.find((t) => t.method === 'BYE') as Transaction;
  assert.equal(bye.finalResponse, -1);
});

test('a proxied call: two hops of one INVITE, the end-to-end ACK matched on both', () => {
  const uac = '10.0.0.1:5060';
  const proxy = '10.0.0.2:5060';
  const uas = '10.0.0.3:5060';
  const leg1 = new Call({ uac, uas: proxy, callId: 'p1' });
  const leg2 = new Call({ uac: proxy, uas, callId: 'p1' });
  const msgs: Msg[] = [
    leg1.request(0, 'INVITE', { branch: 'z9hG4bKuac' }),
    leg2.request(0.01, 'INVITE', { branch: 'z9hG4bKproxy' }),
    leg2.response(1, 200, 'OK', 'INVITE', { branch: 'z9hG4bKproxy' }),
    leg1.response(1.01, 200, 'OK', 'INVITE', { branch: 'z9hG4bKuac' }),
    { ...leg1.request(1.1, 'ACK', { branch: 'z9hG4bKack', toTag: 'uas1' }), dst: uas },
  ];
  const trace = buildTrace(sngrep(msgs));
  const invites = trace.transactions.filter((t) => t.method === 'INVITE');
  assert.equal(invites.length, 2);
  for (const t of invites) assert.ok(t.ack >= 0, 'each hop sees the ACK');
});

test('legs of one call: X-Call-ID, P-Charging-Vector icid, Session-ID and User-to-User', () => {
  const a = new Call({ callId: 'leg-a' });
  const b = new Call({ callId: 'leg-b', uac: '203.0.113.50:5060', uas: '198.51.100.77:5060' });
  const c = new Call({ callId: 'leg-c' });
  const d = new Call({ callId: 'leg-d' });
  const e = new Call({ callId: 'leg-e' });
  const f = new Call({ callId: 'leg-f' });
  const g = new Call({ callId: 'leg-g' });
  const trace = buildTrace(
    sngrep([
      a.request(0, 'INVITE'),
      b.request(0.1, 'INVITE', { headers: ['X-Call-ID: leg-a'] }),
      c.request(1, 'INVITE', {
        headers: ['P-Charging-Vector: icid-value=AyretyU0dm+6O2IrT5tAFrbHLso=;orig-ioi=home1.net'],
      }),
      d.request(1.1, 'INVITE', { headers: ['P-Charging-Vector: icid-value="AyretyU0dm+6O2IrT5tAFrbHLso="'] }),
      e.request(2, 'INVITE', { headers: ['User-to-User: 00C8313233343536;encoding=hex;purpose=isdn-uui'] }),
      f.request(2.1, 'INVITE', { headers: ['User-to-User: c8313233343536;encoding=hex'] }),
      g.request(3, 'INVITE', {
        headers: ['Session-ID: ab30317f1a784dc48ff824d0d3715d86;remote=00000000000000000000000000000000'],
      }),
    ]),
  );
  const callOf = (id: string): number => trace.dialogs[trace.dialogByCallId.get(id) as number]?.call ?? -1;
  assert.ok(callOf('leg-a') >= 0);
  assert.equal(callOf('leg-a'), callOf('leg-b'));
  assert.equal(callOf('leg-c'), callOf('leg-d'));
  assert.notEqual(callOf('leg-c'), callOf('leg-a'));
  assert.equal(callOf('leg-e'), callOf('leg-f'), 'UUI compared after the PD byte and hex case');
  assert.equal(callOf('leg-g'), -1, 'a null remote Session-ID links nothing');
  const kinds = trace.calls.flatMap((c2) => c2.links.map((l) => l.kind)).sort();
  assert.deepEqual([...new Set(kinds)], ['icid', 'uui', 'x-call-id']);
});
