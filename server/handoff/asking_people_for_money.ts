/**
 * 找人 followed by what the people found are to do with money ("骗子用她的号到处找人借钱", "他找人凑钱", "找人担保"): a
 * third party going round people for a loan or a payment, told in a story, not the customer asking this chat for a
 * person ("我要找人工", "找个人帮我看看"). Cut out before the phrases of an ask for a person are matched
 * (`explicit_request.ts`).
 */

const ZH_ASKING_PEOPLE_FOR_MONEY =
  /(到处|四处|挨个|挨个儿)?找人(借钱|借款|借|要钱|凑钱|筹钱|垫钱|垫付|打钱|转账|汇款|担保|作保|代还|还钱|买卡|收卡|刷单)/gu;

/** The message with 找人 + a money errand taken out (see the file comment). */
export function withoutAskingPeopleForMoney(lower: string): string {
  return lower.replace(ZH_ASKING_PEOPLE_FOR_MONEY, ' ');
}
