/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for `node --require`, loaded before any module */
// Preload (`node --require`) that replaces every network API of Node with a trap: each attempt is
// appended to the file named by CALLSIGHT_NETWORK_LOG and then throws. Used by the no-network tests.
'use strict';
const fs = require('node:fs');

const logFile = process.env.CALLSIGHT_NETWORK_LOG;

function trap(name) {
  return function trapped() {
    const line = `${name} ${new Error().stack.split('\n').slice(2, 5).join(' | ')}\n`;
    if (logFile) fs.appendFileSync(logFile, line);
    throw new Error(`network access blocked by test: ${name}`);
  };
}

function replace(object, names, prefix) {
  for (const name of names) {
    if (object && typeof object[name] === 'function') object[name] = trap(`${prefix}.${name}`);
  }
}

const net = require('node:net');
replace(net, ['connect', 'createConnection', 'createServer'], 'net');
replace(net.Socket.prototype, ['connect'], 'net.Socket.prototype');
replace(require('node:http'), ['request', 'get', 'createServer'], 'http');
replace(require('node:https'), ['request', 'get', 'createServer'], 'https');
replace(require('node:http2'), ['connect', 'createServer', 'createSecureServer'], 'http2');
replace(require('node:tls'), ['connect', 'createServer'], 'tls');
replace(require('node:dgram'), ['createSocket'], 'dgram');
const dns = require('node:dns');
const dnsNames = [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCname',
  'resolveMx',
  'resolveNs',
  'resolveTxt',
  'resolveSrv',
  'reverse',
];
replace(dns, dnsNames, 'dns');
replace(dns.promises, dnsNames, 'dns.promises');
for (const name of ['fetch', 'WebSocket', 'EventSource']) {
  if (name in globalThis) globalThis[name] = trap(`globalThis.${name}`);
}
globalThis.XMLHttpRequest = trap('globalThis.XMLHttpRequest');
