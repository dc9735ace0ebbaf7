/**
 * Every message table of the server and the CLI, and every translation, registered in one place.
 * Imported once at start by the language server (`lsp/main.ts`) and the CLI (`cli.ts`), and by the
 * tests that render Japanese (`test/unit/l10n/*`).
 *
 * Adding a module that declares a table with `defineMessages`: import it in MESSAGE TABLES below
 * (the completeness test scans `server/src` and fails for a namespace this file does not register).
 * Translating it: write `<module>.ja.ts` next to it with `translation(table, 'ja', {…})` and list it
 * in TRANSLATIONS; until then, name the namespace in `test/unit/l10n/pending-namespaces.json`.
 */
import { registerTranslations, type Translation } from '../analysis/l10n';
import { addKnowledgeTranslations } from '../analysis/knowledge';

// MESSAGE TABLES: every module that declares one (English source).
import '../analysis/explanations';
import '../analysis/knowledge/messages';
import '../analysis/uui/messages';
import '../cli/knowledgeMessages';
import '../cli/messages';
import '../lsp/uuiCodeAction';
import '../analysis/ccp/catalog/agentStates';
import '../analysis/ccp/catalog/apiOperations';
import '../analysis/ccp/catalog/contactEvents';
import '../analysis/ccp/catalog/errorCodes';
import '../analysis/ccp/catalog/reportLabels';
import '../analysis/ccp/catalog/softphoneErrors';
import '../analysis/ccp/directionWords';
import '../analysis/ccp/features/hover/text';
import '../analysis/ccp/features/logWindow/text';
import '../analysis/ccp/features/symbols';
import '../analysis/ccp/rules/agent';
import '../analysis/ccp/rules/audio';
import '../analysis/ccp/rules/auth';
import '../analysis/ccp/rules/context';
import '../analysis/ccp/rules/direction';
import '../analysis/ccp/rules/endpoints';
import '../analysis/ccp/rules/network';
import '../analysis/ccp/rules/softphone';
import '../analysis/ccp/rules/sources';
import '../analysis/ccp/rules/structure';
import '../analysis/ccp/series';
import '../analysis/sip/features/dialogSummary';
import '../analysis/sip/features/hover';
import '../analysis/sip/features/hoverParts';
import '../analysis/sip/features/sipDictionary';
import '../analysis/sip/rules/addresses';
import '../analysis/sip/rules/causes';
import '../analysis/sip/rules/ccai';
import '../analysis/sip/rules/evidence';
import '../analysis/sip/rules/failures';
import '../analysis/sip/rules/headers';
import '../analysis/sip/rules/malformed';
import '../analysis/sip/rules/media';
import '../analysis/sip/rules/numbers';
import '../analysis/sip/rules/transactions';
import '../analysis/sip/rules/twilio';

