/** Node entry of the language server: stdio or IPC, as the client chooses on the command line. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import '../l10n/all';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// stdout carries the protocol: anything printed by accident would corrupt it.
/* eslint-disable no-console -- redirecting console is the point here */
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
/* eslint-enable no-console */
startServer(connection);
