import { translation } from '../../l10n';
import { sipAddressRuleMessages } from './addresses';

/** Japanese for the NAT and address rules ({@link sipAddressRuleMessages}). */
export const sipAddressRuleMessagesJa = translation(sipAddressRuleMessages, 'ja', {
  classPrivate: 'プライベート、RFC 1918 / ULA',
  classCgnat: 'キャリアグレード NAT、100.64.0.0/10',
  classLoopback: 'ループバック',
  classLinkLocal: 'リンクローカル',
  classUnspecified: '未指定',
  contactMessage: 'Contact がパブリックなピア {peer} にアドレス {address} ({class}) を通知している',
  contactSeen: '{src} と {dst} の間を流れる {message} の Contact は {contact} です。',
  contactWhy:
    '相手側は ACK、BYE、re-INVITE を Contact のアドレスに送ります。このアドレス ({class}) には到達できないため、通話が約 30 秒後に切れるか、切断できなくなります。',
  contactCause:
    'NAT の内側の機器が LAN のアドレスを通知しており、それを補正するもの (SBC、NAT トラバーサルの設定、ALG) がありません。',
  contactFix:
    '機器または PBX でシグナリング用の外部 (パブリック) アドレスを設定します (例: Asterisk PJSIP の external_signaling_address、FreeSWITCH の ext-sip-ip)。または前段に SBC を置きます。相手側で rport/received を処理して補正することもできます (RFC 3581)。',
  mediaMessage: 'SDP の c= がパブリックなピア {peer} にアドレス {address} ({class}) を通知している',
  mediaSeen:
    '{src} と {dst} の間を流れる {message} が、メディアを {address} のポート {port} で提示しています ({line})。{ice}',
  mediaIce:
    ' SDP にはパブリックアドレスの ICE 候補もあり、メディアの経路はそれで確保できる可能性があります。',
  mediaWhy:
    '相手側は c= のアドレスに RTP を送ります。このアドレス ({class}) にはインターネットから到達できないため、音声が片通話になるか聞こえません。',
  mediaCause:
    'SDP が NAT 向けに補正されていません。機器が LAN のアドレスを書き込み、SBC やメディアリレーが書き換えていません。',
  mediaFix:
    'SDP でパブリックアドレスを通知します (Asterisk PJSIP の external_media_address、FreeSWITCH の ext-rtp-ip)。または SBC/メディアリレーでメディアを中継します。ファイアウォールで RTP のポート範囲を開放します。',
  receivedMessage: '相手側から見た送信元がアドレス {address} ({class})',
  receivedSeen: '{message} の Via に received={address} があります ({via})。',
  receivedWhy:
    '応答とダイアログ内のリクエストはこのアドレスに返されます。経路上のキャリアグレード NAT や二重の NAT があると、バインディングの期限切れでこれらが届かなくなることがあります。',
  receivedCause: '送信側が、相手側との間にあるキャリアグレード NAT または二段目の NAT の内側にあります。',
  receivedFix:
    'NAT のバインディングを維持します (SIP キープアライブ、短い登録間隔、RFC 5626 outbound)。または、シグナリングの経路にパブリックアドレスや VPN を使います。',
  unknown: '?',
});
