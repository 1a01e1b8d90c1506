/**
 * Chinese as customers from Hong Kong, Taiwan, Singapore or other mainland regions write it, read as the
 * standard Mandarin the articles use: Cantonese grammar words (唔 → 不, 咗 → 了, 喺 → 在, 点算 → 怎么办),
 * Shanghainese ones (侬 → 你, a closing 伐 → 吗) and regional bank words (户口/户头 → 账户, 柜员机 stays an
 * ATM, 碌卡 → 刷卡, 出粮 → 发工资, 截数日 → 账单日, 简讯 → 短信, 金融卡 → 借记卡, 临柜 → 到柜台).
 *
 * Applied to normalised text (lower case, 帐 as 账), question and article alike. Each rule is written so a
 * standard Mandarin text keeps its meaning: 户口 stays the household register in 户口本 or 户口在外地, 仲 stays
 * in 仲裁, 碌 in 忙碌, 点 in 网点 or 地点 (网点办理 is no 点办), and a 伐 that does not close a sentence stays.
 */
/** Characters that make a word with a following 点 (网点, 地点, 重点, 几点): that 点 is not Cantonese "how". */
const POINT_WORDS =
  '[网地站重要景观特优缺焦起终据节热难疑考论卖亮盈盲一差钟几时原顶支指控检查圆标清断落零交整半早晚两三四五六七八九十\\d]';

export const REGIONAL_MANDARIN: ReadonlyArray<readonly [RegExp, string]> = [
  // Asking what to do or how (点算好, 点搞); not a 点 of a word (网点, 地点, 重点: 网点解除 stays).
  [new RegExp(`(?<!${POINT_WORDS})(?:点算好|点算|点搞|点整)`, 'g'), '怎么办'],
  [new RegExp(`(?<!${POINT_WORDS})(?:点样|点么样)`, 'g'), '怎么'],
  [new RegExp(`(?<!${POINT_WORDS})点解`, 'g'), '为什么'],
  [/系唔系|系咪/g, '是不是'],
  [/唔系/g, '不是'],
  [/但系/g, '但是'],
  [/唔该/g, '谢谢'],
  [/乜嘢|咩嘢/g, '什么'],
  [/边度|边处/g, '哪里'],
  [/边间/g, '哪家'],
  [/而家/g, '现在'],
  [/佢哋/g, '他们'],
  [/屋企人/g, '家人'],
  [/屋企/g, '家'],
  [/老豆|老窦/g, '父亲'],
  [/阿嫲/g, '奶奶'],
  [/过身/g, '去世'],
  // A machine took the card (柜员机食咗我张卡): it ate the card.
  [/食(?=[咗了]?(?:我|佢|他|她)?[张的]?卡)|(?<=卡)食/g, '吃'],
  // A card named with its classifier as the possessive (我张卡, 佢张卡): my card.
  [/(?<=我|你|佢|他|她)张(?=卡)/g, '的'],
  [/攞返|拎返/g, '拿回'],
  // 返 as back after a verb (吐返, 还返), 入去 as in (食咗入去).
  [/(?<=[吐还退俾畀给])返/g, '回'],
  [/入去/g, '进去'],
  [/影相/g, '拍照'],
  [/攞|拎/g, '拿'],
  [/撳钱|㩒钱/g, '取钱'],
  [/撳|㩒/g, '按'],
  [/唔/g, '不'],
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/喺/g, '在'],
  [/冇/g, '没有'],
  [/嚟/g, '来'],
  [/俾|畀/g, '给'],
  [/佢/g, '他'],
  [/哋/g, '们'],
  [/啲/g, '些'],
  [/睇/g, '看'],
  [/揾/g, '找'],
  [/嗰/g, '那'],
  [/嘢/g, '东西'],
  // Money put into an account (入五十万现金, 入钱): a deposit; not 收入, 转入 or 入账.
  [
    /(?<!收|转|存|投|汇|流|进|加|计|输|录)入(?=钱|现金|[\d一二三四五六七八九十百千万两几]+[万千百]?(?:蚊|元|块)?现金)/g,
    '存',
  ],
  // Lend me first (银行借住先): 住先 closes a request in Cantonese.
  [/借住先/g, '先借'],
  // 仲 as "still" (仲收唔收到), not in 仲裁 (arbitration) or 仲介 (an agent).
  [/仲(?!裁|介)/g, '还'],
  // Shanghainese: 侬 is you, a closing 伐 asks (侬晓得伐), 阿拉 is we (not 阿拉伯).
  [/侬/g, '你'],
  [/伐(?=[\s?？。!！,，.]|$)/g, '吗'],
  [/阿拉(?!伯)/g, '我们'],
  // Bank words of Hong Kong, Taiwan and Singapore.
  // 户口 as an account (开户口, 户口扣咗数), not the household register (户口本, 户口在外地, 外地户口).
  [/(?<!外地|本地|农村|城镇|城市|迁)户口(?!本|簿|所在|在|不在|登记|迁|页|性质)/g, '账户'],
  [/户头/g, '账户'],
  [/金融卡|提款卡|扣账卡/g, '借记卡'],
  [/碌卡/g, '刷卡'],
  // 碌 as swiping a card (照碌, 碌咗三千), not in 忙碌 or 碌碌.
  [/(?<!忙|庸|碌)碌(?!碌)/g, '刷'],
  [/签账/g, '刷卡消费'],
  [/出粮(?:户口|户头|账户|卡)/g, '工资卡'],
  [/出粮/g, '发工资'],
  [/截数日|截数/g, '账单日'],
  [/月结单/g, '对账单'],
  [/简讯|短讯/g, '短信'],
  [/电邮/g, '电子邮件'],
  [/纸本/g, '纸质'],
  [/临柜/g, '到柜台'],
  [/登入/g, '登录'],
  [/网路/g, '网络'],
  [/行动银行/g, '手机银行'],
  [/信贷报告|信贷记录/g, '信用报告'],
  // 卡数 is what is owed on a credit card (还卡数, 找卡数).
  [/(?:还|找|交|清)卡数/g, '还信用卡'],
  [/卡数/g, '信用卡账单'],
  [/港纸/g, '港币'],
  [/找换/g, '兑换'],
  // A cheque is a 票 in Hong Kong (入票, 存票, 票簿, 开咗张票俾我).
  [/入票|存票/g, '存支票'],
  [/(?<=张)票(?=[^，。？！,.?!]{0,3}入)/g, '支票'],
  [/(?<!支)票簿/g, '支票簿'],
  [/(?<=开[了咗]?(?:张|一张))票/g, '支票'],
  // Credit put on a phone card (增值电话卡), not value-added tax or services (增值税).
  [/增值(?=电话|话费|手机|储值)/g, '充值'],
];

/** `norm` with regional words read as standard Mandarin (`REGIONAL_MANDARIN`); text without Han is left alone. */
export function inStandardMandarin(norm: string): string {
  if (!/\p{Script=Han}/u.test(norm)) return norm;
  let text = norm;
  for (const [word, standard] of REGIONAL_MANDARIN) text = text.replace(word, standard);
  return text;
}
