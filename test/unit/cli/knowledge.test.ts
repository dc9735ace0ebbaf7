import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import type { CliIo } from '../../../server/src/cli/io';

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => (out += t), err: (t) => (err += t), stdout: () => out, stderr: () => err };
}

const CCAI_URL =
  'http://dialogflow.googleapis.com/v2beta1/projects/gcp-project-id-12345/conversations/CID-297363723_79131759_799783510';

test('explain: every reading of an ambiguous number, as text', async () => {
  const io = capture();
  assert.equal(await runCli(['explain', '503'], io), 0);
  assert.match(io.stdout(), /^2 readings of "503":/);
  assert.match(io.stdout(), /SIP response 503 — Overloaded or under maintenance/);
  assert.match(io.stdout(), /FreeSWITCH hangup cause 503/);
  assert.match(io.stdout(), /Q\.850 cause 34 — No channel free/);
});

test('explain: JSON with the structured entries; words joined into one token', async () => {
  const io = capture();
  assert.equal(await runCli(['explain', '--format', 'json', 'SIP/2.0', '486', 'Busy', 'Here'], io), 0);
  const json = JSON.parse(io.stdout()) as {
    token: string;
    entries: { system: string; code: string; systemLabel: string; fixes: string[] }[];
  };
  assert.equal(json.token, 'SIP/2.0 486 Busy Here');
  assert.deepEqual(
    json.entries.map((e) => [e.system, e.code, e.systemLabel]),
    [['sip', '486', 'SIP response']],
  );
  assert.ok(json.entries[0]!.fixes.length > 0);
  const named = capture();
  assert.equal(await runCli(['explain', 'ice_collection_timeout', '--format=json'], named), 0);
  assert.match(named.stdout(), /UDP 3478/);
});

test('explain: nothing matches → suggestions and exit 1; usage problems exit 2', async () => {
  const io = capture();
  assert.equal(await runCli(['explain', 'microphone'], io), 1);
  assert.match(
    io.stdout(),
    /No catalog entry matches "microphone"\.\nClosest matches:\n {2}CCP softphone error microphone_not_shared/,
  );
  const json = capture();
  assert.equal(await runCli(['explain', '--format', 'json', 'zzzz'], json), 1);
  assert.deepEqual(JSON.parse(json.stdout()), { token: 'zzzz', entries: [], suggestions: [] });
  const usage = capture();
  assert.equal(await runCli(['explain'], usage), 2);
  assert.match(usage.stderr(), /Give a code or a name/);
  assert.equal(await runCli(['explain', '--format', 'xml', '503'], usage), 2);
});

test('explain --search lists matching entries', async () => {
  const io = capture();
  assert.equal(await runCli(['explain', '--search', 'caller', 'id'], io), 0);
  assert.match(io.stdout(), /^\d+ matching entries:/);
  assert.match(io.stdout(), /Twilio error 32206/);
});

test('uui: decodes the seeds; JSON has the decoded text and the parsed fields', async () => {
  const hex = Buffer.from(CCAI_URL).toString('hex');
  const io = capture();
  assert.equal(
    await runCli(
      [
        'uui',
        '--format',
        'json',
        `User-to-User: ${hex};encoding=hex;purpose=Goog-ContactCenter-Conversation`,
      ],
      io,
    ),
    0,
  );
  const [found] = JSON.parse(io.stdout()) as {
    values: {
      text: string;
      ccai: { projectId: string; conversationId: string };
      fields: { key: string; value: string }[];
    }[];
  }[];
  assert.equal(found!.values[0]!.text, CCAI_URL);
  assert.equal(found!.values[0]!.ccai.conversationId, 'CID-297363723_79131759_799783510');
  assert.ok(
    found!.values[0]!.fields.some((f) => f.key === 'project-id' && f.value === 'gcp-project-id-12345'),
  );

  const text = capture();
  assert.equal(
    await runCli(
      ['uui', '6B6579313D76616C7565313B6B6579323D76616C756532;encoding=hex;purpose=Goog-Session-Param'],
      text,
    ),
    0,
  );
  assert.match(text.stdout(), /Decoded text: key1=value1;key2=value2/);
  assert.match(text.stdout(), /Session parameter key2: value2/);
});

test('uui: malformed values exit 1 with positioned messages; usage exits 2', async () => {
  const io = capture();
  assert.equal(await runCli(['uui', 'User-to-User:', '003G;encoding=hex'], io), 1);
  assert.match(io.stdout(), /Error at character 18: Not a hex digit: "G"/);
  const usage = capture();
  assert.equal(await runCli(['uui'], usage), 2);
  assert.equal(await runCli(['uui', '--file', join(tmpdir(), 'no-such-callsight-file.txt')], usage), 2);
});

test('uui --file decodes every UUI header of a trace, with line numbers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-uui-'));
  const file = join(dir, 'trace.txt');
  writeFileSync(
    file,
    [
      'INVITE sip:a@b SIP/2.0',
      'User-to-User: 00414243;encoding=hex;purpose=isdn-uui',
      'Refer-To: <sip:q@pbx?User-to-User=0031%3Bencoding%3Dhex>',
      '',
    ].join('\n'),
  );
  const io = capture();
  assert.equal(await runCli(['uui', '--file', file], io), 0);
  assert.match(io.stdout(), /trace\.txt:2\nUser-to-User value\n {2}Decoded text: ABC/);
  assert.match(io.stdout(), /trace\.txt:3\nUser-to-User value\n {2}Decoded text: 1/);
  const json = capture();
  await runCli(['uui', '--file', file, '--format', 'json'], json);
  assert.deepEqual(
    (JSON.parse(json.stdout()) as { line: number }[]).map((f) => f.line),
    [2, 3],
  );
});

test('the usage text lists the new commands', async () => {
  const io = capture();
  assert.equal(await runCli(['--help'], io), 0);
  assert.match(io.stdout(), /explain \[--format text\|json\]/);
  assert.match(io.stdout(), /uui \[--format text\|json\]/);
});
