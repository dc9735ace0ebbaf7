import { translation } from '../../l10n';
import { sipTransactionRuleMessages } from './transactions';

/**
 * Japanese for the transaction rules ({@link sipTransactionRuleMessages}). Fragments that English
 * starts with a space follow a sentence that ends in 。, so they have none.
 */
export const sipTransactionRuleMessagesJa = translation(sipTransactionRuleMessages, 'ja', {
  noResponseMessage: '{method} に応答がない',
  noFinalMessage: '{method} に最終応答がない (最後: {last})',
  ringingMessage: 'トレースの終わりでも {method} が未応答 (最後: {last})',
  noFinalSeen: '{request}{route} は {copies} 回送信されました。{responses}{tail}',
  noFinalNone: '何も返ってきませんでした。',
  noFinalResponses: '返ってきた応答: {responses}。',
  noFinalTail: 'トレースは最初の送信から {seconds} 後まで続いています。',
  noFinalTraceEnds: 'トレースは最初の送信から {seconds} 後に終わっています。',
  noFinalWhy:
    '最終応答がないと発信側は待ち続け、トランザクションがタイムアウトして (Timer B、32 秒) 通話は失敗します。',
  noFinalRingingWhy:
    'キャプチャの終了時点で、通話はまだ呼び出し中かキューで待機中でした。結果はこのトレースにありません。',
  noFinalCause:
    '相手側に到達できないか、相手側が応答しません。ファイアウォールや NAT がリクエストまたは応答を破棄している、URI、ポート、トランスポートが誤っている、または相手側が送信元を信頼せずに無視しています。',
  noFinalRingingCause: '通話が応答、拒否、キャンセルされる前にキャプチャが止まりました。',
  noFinalFix:
    '{target} への到達性 (DNS、ポート、トランスポート)、双方のファイアウォールと許可リスト、応答が Via のアドレスに戻れることを確認します。',
  noFinalRingingFix: '結果を確認するには、より長くキャプチャします。',
  noAckMessage: 'INVITE への {status} に ACK がない: 約 32 秒後に通話が切断される',
  noAckSeen:
    '{response}{route} が INVITE {cseq} に応答しましたが、このダイアログには CSeq {cseq} の ACK が続いていません。{copies}{bye}{contact}',
  noAckCopies: 'UAS が ACK を待つ間の動作どおり、2xx が {count} 回再送されました ({times})。',
  noAckBye: '最初の 2xx から {delay} 後に {bye} が続いています。',
  noAckPrivate: '2xx の Contact {contact} は到達できないアドレス ({class}) です。',
  noAckWhy:
    '着信側は Timer H (64×T1 = 32 秒) が満了するまで 2xx を再送し、その後通話を終了します。約 30 秒間は双方向で通話でき、その後切断されます。',
  noAckCause:
    'ACK の送り先が誤っている (Record-Route のセットを経由して 2xx の Contact に送られていない)、または NAT やファイアウォールが ACK を破棄しています。2xx の Contact がプライベートアドレスだと、ACK はルーティングできません。',
  noAckFix:
    'ACK を Record-Route のセット経由で 2xx の Contact ({target}) に送ります。パブリックに到達できる Contact を使い、SIP ALG に Contact や Record-Route を書き換えさせないようにします。',
  noAckTwilio: 'Twilio はこれをエラー 32022 (ACK not received) として報告し、両方のレッグを切断します。',
  noAckTraceEnds:
    'トレースは 2xx から {seconds} 後に終わっているため、ACK はトレースの範囲外にあるだけかもしれません。',
  misroutedMessage: 'ACK が {target} に送られたが、2xx が指定したのは {expected}',
  misroutedSeen:
    '{ack}{route} は {target} に送られました。確認対象の {status} ({response}) の Contact は {contact}{rr} でした。',
  misroutedRr: '、Record-Route は {rr}',
  misroutedNoRoute: '2xx には Record-Route がありましたが、ACK には Route ヘッダーがありません。',
  misroutedDelivered: 'それでもパケットは 2xx の送信元に届いています。',
  misroutedDeliveredWhy:
    '今回は ACK が正しい要素に届きましたが、厳格なピアや、経路上のプロキシや NAT の変更があると ACK が 2xx と照合されず、約 32 秒後に通話が切断されます。',
  misroutedWhy:
    'ACK が 2xx を送った要素に届かないため、その要素は 2xx を再送し続け、約 32 秒後に通話を切断します。',
  misroutedCause:
    '送信側が誤ったアドレス (2xx の Contact ではなく INVITE の宛先) で ACK を作った、Record-Route のセットを無視した、または途中の ALG が Contact や Record-Route を書き換えました。',
  misroutedFix:
    'ACK の Request-URI に 2xx の Contact を入れ、Record-Route のセットを逆順にたどってルーティングします (RFC 3261 §12.2.1.1)。書き換えるのは自分自身のアドレスだけにします。',
  retransMessage: '{label} が {count} 回送信された',
  retransSeen: '{first}{route} が {repeats} 回繰り返されました{times}。{answer}',
  retransTimes: ' (+{offsets})',
  retransAnswered: '最初の送信から {delay} 後に応答が返りました。',
  retransUnanswered: 'どの送信にも応答がありませんでした。',
  retransResponse: 'それを止めるリクエスト (ACK または PRACK) が届かなかったため、応答が繰り返されました。',
  retransWhy:
    'UDP の送信側は、応答が届くまでリクエストを繰り返します (T1 = 500 ms から倍々に)。再送は、パケットが失われたかピアが応答しなかったことを表します。',
  retransCause:
    'パケットロス、片方向を破棄するファイアウォール、または停止しているか送信側を無視しているピアです。',
  retransFix:
    '{route} 間の経路を確認します。双方向のファイアウォールと NAT のルール、相手側がこの送信元からのトラフィックを受け付けることを確認します。',
  retransFixNoRoute:
    '双方向のネットワーク経路とファイアウォールのルール、相手側がこの送信元を受け付けることを確認します。',
  viaMessage: '{method} とその {status} 応答の間で Via が変わった',
  viaSeen: 'リクエストの Via は {requestVia} でしたが、応答は {responseVia} で返ってきました。',
  viaWhy: 'Via の一覧が変更された応答はトランザクションと照合されずに破棄され、発信側はタイムアウトします。',
  viaCause:
    'SIP ALG またはプロキシが応答の Via のアドレスを書き換えました (例: プライベートからパブリックへの一律の書き換え)。',
  viaFix:
    'Via に対する SIP ALG や NAT の書き換えを無効にします。応答はリクエストの Via の値をそのまま持っていなければなりません (RFC 3261 §8.2.6.2)。',
});
