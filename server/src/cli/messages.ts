import { defineMessages } from '../analysis/l10n';

/** Every string the CLI prints. */
export const cliMessages = defineMessages('cli', {
  usage: [
    'Usage: callsight <command> [options]',
    '',
    'Commands:',
    '  check [--format text|json|sarif] [--language ccp-log|sip-trace] <file>...',
    '      Analyse CCP logs and SIP traces; exit 1 when any finding is an error.',
    '  explain [--format text|json] [--search] <code-or-name>',
    '      Explain a code: SIP status, Q.850 cause (cause=34), Warning, Twilio 32xxx, CCP softphone',
    '      error, agent state, CTI exception, endpoint… Ambiguous numbers show every reading;',
    '      --search lists the entries matching words. Exit 1 when nothing matches.',
    '  uui [--format text|json] <header-or-value> | --file <trace>',
    '      Decode User-to-User headers (RFC 7433 hex/ascii, PD octet, Google CCAI URL and session',
    '      parameters); --file decodes every UUI header of a trace. Exit 1 on malformed values.',
    '',
    'Options:',
    '  --lang en|ja   language of messages (default: from the environment)',
    '  --help         show this help',
  ].join('\n'),
  unknownCommand: 'Unknown command "{command}".',
  unknownOption: 'Unknown option "{option}".',
  missingValue: 'Option {option} needs a value.',
  badFormat: 'Unknown format "{format}" (expected {expected}).',
  badLanguage: 'Unknown language "{language}" (expected ccp-log or sip-trace).',
  noFiles: 'No input files.',
  unreadable: '{file}: cannot read: {reason}',
  unknownKind: '{file}: neither a CCP log nor a SIP trace (use --language to force one).',
  summary: '{files} file(s), {errors} error(s), {warnings} warning(s), {others} other finding(s).',
});
