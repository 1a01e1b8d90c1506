/**
 * Bank words as a pinyin keyboard or a speech recogniser gets them wrong: a character of the same sound
 * picked in place of the one meant (存着 for 存折, 油箱 for 邮箱, 钢蹦 for 钢镚, 社宝卡 for 社保卡, 利西 for
 * 利息, 挂师 for 挂失, 该到 for 改到), read as the bank word before retrieval.
 *
 * Applied to normalised text (lower case, 帐 as 账), question and article alike, so each rule is written so
 * that no real word of a bank question is touched: a slip that is no word of its own (钢蹦, 利西, 额渡) is
 * read everywhere; one that is also a real word (存着 "kept", 油箱 a fuel tank, 预期 "expected", 网店 an online
 * shop, 上线 "going live", 该 "should") only where its neighbours make the bank word certain (存着丢了,
 * 换了油箱, 征信上有预期记录, 去网店, 一天存上线, 账单日能该到28号). Not 注消: read as 注销 it would lose the
 * account closure it names (`close_account` in `synonyms.ts`).
 */
export const BANKING_WORD_SLIPS: ReadonlyArray<readonly [RegExp, string]> = [
  // Slips that are no word of their own.
  [/冻洁|冻节/g, '冻结'],
  [/挂矢|挂师/g, '挂失'],
  [/验正码|验证马|验正马/g, '验证码'],
  [/手续废|手续非|手续飞/g, '手续费'],
  [/汇律/g, '汇率'],
  [/利律/g, '利率'],
  [/利西|利希/g, '利息'],
  [/额渡/g, '额度'],
  // 理才 for 理财, not the 理 of 处理 or 管理 before 才 (处理才能退掉).
  [/(?<=^|[买卖的个做搞款行，,。？?！!\s])理才/g, '理财'],
  [/银航/g, '银行'],
  [/柜抬/g, '柜台'],
  [/钢蹦|钢崩|刚镚|刚蹦/g, '钢镚'],
  [/社宝卡|社报卡|设保卡/g, '社保卡'],
  [/医宝卡/g, '医保卡'],
  [/年经险|年今险/g, '年金险'],
  [/身分证|身份正(?!常|确|在|式|当)/g, '身份证'],
  [/支付包/g, '支付宝'],
  [/支负|支附/g, '支付'],
  [/(?<=小额)面密|面密(?=支付)/g, '免密'],
  [/心片卡|心片/g, '芯片'],
  [/支漂/g, '支票'],
  [/夸行/g, '跨行'],
  [/扣宽/g, '扣款'],
  [/审比/g, '审批'],
  [/任证/g, '认证'],
  [/地止/g, '地址'],
  [/钥是/g, '钥匙'],
  [/刷连(?!续|着)/g, '刷脸'],
  [/现抄/g, '现钞'],
  [/美今/g, '美金'],
  [/(?<!身)体前/g, '提前'],
  [/计化表/g, '计划表'],
  [/离值/g, '离职'],
  [/(?<!天)然气/g, '燃气'],
  [/侧评/g, '测评'],
  [/互专/g, '互转'],
  [/严期/g, '延期'],
  [/风空/g, '风控'],
  [/水眠户/g, '睡眠户'],
  [/分洪/g, '分红'],
  [/连行号/g, '联行号'],
  [/兑幻/g, '兑换'],
  [/公基金|工积金/g, '公积金'],
  [/击活/g, '激活'],
  [/解帮/g, '解绑'],
  [/秘码|蜜码|密马/g, '密码'],
  [/冲值/g, '充值'],
  // Slips that are real words elsewhere, read as the bank word only beside what makes it certain.
  // 存着 (kept) as a passbook lost, renewed or in hand (存着丢了, 补存着, 那本存着), not 钱存着 or 我存着.
  [
    /存着(?=丢|掉了|找不|不见|没了|补|挂失|被偷|被人|密码|里的钱|上的钱|本子)|(?<=补|补办|办|本|张)存着/g,
    '存折',
  ],
  // 油箱 (a fuel tank) as a mailbox changed, bound or sent to (换了油箱, 发到旧油箱, 油箱地址), the only sense in
  // a bank chat.
  [
    /(?<=换了?|改了?|新的?|旧的?|绑定?的?|电子|工作|公司|发到|寄到|发去)油箱|油箱(?=地址|收|里|换|改|绑|号|账号)/g,
    '邮箱',
  ],
  // 密吗 as a card's or a login's password (取款密吗忘了), not 保密吗 or 机密吗.
  [/(?<=取款|交易|登录|支付|查询|卡|网银|银行|六位|6位)密吗/g, '密码'],
  // 预期 (expected) as overdue on a credit record (征信上有预期记录, 信用卡预期了), not 预期收益.
  [/预期(?=记录|罚息|未还|几天|多久|了)|(?<=征信|信用卡|贷款|还款|花呗)预期/g, '逾期'],
  // 网店 (an online shop) as a branch one goes to (要去网店吗, 最近的网店).
  [/(?<=去|到|跑|跑一趟|附近的?|最近的?)网店/g, '网点'],
  // 上线 (going live) as a cap on a sum (一天存上线多少, 转账上线).
  [/(?<=存|取|转|转账|额度|一天|每天|单笔|每笔|最高)上线/g, '上限'],
  // 公正 (fair) as a notary's act (要做公正吗, 公正书).
  [/公正(?=书|处|材料|文件)|(?<=做|办|办理|去)公正/g, '公证'],
  // 该 (should) as 改 (change) before a date moved to or a detail changed: 账单日能该到28号, 该成15号, 能该密码.
  [
    /(?<=能|想|要|怎么|可以|去|帮我|给我|申请)该(?=到[\d一二三四五六七八九十两]|成|一下|密码|手机号|号码|地址|名字|账单日|还款日|预留)/g,
    '改',
  ],
  // 消 for 销 where the slip closes a card or an account (把卡消掉, 消卡): not 取消 (cancel), and not 消掉 after
  // anything but a card or an account (逾期记录消掉 is a record removed, not an account closed).
  [/(?<=卡|户)消掉/g, '销掉'],
  [/(?<!取)消卡/g, '销卡'],
  // A consumer or credit loan typed with 代 (消费代, 信用代): 贷.
  [/(?<=消费|信用|经营|助学|房|车)代(?=款|[，,。？?！!\s]|$)/g, '贷'],
  // 月共 for 月供 (减月共), not 每月共 (a monthly total) or 月共计.
  [/(?<!每|个)月共(?![计有\d一二两三四五六七八九十几])/g, '月供'],
];

/** `norm` with slipped bank words read as meant (`BANKING_WORD_SLIPS`); text without Han is left alone. */
export function withBankingWordsMeant(norm: string): string {
  if (!/\p{Script=Han}/u.test(norm)) return norm;
  let text = norm;
  for (const [slip, word] of BANKING_WORD_SLIPS) text = text.replace(slip, word);
  return text;
}