// TRANSLATIONS: Japanese, as data next to each English module.
import { explanationMessagesJa } from '../analysis/explanations.ja';
import { knowledgeMessagesJa } from '../analysis/knowledge/messages.ja';
import { uuiMessagesJa } from '../analysis/uui/messages.ja';
import { knowledgeCliMessagesJa } from '../cli/knowledgeMessages.ja';
import { cliMessagesJa } from '../cli/messages.ja';
import { uuiCodeActionMessagesJa } from '../lsp/uuiCodeAction.ja';
import { agentStatesJa } from '../analysis/ccp/catalog/agentStates.ja';
import { apiOperationsJa } from '../analysis/ccp/catalog/apiOperations.ja';
import { contactEventsJa } from '../analysis/ccp/catalog/contactEvents.ja';
import { errorCodesJa } from '../analysis/ccp/catalog/errorCodes.ja';
import { reportLabelsJa } from '../analysis/ccp/catalog/reportLabels.ja';
import { softphoneErrorMessagesJa } from '../analysis/ccp/catalog/softphoneErrors.ja';
import { directionMessagesJa } from '../analysis/ccp/directionWords.ja';
import { hoverMessagesJa } from '../analysis/ccp/features/hover/text.ja';
import { logWindowMessagesJa } from '../analysis/ccp/features/logWindow/text.ja';
import { outlineMessagesJa } from '../analysis/ccp/features/symbols.ja';
import { agentRuleMessagesJa } from '../analysis/ccp/rules/agent.ja';
import { audioRuleMessagesJa } from '../analysis/ccp/rules/audio.ja';
import { authRuleMessagesJa } from '../analysis/ccp/rules/auth.ja';
import { commonRuleMessagesJa } from '../analysis/ccp/rules/context.ja';
import { directionRuleMessagesJa } from '../analysis/ccp/rules/direction.ja';
import { endpointMessagesJa } from '../analysis/ccp/rules/endpoints.ja';
import { networkRuleMessagesJa } from '../analysis/ccp/rules/network.ja';
import { softphoneRuleMessagesJa } from '../analysis/ccp/rules/softphone.ja';
import { sourcesJa } from '../analysis/ccp/rules/sources.ja';
import { structureRuleMessagesJa } from '../analysis/ccp/rules/structure.ja';
import { seriesMessagesJa } from '../analysis/ccp/series.ja';
import { evidenceMessagesJa } from '../analysis/sip/rules/evidence.ja';
import { dialogSummaryMessagesJa } from '../analysis/sip/features/dialogSummary.ja';
import { q850Ja, warningCodesJa } from '../analysis/sip/rules/causes.ja';
import { sipTwilioRuleMessagesJa } from '../analysis/sip/rules/twilio.ja';
import { sipNumberRuleMessagesJa } from '../analysis/sip/rules/numbers.ja';
import { sipHoverMessagesJa } from '../analysis/sip/features/hover.ja';
import { sipHoverPartMessagesJa } from '../analysis/sip/features/hoverParts.ja';
import { sipAddressRuleMessagesJa } from '../analysis/sip/rules/addresses.ja';
import { sipHeaderRuleMessagesJa } from '../analysis/sip/rules/headers.ja';
import {
  sipMethodMessagesJa,
  sipHeaderMessagesJa,
  sipStatusClassMessagesJa,
  sipCryptoMessagesJa,
} from '../analysis/sip/features/sipDictionary.ja';
import { sipFailureRuleMessagesJa, sipFailureCodeMessagesJa } from '../analysis/sip/rules/failures.ja';
import { sipTransactionRuleMessagesJa } from '../analysis/sip/rules/transactions.ja';
import { sipMalformedRuleMessagesJa } from '../analysis/sip/rules/malformed.ja';
import { sipMediaRuleMessagesJa } from '../analysis/sip/rules/media.ja';
import { sipCcaiRuleMessagesJa } from '../analysis/sip/rules/ccai.ja';

// KNOWLEDGE BASE: Japanese catalog text, one module per catalog, keyed `<system>:<code>`.
import { knowledgeJa } from '../analysis/knowledge/catalog.ja';

/** Every message-table translation, for registration and for the completeness test. */
export const TRANSLATIONS: readonly Translation[] = [
  explanationMessagesJa,
  knowledgeMessagesJa,
  uuiMessagesJa,
  knowledgeCliMessagesJa,
  cliMessagesJa,
  uuiCodeActionMessagesJa,
  agentStatesJa,
  apiOperationsJa,
  contactEventsJa,
  errorCodesJa,
  reportLabelsJa,
  softphoneErrorMessagesJa,
  directionMessagesJa,
  hoverMessagesJa,
  logWindowMessagesJa,
  outlineMessagesJa,
  agentRuleMessagesJa,
  audioRuleMessagesJa,
  authRuleMessagesJa,
  commonRuleMessagesJa,
  directionRuleMessagesJa,
  endpointMessagesJa,
  networkRuleMessagesJa,
  softphoneRuleMessagesJa,
  sourcesJa,
  structureRuleMessagesJa,
  seriesMessagesJa,
  evidenceMessagesJa,
  dialogSummaryMessagesJa,
  q850Ja,
  warningCodesJa,
  sipTwilioRuleMessagesJa,
  sipNumberRuleMessagesJa,
  sipHoverMessagesJa,
  sipHoverPartMessagesJa,
  sipAddressRuleMessagesJa,
  sipHeaderRuleMessagesJa,
  sipMethodMessagesJa,
  sipHeaderMessagesJa,
  sipStatusClassMessagesJa,
  sipCryptoMessagesJa,
  sipFailureRuleMessagesJa,
  sipFailureCodeMessagesJa,
  sipTransactionRuleMessagesJa,
  sipMalformedRuleMessagesJa,
  sipMediaRuleMessagesJa,
  sipCcaiRuleMessagesJa,
];

registerTranslations(TRANSLATIONS);
addKnowledgeTranslations('ja', knowledgeJa);
