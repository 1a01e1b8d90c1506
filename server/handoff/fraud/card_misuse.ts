/**
 * A customer reporting that their card or account was used without them ("我的卡被盗刷了", "有一笔消费不是我刷的",
 * "somebody used my card without permission") is the victim of card fraud, not someone being talked into a
 * transfer: what helps first is freezing the card, not the "stop, don't transfer to a safe account" script.
 */
const ZH =
  /盗刷|被刷了|不是我(?:本人)?(?:刷|消费|买|操作|花)|我没(?:有)?(?:刷|消费|买|操作)过?|不认识(?:这|那)?笔|不明(?:扣款|消费|交易)|莫名(?:其妙)?(?:扣|少)|被(?:人)?盗用|被冒用|没授权/;
const EN =
  /\b(?:without (?:my )?(?:permission|authori[sz]ation|consent)|unauthori[sz]ed|didn'?t (?:make|authori[sz]e)|did not (?:make|authori[sz]e)|don'?t recogni[sz]e|do not recogni[sz]e|(?:someone|somebody) (?:used|is using|has used|charged|spent)|card (?:was|has been|got) (?:cloned|skimmed|used)|fraudulent (?:charge|transaction|payment)s?)\b/i;

export function describesCardMisuse(text: string): boolean {
  return ZH.test(text) || EN.test(text);
}
