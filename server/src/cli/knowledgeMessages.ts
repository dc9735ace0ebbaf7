import { defineMessages } from '../analysis/l10n';

/** Strings of `callsight explain` and `callsight uui`. */
export const knowledgeCliMessages = defineMessages('cli.knowledge', {
  noToken: 'Give a code or a name to explain, e.g. callsight explain 503.',
  noMatch: 'No catalog entry matches "{token}".',
  closest: 'Closest matches:',
  readings: '{count} readings of "{token}":',
  searchResults: '{count} matching entries:',
  noUui: 'Give a User-to-User header or value, or --file <trace>.',
  noUuiFound: 'No User-to-User value found.',
  fileLine: '{file}:{line}',
});
