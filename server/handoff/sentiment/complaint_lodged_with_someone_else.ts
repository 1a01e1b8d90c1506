/**
 * A complaint the customer already lodged with someone else, about them: the ride platform, the shop, the building
 * manager, a consumer body ("司机绕路，我已经在平台投诉了", "跟商家投诉过了也没用", "I've already complained to Uber about the
 * driver"). The complaint is done and not the bank's; the errand with the bank that follows is plain. Read as threat
 * negations by both lexicons. Not when the bank is its object ("在平台投诉了你们", "complained to the ombudsman about you").
 */
export const COMPLAINT_LODGED_WITH_SOMEONE_ELSE_ZH: RegExp[] = [
  /(在|向|跟|和|给|找|打)(了)?(平台|商家|卖家|店家|司机|物业|快递公司|航空公司|外卖平台|滴滴|美团|淘宝|京东|拼多多|12315|12345|消协|市场监管局?)[^，。！？,.!?]{0,4}(投诉|差评)(了|过)(?![^，。！？,.!?]{0,4}(你们|银行|贵行))/,
];
export const COMPLAINT_LODGED_WITH_SOMEONE_ELSE_EN: RegExp[] = [
  /\b(i'?ve|i have|i|we'?ve|we have|we) (already )?(complained|reported (it|him|her|them)) to (the |my )?(uber|lyft|grab|bolt|the platform|the app|the driver'?s? company|the seller|the shop|the store|the restaurant|the landlord|the letting agent|the council|the airline|trading standards|the retailer|the merchant|platform|seller|shop|store|landlord|airline)\b(?![^.!?]{0,20}\b(about|regarding) (you|the bank|your)\b)/,
];
