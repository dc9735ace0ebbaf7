/**
 * Japanese catalog text, one module per catalog (mirroring `catalog.ts`), merged into one table
 * keyed `<system>:<code>` for `addKnowledgeTranslations('ja', …)`.
 */
import { ccpAgentStatesJa } from './ccpAgentStates.ja';
import { ccpErrorSignaturesJa } from './ccpErrorSignatures.ja';
import { ccpSoftphoneErrorsJa } from './ccpSoftphoneErrors.ja';
import { connectEndpointsJa } from './connectEndpoints.ja';
import { ctiExceptionsJa } from './ctiExceptions.ja';
import { freeswitchCausesJa } from './freeswitchCauses.ja';
import { googleCcaiJa } from './googleCcai.ja';
import { q850CausesJa } from './q850Causes.ja';
import { sipResponsesJa } from './sipResponses.ja';
import { sipWarningsJa } from './sipWarnings.ja';
import type { CatalogTranslations } from './translations';
import { twilioErrorsJa } from './twilioErrors.ja';

/** Every catalog's Japanese text. */
export const knowledgeJa: CatalogTranslations = {
  ...sipResponsesJa,
  ...q850CausesJa,
  ...sipWarningsJa,
  ...twilioErrorsJa,
  ...ccpSoftphoneErrorsJa,
  ...ccpAgentStatesJa,
  ...ctiExceptionsJa,
  ...ccpErrorSignaturesJa,
  ...connectEndpointsJa,
  ...googleCcaiJa,
  ...freeswitchCausesJa,
};
