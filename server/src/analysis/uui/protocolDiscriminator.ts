/**
 * Protocol discriminator values of the Q.931 user-user information element (§4.5.30): the first
 * octet of an ISDN-package UUI payload (RFC 7434).
 */
import { uuiMessages as m } from './messages';

/** PD values with a defined meaning; others are reserved or for national use. */
export const KNOWN_PDS: readonly number[] = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x07, 0x08];

export function isKnownPd(value: number): boolean {
  return KNOWN_PDS.includes(value);
}

/** What a PD value means, in the UI locale. */
export function pdMeaning(value: number): string {
  switch (value) {
    case 0x00:
      return m.t('pd.0');
    case 0x01:
      return m.t('pd.1');
    case 0x02:
      return m.t('pd.2');
    case 0x03:
      return m.t('pd.3');
    case 0x04:
      return m.t('pd.4');
    case 0x05:
      return m.t('pd.5');
    case 0x07:
      return m.t('pd.7');
    case 0x08:
      return m.t('pd.8');
    default:
      return m.t('pd.other');
  }
}
