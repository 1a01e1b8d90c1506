/**
 * A customer reporting that their card or account was used without them ("我的卡被盗刷了", "有一笔消费不是我刷的",
 * "somebody used my card without permission", "我卡里的钱被人转走了", "my account was hacked") is the victim of card fraud, not someone being talked into a
 * transfer: what helps first is freezing the card, not the "stop, don't transfer to a safe account" script. So is
 * one whose card may have been copied at a cash machine ("我的卡好像被人复制了，ATM上有个奇怪的东西", "I think my card
 * was skimmed at the ATM").
 */
const ZH =
  /盗刷|被刷了|不是我(?:本人)?(?:刷|消费|买|操作|花)|我没(?:有)?(?:刷|消费|买|操作)过?|不认识(?:这|那)?笔|不明(?:扣款|消费|交易)|莫名(?:其妙)?(?:扣|少)|被(?:人)?盗用|被冒用|没授权|钱(?:被|让)(?:人|别人|谁)?(?:转走|取走|划走|偷走|盗走)|(?:账户|账号|网银|手机银行)被(?:盗|黑)|(?:卡|卡号|磁条|信息)(?:好像|可能|是不是)?被(?:人)?(?:复制|侧录|盗录|克隆)|(?:ATM|取款机|柜员机)(?:上|口|插卡口)?(?:有|装了|贴了|多了)(?:个|一个)?(?:奇怪|可疑|不对劲)的(?:东西|装置)|(?:读卡器|侧录器)/i;
const EN =
  /\b(?:without (?:my )?(?:permission|authori[sz]ation|consent)|unauthori[sz]ed|didn'?t (?:make|authori[sz]e)|did not (?:make|authori[sz]e)|don'?t recogni[sz]e|do not recogni[sz]e|(?:someone|somebody) (?:used|is using|has used|charged|spent)|card (?:was|has been|got|might have been|may have been|could have been) (?:cloned|skimmed|used)|\bskimm(?:ed|er|ing)\b|fraudulent (?:charge|transaction|payment)s?|(?:someone|somebody) (?:took|transferred|moved|withdrew|stole|has taken|has transferred|has withdrawn) (?:money|my money|cash|funds)|(?:money|funds|cash) (?:was|were|has been|have been|got) stolen|(?:transferred|withdrawn|taken|spent)\b.{0,40}\b(?:it )?(?:was not|wasn'?t) me|(?:account|online banking|app) (?:was|has been|got) (?:hacked|compromised|broken into))\b/i;

export function describesCardMisuse(text: string): boolean {
  return ZH.test(text) || EN.test(text);
}
