/**
 * A complaint the customer says is aimed at someone else, not the bank: "我要投诉的是物业，不是你们哈，就想改个账单地址",
 * "我想投诉的是那个外卖平台，跟你们没关系", "the complaint is for the courier, not you, I just need my card address
 * changed". The complaint word is theirs, the errand with the bank is plain. Read as threat negations by both lexicons,
 * which `../explicit_complaint.ts` shares. "我要投诉，不是你们的问题是谁的问题" names nobody else and stays a complaint.
 */

export const COMPLAINT_AIMED_AT_SOMEONE_ELSE_ZH: RegExp[] = [
  /投诉的(是|对象是)[^，。！？,.!?]{1,10}[，,]?\s*(又)?(不是|并不是|跟|和)(针对|冲着?)?(你们|贵行|银行)(?!的)(没关系|没有关系|无关)?/,
];

export const COMPLAINT_AIMED_AT_SOMEONE_ELSE_EN: RegExp[] = [
  /\b(complaint|complain|complaining)\b[^.!?]{0,40}\b(is |was )?(about|for|against|with|aimed at) (the|my|a|that|this) (\w+ ){0,2}\w+,? not (with |at |about )?(you|the bank|your bank|your staff)\b(?! either| too| as well)/,
];
