/**
 * Bank vocabulary that customers say in several ways. Every group is a concept: when any of its phrases
 * occurs in a text (query or article), the analyser adds the concept as an extra term, so 口令 finds 密码,
 * 卡丢了 finds 挂失 and "wire" finds "transfer" without either side using the other's word.
 *
 * Chinese phrases match as substrings of the normalised text; English phrases match whole stemmed words.
 * Keep groups to true equivalents in a banking context: a loose group makes unrelated articles look alike.
 */
import type { Locale } from '../protocol/protocol.ts';
import { EVERYDAY_ENGLISH_GROUPS, EVERYDAY_ENGLISH_PATTERNS } from './everyday_english_names.ts';

export type SynonymGroups = Readonly<Record<string, readonly string[]>>;

const ZH: SynonymGroups = {
  password: ['密码', '口令', '支付密码', '取款密码', '登录密码'],
  forgot: ['忘记', '忘了', '想不起', '记不得', '记不住', '不记得', '重置', '找回'],
  lost: [
    '挂失',
    '丢了',
    '丢失',
    '遗失',
    '被偷',
    '被盗',
    '偷了',
    '被抢',
    '抢走',
    '找不到',
    '不见了',
    '弄丢',
    '卡掉了',
    '钱包掉了',
    '弄掉了',
    '冻结卡',
    '卡冻结',
    '冻结银行卡',
    '冻结借记卡',
    '冻结信用卡',
    // Frozen, said plainly (卡冻上了, 把卡冻了), by pattern: not by the police or a court (公安把我卡冻了).
    // Said the shortest way (冻卡后还能收款吗) or as a lock (把卡暂时锁上了); 找不着 is 找不到 as spoken.
    '冻卡',
    '卡锁上',
    '把卡锁',
    '卡锁住',
    '找不着',
    // 挂失 split by the perfective (电话里挂了失).
    '挂了失',
  ],
  // Also a withdrawal told as from the machine (从机器里取日元).
  atm: ['atm', '取款机', '柜员机', '提款机', '自助机', '机器上取', '机器取', '机器里取'],
  transfer: [
    '转账',
    '汇款',
    '转钱',
    '打钱',
    '汇钱',
    '转款',
    '转帐',
    '收款人',
    '对方账户',
    '转多少',
    '能转',
    '最多转',
    '转过去',
    // Paying a person (rent to a landlord) is sending them money.
    '给房东',
    '付房租',
    '交房租',
  ],
  branch: ['网点', '营业厅', '支行', '分行', '柜台', '营业部'],
  other_bank: ['跨行', '他行', '别的银行', '其他银行', '别家银行', '外行'],
  // 上班 is the branch's working day only when the branch is its subject (by pattern): 平时上班没空 is the customer's.
  hours: ['营业时间', '开门', '关门', '几点', '下班', '营业吗', '开不开', '营业到'],
  weekend: ['周末', '礼拜天', '星期天', '周六', '周日', '星期六', '礼拜六', '节假日', '假期', '春节', '国庆'],
  // Also asked as how much they charge (要收多少钱).
  fee: ['手续费', '收费', '费用', '要钱', '收钱', '扣钱', '免费', '花钱', '收多少'],
  // Also named by its length (那个6位数一直没来).
  code: ['验证码', '短信码', '动态码', '校验码', '动态密码', '6位数', '六位数', '6位码', '六位码'],
  // Also what savings earn, said plainly (存款赚的那点钱).
  interest: ['利息', '利率', '计息', '存款赚', '存钱赚', '存着赚'],
  // Tax taken from earnings, also as a share the state takes (扣过一道, 抽一部分); not paying less tax (tax_break).
  tax_withheld: [
    '扣税',
    '交税',
    '缴税',
    '纳税',
    '代扣税',
    '扣过一道',
    '扣一道',
    '抽一部分',
    '抽走一部分',
    '国家抽',
    // Tax said the spoken way (也要上税).
    '上税',
    '个税',
  ],
  prepay: ['提前还', '提前还款', '提前还贷', '提前结清', '一次性还清', '早点还', '提早还', '早还完', '结清'],
  // A loan to buy a home said plainly (贷款买房).
  mortgage: ['房贷', '按揭', '住房贷款', '房屋贷款', '买房贷款', '贷款买房', '买房子贷款', '贷款买房子'],
  down_payment: ['首付', '首期'],
  loan: ['贷款', '借钱', '借款', '贷'],
  // 借记金卡 / 储蓄金卡 is a gold debit card (not a substring of 借记卡).
  debit_card: ['借记卡', '储蓄卡', '借记金卡', '储蓄金卡'],
  // A passbook, also as customers describe it (存钱的小本子).
  passbook: ['存折', '折子', '存钱的小本子', '存钱的本子', '存款本子', '小本子'],
  foreign_currency: [
    '外汇',
    '外币',
    '美元',
    '美金',
    '欧元',
    '日元',
    '港币',
    '英镑',
    '泰铢',
    '韩元',
    '韩币',
    '澳元',
    '加元',
    '新加坡元',
    '瑞士法郎',
    // A currency by its everyday name (马币 for the ringgit, 新币, 泰币, 日币).
    '马币',
    '令吉',
    '新币',
    '泰币',
    '日币',
    '越南盾',
  ],
  exchange_rate: ['汇率', '牌价', '汇价', '换算', '兑多少', '换多少', '多少钱一'],
  exchange: ['换汇', '兑换', '购汇', '结汇', '换钱'],
  ecny: ['数字人民币', '数币', 'e-cny', 'ecny', 'dcep', '数字钱包'],
  // Old age said plainly (上岁数的, 上了年纪).
  elderly: [
    '老年人',
    '老人',
    '老年',
    '长辈',
    '大爷',
    '大妈',
    '行动不便',
    '腿脚不便',
    '岁数大',
    '上门服务',
    '上岁数',
    '上了岁数',
    '年纪大',
    '上年纪',
    '上了年纪',
  ],
  // Sight, hearing or mobility loss: what the customer needs help with, whatever service they then name.
  disability: [
    '盲人',
    '视障',
    '视力不好',
    '眼睛看不见',
    // Eyes that cannot see, said plainly (眼睛看不到东西).
    '眼睛看不到',
    '看不到东西',
    '聋',
    '听障',
    '听力不好',
    '听不见',
    '手语',
    '轮椅',
    '无障碍',
    '残疾',
    '残障',
    '导盲',
    '盲文',
    '瞎子',
    '眼瞎',
    '失明',
    '弱视',
    '哑巴',
    // Unable to hold a pen or write a signature (a stroke, cerebral palsy, a tremor).
    '写不了字',
    '没法写字',
    '不能写字',
    '不会写字',
    '握不住笔',
    '拿不了笔',
    '签不了字',
    '签不了名',
    '脑瘫',
    '瘫痪',
    '中风',
  ],
  // A machine keeping the card (not the cash: that is 吞钱 / 没吐钞).
  card_retained: [
    '吞卡',
    '卡被吞',
    '卡吞了',
    // The machine swallowed it, said the other way round (取款机把卡吞了, 卡给吞了).
    '把卡吞',
    '卡给吞',
    '吃卡',
    '卡吃了',
    '卡被吃',
    // The machine took the card in and kept it (卡吃进去了, 卡被吞进去).
    '卡吃进',
    '卡被吃进',
    '把卡吃进',
    '卡吃了进',
    '吞进去',
    '吃了我的卡',
    '卡没退',
    '没退卡',
    '不退卡',
    '退不出',
    '卡出不来',
    '卡没出来',
    '卡被机器',
    '卡留在',
    '卡卡在',
    '吐不出',
    '拔不出',
    '把卡扣',
    '不还我卡',
    '不还卡',
    '卡插在',
    '插进去',
    // The machine did not give the card back (卡没吐出来), not the cash.
    '卡没吐',
    '没吐卡',
    '不吐卡',
  ],
  // Spending with a card, however it is said.
  // Spending, also as swiping the card (每天能刷的额度, 一天刷多少).
  spend: [
    '消费',
    '花钱',
    '花多少',
    '最多花',
    '能花多少',
    '能花的',
    '花销',
    '开销',
    '能刷的',
    '刷的额度',
    '刷多少',
  ],
  // Someone who has died (the family asking about their money), whatever the words.
  death: [
    '去世',
    '过世',
    '身故',
    '逝世',
    '离世',
    '亡故',
    '病故',
    '死亡',
    '遗产',
    '继承',
    '遗嘱',
    // Said gently: 不在了 / 没了 of a person, not of a card.
    '妈不在了',
    '爸不在了',
    '人不在了',
    '老人不在了',
    '老人没了',
    '人没了',
    '老伴走了',
    '老伴没了',
    '老公走了',
    '老婆走了',
  ],
  // A cash machine taking the money but giving no cash or too little (not keeping the card).
  cash_short: [
    '没吐钞',
    '没吐钱',
    '钱没吐',
    '没出钞',
    '不出钞',
    '没出钱',
    '钱没出来',
    '少吐',
    '少给',
    '吞钱',
    '吞了钱',
    '没拿到钱',
    '没拿到现金',
    '钱不够数',
    '只出了',
    '只吐了',
    '只出来',
    '只吐出',
    '吐钞少',
    '没钱出来',
    '钞票没出来',
  ],
  // Paying a credit card back (the statement itself is 账单).
  card_repayment: [
    '还信用卡',
    '信用卡还款',
    '信用卡怎么还',
    '信用卡咋还',
    '账单怎么还',
    '账单咋还',
    '还账单',
    // The card repaid, said short (转账还卡, 还卡要多久到).
    '转账还卡',
    '还卡要多久',
    '还卡多久',
    '还卡最快',
    '怎么还卡',
    '咋还卡',
    // Money put back on the card (信用卡钱咋还进去).
    '卡钱咋还',
    '卡钱怎么还',
    '钱还进去',
    '还进信用卡',
    '还到信用卡',
  ],
  // Booking a branch visit, and arriving late for one (约的两点, 要迟到了).
  appointment: [
    '预约',
    '先约',
    '排号',
    '取号',
    '排队',
    '预订',
    '约个',
    '约一下',
    '能约',
    '可以约',
    '约时间',
    '约的',
    '约好的',
    '迟到',
    '来晚',
    // A slot held ahead (先在手机上占个位).
    '占个位',
    '占位置',
    '占个号',
    '占个坑',
  ],
  // 二代证: the second-generation resident identity card, as people still call it.
  id_document: ['身份证', '证件', '户口本', '护照', '二代证'],
  open_account: ['开户', '开卡', '办卡', '办张卡', '办张新卡', '办一张新卡', '开个账户', '开账户'],
  // Closing an account or card for good, however it is said (not freezing it: that is `lost`).
  close_account: [
    '销户',
    '消户',
    // 注消 / 註消: 注销 typed with the wrong 消 (注销 alone is not here: a 户籍注销 or a mortgage release is no closure).
    '注消',
    '註消',
    '註銷',
    '銷戶',
    '销卡',
    '销掉',
    '不要这张卡',
    '卡不想要了',
    '卡不要了',
    '账户不要了',
    '账户不想要了',
    '卡不想用了',
    '账户不用了',
    '账户关',
    '户关了',
    '户关掉',
    '卡关掉',
    '卡关了',
    '关掉账户',
    '关闭账户',
    '撤销账户',
    '账户撤',
    '户撤了',
    // "Get rid of it" said of the card in hand (把它销了, 把卡销掉); 撤销了 alone is a reversed payment.
    '把它销',
    '把卡销',
    '给销了',
    '想销掉',
    // No further use for it: 以后用不上了, 彻底不要了, 不想再用了.
    '以后用不上',
    '彻底不要',
    '不想再用',
    // Handing the card back for good (把它退掉, 卡退掉不要了); not 退款 (a refund) or 退卡 (a machine giving it back).
    '把它退掉',
    '把卡退掉',
    '卡退掉',
    '账户退掉',
    '退掉不要',
    // An account settled and closed (户头结清关掉: Taiwan's and Hong Kong's 结清 of an account).
    '账户结清',
  ],
  dormant: [
    '睡眠户',
    '久悬',
    '不动户',
    '长期不用',
    '很久没用',
    '好久没用',
    '多年没用',
    '休眠',
    '没动过',
    '唤醒',
  ],
  login: ['登录', '登陆', '进不去', '登不上', '登不进', '登不了', '闪退', '打不开'],
  // Verifying by one's face, however it is said (刷脸, 扫脸).
  face_scan: ['人脸', '刷脸', '扫脸'],
  // Someone else doing it on the customer's behalf (他人代取, 家里人能替我去).
  proxy: [
    '代办',
    '代取',
    '代领',
    '替我去',
    '帮我去办',
    '他人代',
    '别人代',
    '家人代',
    '帮我去取',
    '替我取',
    '代我取',
  ],
  fraud: [
    '诈骗',
    '骗子',
    '骗局',
    '被骗',
    '冒充',
    '骗钱',
    // Asking whether an offer is a con (是不是骗人的, 会不会是骗我).
    '骗人',
    '骗我',
    '是不是骗',
    '修复征信',
    '征信修复',
    '消除征信',
    '洗白征信',
    '自称',
    // A caller who wants the code just texted (the bank never asks for it).
    '接到电话',
    '接到一个电话',
    '来电说',
    '报验证码',
    '问我要验证码',
    '把验证码告诉',
    '验证码念给',
    '验证码发给他',
    // Someone who says they are the bank (微信上有人说是你们银行的).
    '说是银行',
    '说是你们银行',
    '说他是银行',
    '说她是银行',
    '说自己是银行',
  ],
  // The bank failing, however it is said (银行出事了, 银行倒了, 银行垮了).
  deposit_insurance: [
    '存款保险',
    '倒闭',
    '破产',
    '保本',
    '银行出事',
    '银行出了事',
    '银行出问题',
    '银行出了问题',
    '银行倒了',
    '银行垮',
    '银行黄了',
    // How much of one's savings is covered (存银行的钱最多保多少).
    '最多保',
    '保多少',
    '保到多少',
    '银行跑路',
    // Who stands behind the savings (有没有兜底) and the most paid back (最多赔多少).
    '兜底',
    '最多赔',
    // The part that is or is not paid back (超过能赔的那部分, 赔得回来吗).
    '能赔',
    '赔多少',
    '赔得回',
    '赔不回',
    '不赔',
  ],
  safety: ['安全吗', '安不安全', '有保障吗', '有没有保障', '靠谱吗', '会不会没了'],
  wealth: ['理财', '理财产品', '基金'],
  // An insurance policy sold at the bank (a type of policy, or giving one up), not deposit insurance.
  bancassurance: [
    '保单',
    '退保',
    '犹豫期',
    '年金险',
    '分红险',
    '万能险',
    '寿险',
    '重疾险',
    '储蓄险',
    '理财险',
    // The same kinds said in full (年金保险 for 年金险, 人寿保险 for 寿险).
    '年金保险',
    '分红保险',
    '万能保险',
    '人寿保险',
    '重疾保险',
    '储蓄保险',
    '理财保险',
    '保险不想交',
    '险不想交',
    '险交了',
    '保费交了',
  ],
  // Not 风险 alone: an account said to be at risk (账户有风险) is a restriction (`PATTERN_CONCEPTS`).
  risk: ['风险等级', '风险评估', '评级', '风评'],
  // Crisp new banknotes, as for gifts at the Spring Festival (新票子).
  new_notes: ['新钞', '新票子', '新票'],
  arrival: [
    '到账',
    '到帐',
    '多久到',
    '什么时候到',
    '啥时候到',
    '多长时间到',
    '几天到',
    // When it can arrive (啥时候能到, 多久才能到).
    '什么时候能到',
    '啥时候能到',
    '多久能到',
    '多久才能到',
    '几天能到',
    '什么时候可以到',
    '多久可以到',
    '几点能到',
    '处理中',
    '还没到',
    '没到账',
    '收到钱',
    '对方没收到',
    '对方还没收到',
    '对方说没收到',
    // Whether the payee sees the money at once.
    '马上能收到',
    '马上收到',
    '马上就能收到',
    '立刻收到',
    '马上到账',
    '立刻到账',
    '实时到账',
    '能马上看到',
  ],
  limit: ['限额', '额度', '上限', '最多', '限制', '单笔', '超额', '超过限额', '超出限额'],
  // Asking for more credit (a card's limit), not about what a limit is.
  raise_limit: [
    '临时额度',
    '加额度',
    '加点额度',
    '提高额度',
    '调高额度',
    '提升额度',
    '额度提高',
    '额度调高',
    '上调额度',
    '涨额度',
    '多给点额度',
  ],
  replace_card: ['补卡', '换卡', '补办', '换张新卡', '换新卡'],
  // Also named by the bureau that issues it (人社卡, 人社发的那张卡).
  social_security: ['社保卡', '社会保障卡', '医保卡', '人社卡', '人社发的', '人社局发的'],
  // A Type II account is the online-only "electronic account" customers open in an app.
  type2: ['二类户', '二类账户', 'ii类', 'Ⅱ类', '2类', '电子账户', '电子户'],
  utility: ['缴费', '交费', '水电费', '电费', '水费', '燃气费', '煤气费', '话费', '充值', '充话费', '物业费'],
  large_cash: ['大额取现', '取大额', '大额现金', '取现金', '取很多钱', '取大笔'],
  // 死期 is the everyday name of a fixed deposit (存个死期).
  fixed_deposit: ['定期', '定存', '存单', '大额存单', '死期'],
  early_withdrawal: [
    '提前支取',
    '提前取',
    '没到期',
    '未到期',
    '提前取出',
    // Taking out only some of a deposit (部分支取, 只取一部分).
    '部分支取',
    '部分提前',
    '先取一部分',
    '只取一部分',
  ],
  minimum_payment: ['最低还款', '最低还款额', '还最低'],
  overdue: ['逾期', '过了还款日', '晚还', '忘了还', '没按时还', '延期还'],
  autopay: ['自动还款', '自动扣款', '代扣', '自动缴费', '自动扣'],
  // 争信 and 证信 are 征信 typed with a same-sounding character.
  // One's credit standing asked plainly (信用黑没黑, 信用有没有问题).
  credit_history: [
    '征信',
    '争信',
    '证信',
    '信用记录',
    '信用报告',
    '黑名单',
    '不良记录',
    '信用黑',
    '信用花',
    '信用有没有问题',
    '信用有问题',
    '信用干不干净',
    '信用好不好',
  ],
  income_proof: ['收入证明', '工资流水', '银行流水', '工资'],
  // An account's record of transactions as a document to hand over (进出明细, 盖了章的流水).
  // Also as the file the app gives with the bank's seal on it (带章的pdf, 电子章).
  statement: ['明细', '对账单', '交易记录', '进出账', '盖章', '盖了章', '带章', '电子章'],
  cross_border: [
    '跨境',
    '境外',
    '国外',
    '海外',
    '出国',
    '留学',
    // A foreign country or region is "abroad" to a customer of a mainland bank.
    '日本',
    '韩国',
    '泰国',
    '美国',
    '英国',
    '法国',
    '德国',
    '意大利',
    '西班牙',
    '欧洲',
    '澳洲',
    '澳大利亚',
    '新西兰',
    '加拿大',
    '新加坡',
    '马来西亚',
    '越南',
    '东南亚',
    '香港',
    '澳门',
    '台湾',
    '印度尼西亚',
    '印尼',
    '菲律宾',
    '印度',
    '俄罗斯',
    '瑞士',
    '荷兰',
    '土耳其',
    '阿联酋',
    '迪拜',
    // A foreign city is abroad too (取钱 in 曼谷 is withdrawing cash overseas).
    '曼谷',
    '普吉',
    '清迈',
    '东京',
    '大阪',
    '京都',
    '首尔',
    '济州',
    '伦敦',
    '巴黎',
    '纽约',
    '洛杉矶',
    '旧金山',
    '悉尼',
    '墨尔本',
    '巴厘岛',
    '吉隆坡',
    '罗马',
    '米兰',
    '柏林',
    '多伦多',
    '温哥华',
    '葡萄牙',
    '里斯本',
    // Where customers send money home or study (给马尼拉的妈妈汇钱, 女儿在都柏林读书).
    '马尼拉',
    '宿务',
    '雅加达',
    '河内',
    '胡志明',
    '西贡',
    '新德里',
    '孟买',
    '卡拉奇',
    '达卡',
    '加德满都',
    '金边',
    '仰光',
    '科伦坡',
    '拉各斯',
    '内罗毕',
    '开罗',
    '伊斯坦布尔',
    '莫斯科',
    '马德里',
    '巴塞罗那',
    '阿姆斯特丹',
    '都柏林',
    '芝加哥',
    '波士顿',
    '西雅图',
    '奥克兰',
    '珀斯',
    '布里斯班',
  ],
  location: [
    '附近',
    '哪里有',
    '哪儿有',
    '哪有',
    '离我近',
    '离我最近',
    '离这最近',
    '最近的网点',
    '最近的支行',
    '最近的营业厅',
    '最近的银行',
    '最近的atm',
    '最近的取款机',
    '最近的自助',
    '怎么走',
    '在什么地方',
    '什么位置',
  ],
  // Putting a new number on the account in place of the old one (换绑新号, 改成新手机号): the update itself, not
  // a code that does not arrive.
  new_phone_number: ['换绑', '改绑', '绑新号', '绑个新号', '新号', '新手机号', '新的手机号'],
  registered_phone: [
    '预留手机',
    '预留的手机',
    '预留号码',
    '银行留的手机',
    '银行留的号',
    '银行留的电话',
    // The old number no longer in service (旧号已经停机): the registered number has to change.
    '号停机',
    '号已经停机',
    '号已停机',
    '号码停机',
    '号停用',
    '号码停用',
    '号停了',
    '号码停了',
    '留的号',
    '换号',
    '换了号',
    '换手机号',
    '改手机号',
    '换了手机号',
    '手机号变',
    '号码变',
    '新号',
    '旧号',
    '以前的号',
    '原来的号',
  ],
  // The bank holding an account back (risk controls, a legal freeze), not a card the customer froze.
  restricted: [
    '受限',
    '限制交易',
    '非柜面',
    '被限制',
    '被银行冻结',
    // A legal freeze by a court or the police (法院冻住了).
    '司法冻',
    '被司法',
    '被法院',
    '法院冻',
    '法院给冻',
    '被公安',
    '公安冻',
    '被冻住',
    // An account said to be frozen (账户被冻了): the bank or a court did it, not the customer.
    '账户被冻',
    '账户冻了',
    // Locked by the bank (户头被你们银行锁住); a card the customer locked is `lost`.
    '账户被锁',
    '账户锁住',
    '账户被你们银行锁',
    '被银行锁',
    '止付',
    '管控',
    '风控',
    '只进不出',
    '交易异常',
    '异常交易',
    '账户异常',
    '可疑交易',
    // The app telling the customer their account is at risk and blocked (账户有风险用不了, 被你们封了).
    '账户有风险',
    '账户存在风险',
    '被封',
    '给封了',
  ],
  // Texts held back by the phone (短信拦截 also by pattern); a blocked transfer or card is something else.
  sms_blocked: ['防骚扰', '骚扰拦截', '垃圾短信', '垃圾信息'],
  // A message whenever money moves on the account (进出钱都提醒 also by pattern), however it is called.
  transaction_alert: [
    '动账',
    '余额变动',
    '账户变动',
    '变动通知',
    '变动提醒',
    '交易提醒',
    '进账提醒',
    '出账提醒',
    '扣款提醒',
    '扣钱提醒',
    '消费提醒',
    '进出钱',
  ],
  annual_fee: ['年费'],
  // Paying a card bill off in time to be charged no interest (出账后多少天内还清不用付利息): the interest-free days.
  interest_free: ['免息', '不用付利息', '不用交利息', '不收利息', '不付利息', '不被收利息', '没利息'],
  // Telling the bank before one goes (出国前跟银行打个招呼, 要不要报备).
  notify_bank: [
    '报备',
    '打招呼',
    '打个招呼',
    '通知银行',
    '通知你们',
    '通知一声',
    '跟银行说一声',
    '跟你们说一声',
  ],
  // A loan for university, also told by when it was taken out (上大学前在老家办的): a student loan.
  student_loan: [
    '助学贷款',
    '生源地',
    '校园地',
    '上大学前',
    '上大学之前',
    '读大学前',
    '读大学之前',
    '上学前办的',
  ],
  // A second credit card on one's account for a family member.
  supplementary_card: ['副卡', '附属卡', '附卡'],
  grace_period: ['宽限期', '宽限'],
  // A credit card, also as described: a card to spend first and pay back later (先花后还的卡).
  credit_card: ['信用卡', '贷记卡', '先花后还的卡', '先用后还的卡', '先刷后还的卡', '先消费后还的卡'],
  card_application: [
    '申请信用卡',
    '信用卡申请',
    '信用卡咋申请',
    '信用卡怎么申请',
    '信用卡怎么办理',
    '办信用卡',
    '办张信用卡',
    '办一张信用卡',
    '办个信用卡',
    '申卡',
  ],
  // Paying by tapping a card or phone without a PIN (小额免密 / 闪付), the switch customers want to turn off.
  contactless: ['小额免密', '免密支付', '免密', '闪付', '挥卡', '碰一碰', '不输密码', '不用输密码'],
  // A card refused at the till or machine (tried several times is also matched by pattern: 刷了三回).
  // Not 被拒 alone: an application can be refused too (信用卡申请被拒).
  declined: [
    '刷不了',
    '刷不出',
    '刷卡被拒',
    '交易被拒',
    '支付被拒',
    '付款被拒',
    '交易拒绝',
    '拒绝交易',
    '刷卡失败',
    '刷不成功',
    '刷卡不成功',
    // The payment would not go through (收银员说刷不过去, 卡刷不上).
    '刷不过',
    '刷不上',
    // A card that will not go through said the spoken way (卡刷不动了).
    '刷不动',
    '刷不走',
    '刷不掉',
  ],
  // An amount a hotel, car hire firm or petrol station holds on a card first ("押金" alone is also a box's).
  preauth: [
    '预授权',
    '酒店押金',
    '租车押金',
    '押金冻结',
    '冻结押金',
    '押金解冻',
    '押金还冻着',
    '冻结了一笔',
    '冻了一笔',
  ],
  // Challenging a card payment that was wrong (the amount, twice) with the bank.
  dispute: [
    '争议',
    '申诉',
    '多扣',
    '扣多了',
    '多收',
    '收多了',
    '金额不对',
    '扣错',
    '多了一个零',
    '多打了一个零',
    // The same payment taken more than once (刷卡扣了两次, 重复扣款).
    '扣了两次',
    '扣两次',
    '扣了两笔',
    '扣了两回',
    '重复扣',
  ],
  // Asking what the assistant can do (not asking it to do one thing: 你能帮我转账 is a request).
  capability: [
    '你能干',
    '你能做',
    '你会干',
    '你会做',
    '你会什么',
    '你都会',
    '你都能',
    '你可以做',
    '你可以干',
    '干点啥',
    '你能帮我干',
    '你能帮我做',
    '你能帮我办什么',
    '你能帮我办哪些',
    '有哪些功能',
    '有什么功能',
    '只能回答',
    // Beyond answering questions (除了回答问题, 你还能…): what else it can do.
    '除了回答',
    '除了答疑',
    '只会回答',
    '只会答',
    // Whether the assistant is a machine (你是AI不, 是真人吗).
    '是ai',
    '是机器人',
    '机器人吗',
    '是真人',
    '真人吗',
    '人工智能',
  ],
  // Someone under 18 (a child's age is also matched by pattern: 儿子17了); pocket money (零花钱) is a child's.
  minor: ['未成年', '不满18', '不到18', '未满18', '不满十八', '不到十八', '未满十八', '零花钱'],
  // One account held by two people together (a couple's), however they put it.
  joint_account: [
    '联名账户',
    '联名户',
    '联名的户',
    '联名的账户',
    '联名开户',
    '共同账户',
    '共同的账户',
    '共同的户',
    '共有账户',
    '共有的账户',
    '共用一个账户',
    '共用一个户',
    '共用账户',
    '两个人共同',
    '两个人共有',
    '两个人共用',
    '两个人的名字',
    '俩人共用',
    '俩人共同',
    // One account two people use together, said plainly (两个人一起用的账户, 夫妻俩一起开一个户).
    '两个人一起用',
    '两人一起用',
    '俩人一起用',
    '一起用的账户',
    '一起用的户',
    '一起用一个',
    '夫妻共用',
    '夫妻共同',
    '夫妻俩一起',
    '两口子一起',
    // Shared as 合用 (两个人合用的账户); not 合用 alone, which is also 适合用.
    '两个人合用',
    '俩人合用',
    '两人合用',
    '合用的账户',
    '合用的户',
    '合用一个',
  ],
  // A company's or a sole trader's account, not a person's own.
  business: [
    '对公',
    '公户',
    // A company's account called by its everyday name (公司户头).
    '公司户头',
    '企业户头',
    '基本户',
    '公司账户',
    '企业账户',
    '公司开户',
    '企业开户',
    '给公司开',
    '营业执照',
    '个体户',
    '法人',
    '企业网银',
  ],
  // Money paid into a credit card beyond what was owed (溢缴款), to be returned.
  overpaid: ['溢缴款', '多还了', '多还的', '多还进', '还多了', '多存了', '多缴'],
  // Paying less income tax for money put aside (the personal pension's tax break), however it is said.
  tax_break: [
    '少交个税',
    '少交点个税',
    '少缴个税',
    '少交税',
    '少交点税',
    '抵税',
    '抵个税',
    '个税抵扣',
    '减个税',
    '省个税',
    '省税',
    '个人所得税时按规定扣除',
  ],
  // The bank's phone line, however it is asked for.
  hotline: [
    '客服电话',
    '客服热线',
    '热线',
    '哪个电话',
    '什么电话',
    '电话是多少',
    '电话多少',
    '客服号码',
    '人工客服',
    // The phone service said the other way round (电话客服几点下班).
    '电话客服',
    // A callback when nobody can take the call now.
    '回电',
    '回拨',
    '打回来',
    '回个电话',
  ],
  // Being asked where money came from (anti-money-laundering questions on a large deposit).
  source_of_funds: ['钱哪来', '钱从哪来', '哪来的钱', '资金来源', '钱的来源', '来源证明', '说明来源'],
  // The bank paying what is missing for a while (先帮我垫上).
  // Also as owing the bank for a while (卡能先欠着吗).
  overdraft: [
    '透支',
    'overdraft',
    '超额消费',
    '余额不足也',
    '钱不够也',
    '先垫',
    '垫付',
    '帮我垫',
    '给我垫',
    '先欠着',
    // The bank lending first when the account is empty (银行借住先, read as 先借).
    '银行先借',
  ],
  // Credit card reward points (积分 saved up for years is about their expiry, not a dormant account).
  // Credit card points, also as "the points I saved up" (攒的那些分).
  points: ['积分', '里程', '积点', '攒的分', '攒的那些分', '攒分', '攒了不少分', '攒了好多分'],
  // Mobile banking on a tablet or on more than one device.
  device: [
    '平板',
    'ipad',
    '两台手机',
    '两部手机',
    '两个手机',
    '另一台手机',
    '另一部手机',
    '两台设备',
    '多台设备',
    '多个设备',
    '同时登录',
  ],
  // Money sent abroad arriving short: intermediary banks take their fees on the way.
  intermediary: ['中转行', '中间行', '到账少了', '收到的少了', '收到的钱少了', '少了一部分', '被扣了一部分'],
  // A home address kept on file, and moving house (the registered phone number is `registered_phone`).
  address: [
    '住址',
    '家庭地址',
    '家里地址',
    '家的地址',
    '居住地址',
    '通讯地址',
    '账单地址',
    '邮寄地址',
    '留的地址',
    '搬家',
    '搬了家',
    '搬新家',
  ],
  // A box rented at a branch for valuables, also as customers describe it (银行租的那个箱子).
  safe_box: [
    '保管箱',
    '保险箱',
    '保险柜',
    '租的箱子',
    '租的那个箱子',
    '银行的箱子',
    '箱子钥匙',
    '箱子的钥匙',
  ],
  // Mobile data and topping up a phone (话费, a bill paid like the others, is `utility`).
  phone_topup: ['流量', '手机充值', '充手机', '给手机充'],
  // The codes that name a bank or a branch to a payer (联行号, SWIFT), also as "the bank's number" (银行编号).
  bank_code: [
    '联行号',
    '行号',
    '银行代码',
    '银行编号',
    '银行的编号',
    '银行编码',
    '清算号',
    'swift',
    'bic',
    '开户行',
    '开户支行',
    // A payer abroad names the code by their own country's kind (IBAN, routing number, sort code); the
    // article says a mainland account has none and what to give instead.
    'iban',
    '路由号',
    'routing',
    'sort code',
  ],
  // Taking cash out (取钱 and 取款 alone are in almost every ATM and branch article already).
  cash_withdrawal: ['取现金', '取点现金', '提取现金', '取当地的钱', '取当地货币'],
  // Someone from abroad living here (外国人, 工作签证) opening or using an account.
  foreigner: ['外国人', '外籍', '老外', '工作签证', '工作签', '学生签证', '居留许可', '永久居留', '工作许可'],
  // A banknote that is torn, burnt or washed (not 破损 or 咬坏 alone: a card gets damaged or chewed too).
  damaged_note: [
    '残币',
    '撕破',
    '撕成两半',
    '缺角',
    '残缺',
    '泡水',
    '洗烂',
    '钱破了',
    '破了的钱',
    '钱烂了',
    '破损的钱',
    '发霉',
    '霉变',
    '长霉',
    // Gnawed by a mouse or with a piece missing (被耗子啃了, 老鼠咬掉一块, 缺了一角).
    '老鼠咬',
    '老鼠啃',
    '耗子咬',
    '耗子啃',
    '啃掉',
    '缺了一角',
    '少了一角',
    '掉了一角',
    // A corner torn off (撕掉了一个角, 缺了个角).
    '一个角',
    '缺了个角',
    '掉了个角',
    '撕掉',
    // Torn to pieces (撕烂的钱).
    '撕烂',
    '撕坏',
    '撕碎',
    '烂了的钱',
  ],
  // An identity document past its date (the card's own expiry is another matter: `card_expiry_renewal`).
  id_expired: [
    '身份证过期',
    '身份证到期',
    '身份证已经过期',
    '证件过期',
    '证件到期',
    '过期的身份证',
    '身份证失效',
  ],
  // A retirement pension, also as "the retirement money" (退休钱) customers call it.
  // 养老斤 is 养老金 typed with a same-sounding character (养老今 by pattern: not 养老今年).
  pension: ['养老金', '养老斤', '退休金', '退休工资', '退休费', '养老钱', '退休钱', '退休的钱'],
  // A credit card's payment day, also as described (还信用卡的那天).
  due_date: [
    '还款日',
    '账单日',
    '出账日',
    '还款的日子',
    '还款那天',
    '还款的那天',
    '还信用卡的那天',
    '还卡的那天',
    // The day said as paying back (每月还钱那天).
    '还钱那天',
    '还钱的那天',
    '还钱的日子',
    '还卡那天',
    // The day the statement comes out, asked as when (几号出账单, 哪天出账).
    '出账单',
    '几号出账',
    '哪天出账',
  ],
  // A cheque (a paper one described is matched by pattern: 纸质的单子拿到银行入账).
  cheque: ['支票'],
  // The yearly allowance for buying foreign currency (便利化额度); how much may still be bought is by pattern.
  fx_quota: ['便利化额度', '购汇额度', '换汇额度', '结汇额度'],
};

const EN: SynonymGroups = {
  password: ['password', 'passcode', 'pin', 'pwd'],
  forgot: ['forgot', 'forget', 'forgotten', 'reset', 'recover', "can't remember", 'cannot remember'],
  lost: [
    'lost',
    'lose',
    'stolen',
    'missing',
    'misplaced',
    "can't find",
    'report lost',
    'freeze my card',
    'block my card',
    'robbed',
    'took my card',
    'took my wallet',
    'snatched',
    'pickpocketed',
    // British slang for stolen ("my wallet got nicked", "someone pinched my purse").
    'got nicked',
    'was nicked',
    'been nicked',
    'were nicked',
    'nicked my',
    'got pinched',
    'was pinched',
    'were pinched',
    'pinched my',
    // Left behind somewhere ("left my wallet in a taxi", "dropped my purse on the bus").
    'left my wallet',
    'left my purse',
    'left my card',
    'left my bag',
    'dropped my wallet',
    'dropped my purse',
    'dropped my card',
  ],
  atm: ['atm', 'cash machine', 'cashpoint', 'cash dispenser', 'machine', 'hole in the wall'],
  transfer: [
    'transfer',
    'wire',
    'send money',
    'sent money',
    'sent the money',
    'sent some money',
    'move money',
    'remit',
    'remittance',
    'payee',
    'recipient',
    // Paying a person (rent to a landlord, a builder's bill) is sending them money.
    'pay my landlord',
    'pay the landlord',
    'pay my builder',
    'pay the builder',
    'pay my contractor',
    'pay the contractor',
  ],
  branch: ['branch', 'office', 'counter', 'teller'],
  other_bank: [
    'another bank',
    'other bank',
    'other banks',
    'different bank',
    'interbank',
    // "cross-bank transfer fee": a domestic transfer to another bank, not one across a border.
    'cross-bank',
    'cross bank',
    'banks elsewhere',
    'banks somewhere else',
    'bank somewhere else',
  ],
  // "open" and "close" are matched by pattern (`PATTERN_CONCEPTS`).
  hours: ['opening hours', 'hours', 'closing time', 'what time'],
  weekend: ['weekend', 'saturday', 'sunday', 'holiday', 'public holiday'],
  fee: ['fee', 'charge', 'cost', 'commission', 'free', 'pay for'],
  // Also named by its length ("the 6-digit text").
  code: [
    'verification code',
    'otp',
    'sms code',
    'one-time code',
    'text code',
    'security code',
    'code',
    '6-digit',
    'six-digit',
    '6 digit',
    'six digit',
  ],
  interest: ['interest', 'apr'],
  prepay: [
    'prepay',
    'prepayment',
    'pay off early',
    'early repayment',
    'repay early',
    'pay it off',
    'clear my mortgage',
    'clear the mortgage',
    'clear my loan',
    'settle my mortgage',
    'settle the loan',
    'pay off completely',
    'paid off completely',
    'pay it all off',
    'pay everything off',
  ],
  mortgage: ['mortgage', 'home loan', 'housing loan', 'house loan', 'property loan'],
  down_payment: [
    'down payment',
    'downpayment',
    'deposit for a house',
    'deposit on a house',
    'deposit for a flat',
    'deposit for a home',
    // Paid ahead on a purchase, a car or a flat, not money paid into the bank.
    'deposit on a flat',
    'deposit on a car',
    'deposit for a car',
    'car deposit',
  ],
  loan: ['loan', 'borrow', 'lending', 'credit line'],
  debit_card: ['debit card', 'bank card'],
  passbook: ['passbook', 'bank book', 'bankbook', 'savings book', 'little book', 'deposit book'],
  foreign_currency: [
    'foreign currency',
    'forex',
    'fx',
    'us dollars',
    'euros',
    'yen',
    'pounds',
    'baht',
    'ringgit',
    'australian dollars',
    'canadian dollars',
    'hong kong dollars',
    'swiss francs',
  ],
  // Also a currency's own rate ("today's yen rate", "the euro rate").
  exchange_rate: [
    'exchange rate',
    'rate today',
    'conversion rate',
    'yen rate',
    'dollar rate',
    'euro rate',
    'pound rate',
    'usd rate',
    'hkd rate',
    'rate for yen',
    'rate for dollars',
    'rate for euros',
  ],
  exchange: ['exchange', 'convert', 'buy currency', 'sell currency', 'change money'],
  ecny: [
    'e-cny',
    'ecny',
    'digital rmb',
    'digital yuan',
    'digital renminbi',
    'digital currency',
    'digital wallet',
  ],
  // Sight, hearing or mobility loss ("disabled" alone is in `elderly`: a card can be disabled too).
  disability: [
    'blind',
    'visually impaired',
    'deaf',
    'hard of hearing',
    'sign language',
    'wheelchair',
    'disability',
    'disabled customer',
    'disabled people',
    'disabled person',
    'accessible',
    'accessibility',
    'guide dog',
    'braille',
    'handicapped',
    'speech impaired',
    'speech impairment',
    "can't speak",
    // Unable to hold a pen or write a signature (a stroke, cerebral palsy, a tremor).
    "can't write",
    'cannot write',
    'unable to write',
    "can't hold a pen",
    'cerebral palsy',
    'paralysed',
    'paralyzed',
  ],
  // A machine keeping the card (not the cash).
  card_retained: [
    'swallowed my card',
    'ate my card',
    'eaten my card',
    'kept my card',
    'keep my card',
    'retained card',
    'card retained',
    'card stuck',
    'card got stuck',
    'stuck in the atm',
    'stuck in the machine',
    'give my card back',
  ],
  // The account an employer pays salaries into.
  payroll: [
    'payroll',
    'salary account',
    'salary card',
    'wage account',
    'wages account',
    'wages card',
    'wage card',
    // The card or account an employer pays into, told as what it does.
    'for my wages',
    'for my salary',
    'bank details for wages',
    'paid me on',
    'they paid me',
    'pays me on',
  ],
  // Someone who has died (the family asking about their money), whatever the words.
  death: [
    'passed away',
    'died',
    'deceased',
    'death',
    'inherit',
    'inheritance',
    'heir',
    'bereavement',
    'late father',
    'late mother',
    'late husband',
    'late wife',
    // Not "dead" alone: a card or a phone can be dead too.
    'dad is dead',
    'mum is dead',
    'mom is dead',
    'father is dead',
    'mother is dead',
    'husband is dead',
    'wife is dead',
    'dead relative',
    'dead parent',
    'no longer with us',
    'lost my husband',
    'lost my wife',
    'buried my',
    'funeral',
  ],
  // A cash machine taking the money but giving no cash or too little (not keeping the card).
  cash_short: [
    'no cash',
    'no money came out',
    'nothing came out',
    'never got the money',
    'did not dispense',
    'not dispensed',
    'only got',
    'gave me nothing',
    'less cash',
    'too little cash',
    'ate my money',
    'kept my money',
    'shortchanged',
    'short changed',
    'got only',
    'gave me only',
    'only came out',
    // Said with "give" and no "me" ("didn't give cash", "gave no money"); didn't is read as did not.
    'did not give cash',
    'did not give any cash',
    'did not give money',
    'did not give any money',
    'did not give me cash',
    'did not give me money',
    'did not give me any cash',
    'did not give me any money',
    'gave no cash',
    'gave no money',
  ],
  // Paying a credit card back (the statement itself is the "bill").
  card_repayment: [
    'pay my credit card',
    'pay the credit card',
    'pay off my credit card',
    'pay off my card',
    'pay my card bill',
    'pay off my card bill',
    'pay back my credit card',
    'repay my credit card',
    'repay the credit card',
    'credit card repayment',
    'ways to pay my credit card',
    'credit card payment options',
    'credit card payment methods',
  ],
  elderly: [
    'elderly',
    'senior',
    'old age',
    'aged',
    'grandma',
    'grandpa',
    'grandmother',
    'grandfather',
    'disabled',
  ],
  // Booking a branch visit, and arriving late for one ("running late for my slot").
  appointment: [
    'appointment',
    'book',
    'booking',
    'reserve',
    'reservation',
    'queue',
    'ticket',
    'my slot',
    'time slot',
    'booked slot',
    'running late',
  ],
  id_document: ['id card', 'passport', 'identity card', 'id'],
  open_account: ['open an account', 'open account', 'new account', 'sign up'],
  // A cheque, as the American spelling says it ("check" alone is also checking a balance).
  cheque: [
    'cheque',
    'chequebook',
    'check book',
    'checkbook',
    'cash a check',
    'deposit a check',
    'a check from',
    'got a check',
    'received a check',
    'check bounced',
    'bounced check',
    'gave me a check',
    'paid by check',
    'pay by check',
    'check good for',
    'check still good',
    'check valid',
    'check expire',
    'check dated',
    'dated check',
    'paper check',
    'personal check',
    'deposit my check',
    'cash my check',
  ],
  // Closing an account or card for good ("close" alone is also opening hours: `PATTERN_CONCEPTS`).
  close_account: [
    'close my account',
    'close account',
    'close my card',
    'close card',
    'closing my account',
    'account closure',
    'cancel my card',
    'cancel my account',
    'cancel account',
    'delete my account',
    'terminate my account',
    'deactivate my account',
    'shut my account',
    'shut down my account',
    'close down my account',
  ],
  // An account or card left unused. Not "frozen" (the bank's restrictions, a card the customer froze), not
  // "inactive" alone (a new card not yet activated), and "not used" only with what was not used or for how
  // long: its words match loosely, so "not used" alone would be "loans may not be used for…".
  dormant: [
    'dormant',
    'unused',
    'inactive account',
    'account inactive',
    'inactive for',
    "haven't used my account",
    "haven't used my card",
    "haven't used the account",
    "haven't used the card",
    "haven't used it in years",
    "haven't touched",
    'account not used',
    'card not used',
    'not used for years',
    'not used in years',
    'not used for a long time',
    'not use for a long time',
    "don't use my account",
    "don't use my card",
    'sleeping account',
    'wake up my account',
    'reactivate my account',
    'leave my account alone',
    'leave account alone',
    'left my account alone',
    'untouched',
  ],
  login: [
    'log in',
    'login',
    'sign in',
    'crash',
    'locked out',
    "can't get in",
    "can't get into",
    "can't get onto",
  ],
  // A card the customer freezes or locks for a while (not a card the bank froze: `restricted`; not a PIN
  // locked by wrong tries).
  card_freeze: [
    'freeze my card',
    'freeze the card',
    'froze my card',
    'card freeze',
    'temporary freeze',
    'temporarily freeze',
    'lock my card',
    'locked my card',
    'lock the card',
    'locked the card',
    'temporarily lock',
    'temporarily locked',
    'pause my card',
  ],
  fraud: [
    'fraud',
    'scam',
    'scammer',
    'phishing',
    'fake',
    'impersonat',
    'credit repair',
    'clean my credit',
    'claiming to be',
    'pretending to be',
    // Cheated out of money, said plainly ("conned out of 8000", "swindled").
    'conned',
    'swindled',
    'ripped off',
    // A caller who wants the code just texted (the bank never asks for it).
    'got a call',
    'call saying',
    'called saying',
    'phoned saying',
    'give them the code',
    'give the code',
    'share the code',
    'read out the code',
    'tell them the code',
  ],
  // The bank failing, however it is said ("goes under", "something happens to the bank").
  deposit_insurance: [
    'deposit insurance',
    'bank fail',
    'bank go bust',
    'goes bust',
    'went bust',
    'goes under',
    'go under',
    'went under',
    'bankrupt',
    'collapse',
    'insured',
    // Whether savings are covered ("are my deposits guaranteed").
    'deposits guaranteed',
    'deposit guaranteed',
    'savings guaranteed',
    'money guaranteed',
  ],
  safety: ['is it safe', 'money safe', 'is my money safe', 'safe to keep', 'safe with you', 'still safe'],
  wealth: ['wealth management', 'wealth product', 'investment product', 'fund'],
  // Also the questionnaire that sets it (my investor profile).
  risk: ['risk level', 'risk rating', 'risk grade', 'risk', 'investor profile', 'risk questionnaire'],
  arrival: [
    'arrive',
    'arrival',
    'land',
    'reach',
    'how long',
    'show up',
    'pending',
    'processing',
    'not arrived',
    // Not paid in yet ("pension not credited", "hasn't been credited").
    'not credited',
    'not been credited',
    'not yet credited',
    'come through',
    'receive money',
    'receive the money',
    'receive the transfer',
    'receive my transfer',
    // Whether the payee sees the money at once.
    'see it straight away',
    'see it right away',
    'see it immediately',
    // When the payee will see the money ("when will they see it").
    'when will they see it',
    'when will they get it',
    'when will it reach them',
  ],
  limit: [
    'limit',
    'cap',
    'maximum',
    'max',
    'most',
    'in one go',
    'all at once',
    'per transaction',
    'single transaction',
  ],
  replace_card: ['replace', 'replacement', 'reissue', 'damaged card', 'broken card'],
  // Also as the medical-insurance card it doubles as.
  social_security: [
    // Also its Mandarin name in pinyin (my shebao card).
    'shebao',
    'social security card',
    'social insurance card',
    'social security',
    'medical insurance card',
    'health insurance card',
    'medical card',
  ],
  type2: ['type ii', 'class ii', 'type 2', 'class 2', 'tier 2', 'electronic account', 'e-account'],
  utility: [
    'utility',
    'utilities',
    'electricity',
    'water bill',
    'gas bill',
    'phone bill',
    'power bill',
    'top up',
    'recharge',
    'phone credit',
  ],
  large_cash: [
    'large cash',
    'large withdrawal',
    'big withdrawal',
    'lot of cash',
    'lots of cash',
    'pile of cash',
    'bag of cash',
    'stack of cash',
    'wad of cash',
    'large amount of cash',
    'cash pickup',
    'pick up cash',
    'collect cash',
  ],
  // Also money put away for a term, said as locking it away.
  fixed_deposit: [
    'fixed deposit',
    'time deposit',
    'term deposit',
    'cd',
    'lock away',
    'lock it away',
    'lock my money away',
    // Renewed at the end of its term ("roll over when the term ends").
    'roll over',
    'roll it over',
    'automatic renewal',
    'renew automatically',
    'auto-renew',
  ],
  early_withdrawal: [
    'early withdrawal',
    'withdraw early',
    'break',
    'before maturity',
    'before it matures',
    // Taking out only some of a deposit ("take out just part of it").
    'partial withdrawal',
    'withdraw part',
    'take out part',
    'take out just part',
    'take out only part',
    // Taking the whole deposit out ahead of its date ("can I take it out early", "get the money out early").
    'take it out early',
    'take out early',
    'take the money out early',
    'get it out early',
    'get the money out early',
    'withdraw it early',
    'cash it in early',
  ],
  // Paying only the minimum is matched by pattern: read loosely, "pays the most, what's the minimum" would name it.
  minimum_payment: ['minimum payment', 'min payment', 'minimum due'],
  overdue: ['overdue', 'late payment', 'past due', 'missed payment', 'miss a payment', 'pay late'],
  autopay: [
    'autopay',
    'auto-pay',
    'automatic payment',
    'direct debit',
    'standing order',
    'auto debit',
    // A card bill paid off by itself ("set up auto-repayment", "repay automatically").
    'auto-repayment',
    'auto repayment',
    'automatic repayment',
    'auto-repay',
    'repay automatically',
    // A transfer that goes out again and again ("my repeating transfer failed").
    'repeating transfer',
    'recurring transfer',
    'repeat transfer',
    'regular transfer',
    'repeating payment',
    'recurring payment',
  ],
  credit_history: [
    // Also the central bank's file on a person (my PBOC record, a loan on my file); not PBOC alone (e-CNY).
    'pboc record',
    'pboc report',
    'credit file',
    'on my file',
    'credit report',
    'credit history',
    'credit score',
    'credit record',
    'on my record',
    'negative record',
    'bad record',
  ],
  income_proof: ['income proof', 'proof of income', 'payslip', 'salary', 'bank statement'],
  // A bank's proof of what is held (for a visa or a study application), not the income behind it.
  balance_proof: [
    'proof of funds',
    'proof of deposit',
    'proof of balance',
    'deposit certificate',
    'balance certificate',
    'bank reference letter',
    'letter from the bank showing my balance',
  ],
  cross_border: [
    'international',
    'abroad',
    'overseas',
    'cross-border',
    'cross border',
    'foreign country',
    'another country',
    // A foreign country or region is "abroad" to a customer of a mainland bank.
    'japan',
    'korea',
    'thailand',
    'usa',
    'america',
    'uk',
    'england',
    'britain',
    'france',
    'germany',
    'italy',
    'spain',
    'europe',
    'australia',
    'new zealand',
    'canada',
    'singapore',
    'malaysia',
    'vietnam',
    'hong kong',
    'macau',
    'macao',
    'taiwan',
    'indonesia',
    'philippines',
    'india',
    'russia',
    'switzerland',
    'netherlands',
    'turkey',
    'dubai',
    // A foreign city is abroad too (cash in Bangkok is cash withdrawn overseas).
    'bangkok',
    'phuket',
    'tokyo',
    'osaka',
    'kyoto',
    'seoul',
    'london',
    'paris',
    'new york',
    'los angeles',
    'san francisco',
    'sydney',
    'melbourne',
    'bali',
    'kuala lumpur',
    'rome',
    'milan',
    'berlin',
    'toronto',
    'vancouver',
    'portugal',
    'lisbon',
    'porto',
    // Where customers send money home or study (to my mum in Manila, my son in Dublin).
    'manila',
    'cebu',
    'jakarta',
    'hanoi',
    'ho chi minh',
    'saigon',
    'delhi',
    'mumbai',
    'karachi',
    'lahore',
    'dhaka',
    'kathmandu',
    'phnom penh',
    'yangon',
    'colombo',
    'lagos',
    'nairobi',
    'cairo',
    'istanbul',
    'moscow',
    'madrid',
    'barcelona',
    'amsterdam',
    'dublin',
    'chicago',
    'boston',
    'seattle',
    'auckland',
    'perth',
    'brisbane',
  ],
  location: ['near', 'nearby', 'nearest', 'closest', 'near me', 'around here', 'location', 'locations'],
  // Phone-specific on purpose: loosely matched, "new number" would also be a new card number.
  registered_phone: [
    'registered number',
    'registered phone',
    'registered mobile',
    // A new SIM after the old line was cut off: the number the bank holds has to change.
    'new sim',
    'old line',
    'line was cut off',
    'number was cut off',
    'changed my phone number',
    'changed my mobile number',
    'new phone number',
    'new mobile number',
    'old phone number',
    'update my phone number',
    'phone number has changed',
    // The old number no longer in service: the registered number has to change.
    'number disconnected',
    'number is disconnected',
    'number was cut off',
    'number no longer in service',
  ],
  sms_blocked: [
    'spam',
    'junk',
    'blocked texts',
    'blocked messages',
    'blocked sms',
    'message filter',
    'sms filter',
  ],
  // A payment that did not go out being attempted a second time (a scheduled transfer short of money).
  retry: [
    'retry',
    'retried',
    'tried once more',
    'try once more',
    'attempted again',
    'try it again',
    'tries again',
  ],
  annual_fee: ['annual fee', 'yearly fee'],
  // A credit limit raised for a while, said loosely ("bump it up", "bumped to 30,000 just for the trip"); not
  // "raise my limit", which read loosely names a transfer limit raised too.
  raise_limit: [
    // Also a card's ceiling raised, or a boost for a while.
    'spending ceiling',
    'temporary boost',
    'bump up the',
    'temporary increase',
    'limit increase',
    'bump it up',
    'bump it to',
    'bumped to',
    'bumped up to',
    'just for the trip',
    // A US card's limit is its credit line ("a credit line increase").
    'credit line increase',
    'increase my credit line',
    'higher credit line',
    'raise my credit line',
  ],
  // A bank's or branch's routing code, however it is named ("the branch's clearing number").
  bank_code: [
    'clearing number',
    'clearing code',
    'sort code',
    'branch code',
    'bank code',
    'routing number',
    'swift',
    'bic',
  ],
  // A second credit card on one's account for a family member.
  supplementary_card: [
    'supplementary card',
    'extra card',
    'additional card',
    'add-on card',
    'card for my wife',
    'card for my husband',
    'card for my partner',
  ],
  grace_period: ['grace period', 'grace days'],
  activate: [
    'activate',
    'activation',
    // A card that says "inactive" has not been activated yet (an account left unused is `dormant`).
    'inactive card',
    'card inactive',
    'not active',
    'not activated',
    'turn on card',
    'switch on card',
    'start using card',
    'unlock new card',
    'get it working',
    'get it to work',
    'switch it on',
    'turn it on',
    // Switching on a card that has just arrived ("switch on new credit card").
    'switch on new',
    'switch on my new',
    'turn on new',
    'turn on my new',
  ],
  // A credit card, also as described: a card to spend now and pay later.
  credit_card: ['credit card', 'spend now pay later card', 'buy now pay later card', 'pay later card'],
  // A statement on paper through the letterbox rather than by email ("posted to my home").
  paper_statement: [
    'paper statement',
    'by post',
    'in the post',
    'through the post',
    'through the door',
    'posted to',
    'mailed to',
    'post it to',
    'mail it to',
  ],
  // The bank holding an account back (risk controls, a legal freeze), not a card the customer froze.
  restricted: [
    'restricted',
    'restriction',
    'frozen by the bank',
    'bank froze',
    'froze my account',
    'blocked by the bank',
    'bank blocked',
    'blocked my account',
    'account on hold',
    'account suspended',
    'unusual activity',
    'suspicious activity',
    'unusual transactions',
    'suspicious transactions',
    'unusual payments',
    // A legal freeze by a court or the police.
    'court order',
    'frozen by a court',
    'court froze',
    'legal freeze',
    'frozen by the police',
    'police froze',
    // Held by the bank's fraud checks ("the app says something about an anti fraud check").
    'anti fraud check',
    'fraud check',
    'fraud review',
    'risk control',
    'account got locked',
    // Limited by the bank's checks ("my account is limited due to fraud screening").
    'account is limited',
    'account has been limited',
    'account was limited',
    'limited my account',
    'fraud screening',
    // Money held by the police, said of the money rather than the account.
    'police blocked',
    'blocked my money',
    'froze my money',
    'frozen my money',
  ],
  // A card payment in another currency and what it costs ("foreign txn fee", "FX fee on my Visa").
  foreign_payment_fee: [
    'foreign transaction fee',
    'foreign transaction charge',
    'fx fee',
    'forex fee',
    'currency conversion fee',
    'conversion fee',
    'foreign currency payment',
  ],
  card_application: [
    'apply for a credit card',
    'credit card application',
    'open a credit card',
    'apply for a card',
    'card application',
  ],
  // Paying by tapping a card or phone without a PIN, the switch customers want to turn off.
  contactless: [
    'contactless',
    'tap to pay',
    'tap and pay',
    'tap and go',
    'paywave',
    'without a pin',
    'without entering a pin',
  ],
  // An amount a hotel, car hire firm or petrol station holds on a card first.
  preauth: [
    'pre-authorisation',
    'pre-authorization',
    'preauthorisation',
    'preauthorization',
    'pre-auth',
    'preauth',
    'authorisation hold',
    'authorization hold',
    'hotel held',
    'hotel hold',
    'hotel deposit',
    'held by the hotel',
    'car hire deposit',
    'rental deposit',
  ],
  // Challenging a card payment that was wrong (the amount, twice) with the bank.
  dispute: [
    'dispute',
    'challenge',
    'contest',
    'chargeback',
    'charge back',
    'wrong amount',
    'overcharged',
    'charged too much',
    'charged me too much',
    'extra zero',
  ],
  // Asking what the assistant can do (not asking it to do one thing: "can you freeze my card" is a request).
  capability: [
    'what can you do',
    'what else can you do',
    'what could you do',
    'what are you able to do',
    'what can you help with',
    'what can you help me with',
    'do things for me',
    'do stuff for me',
    'what stuff can you do',
    'what things can you do',
    'what sort of stuff',
    'only answer questions',
    'just answer questions',
    'capable of',
  ],
  // Someone under 18 (an age is also matched by pattern: "my 16 year old"); pocket money is a child's.
  minor: ['under 18', 'under eighteen', 'underage', 'under-age', 'teenager', 'teenage', 'pocket money'],
  // One account held by two people together (a couple's), however they put it.
  joint_account: [
    'joint account',
    'joint bank account',
    'shared account',
    'share one account',
    'share an account',
    'share a bank account',
    'in both our names',
    'in both of our names',
    'in both names',
    'in two names',
    'under both our names',
    'under both names',
  ],
  // A company's or a sole trader's account, not a person's own.
  business: [
    'company account',
    'business account',
    'corporate account',
    'account for my company',
    'account for the company',
    'account for our company',
    'account for my business',
    'account for our business',
    'corporate',
    'sole trader',
    'business licence',
    'business license',
    'business banking',
    'limited company',
  ],
  // Money paid into a credit card beyond what was owed, to be returned.
  overpaid: ['overpaid', 'overpayment', 'overpay', 'paid more than i owe'],
  // Paying less income tax for money put aside (the personal pension's tax break), however it is said.
  tax_break: [
    'pay less tax',
    'pay less income tax',
    'less income tax',
    'cuts your income tax',
    'cut my tax',
    'reduce my tax',
    'lower my tax',
    'tax deduction',
    'tax relief',
    'tax break',
    'deducted when your individual income tax',
  ],
  // The bank's phone line, however it is asked for.
  hotline: [
    'hotline',
    'helpline',
    'customer service number',
    'your phone number',
    'your number',
    'number to call',
    'number to ring',
    'call you',
    'ring you',
    'phone you',
    // A callback when nobody can take the call now.
    'call me back',
    'ring me back',
    'phone me back',
    'callback',
  ],
  // Being asked where money came from (anti-money-laundering questions on a large deposit).
  source_of_funds: [
    'source of funds',
    'source of the money',
    'source of my money',
    'where the money came from',
    'where the money comes from',
    'where my money came from',
    'where the cash came from',
    'where i got the money',
    'where it came from',
  ],
  overdraft: [
    'overdraft',
    'overdrawn',
    'overdraw',
    'go negative',
    'negative balance',
    'in the red',
    'into the red',
    // Spending money one does not have (spending now and paying later is matched by pattern: not a card for it).
    "money i don't have",
    // A debit balance below zero ("can my card go into minus").
    'into minus',
    'into the minus',
    'below zero',
    'under zero',
    'go minus',
    'in minus',
    // The bank paying what the balance lacks ("will the bank cover the gap").
    'cover the gap',
    'cover the difference',
    'cover the shortfall',
  ],
  // A credit card's reward points as something earned or redeemed (not "pay the fee with points", not a
  // "cash point").
  points: [
    // A card's rewards, also called its perks.
    'perks',
    'reward points',
    'rewards',
    'earn points',
    'get points',
    'collect points',
    'redeem',
    'air miles',
    'cashback',
    'cash back',
  ],
  // Mobile banking on a tablet or on more than one device.
  device: [
    'ipad',
    'tablet',
    'two phones',
    'two devices',
    'second phone',
    'second device',
    'another device',
    'more than one phone',
    'more than one device',
    'multiple devices',
  ],
  // Money sent abroad arriving short: intermediary banks take their fees on the way.
  intermediary: [
    'intermediary',
    'correspondent bank',
    'less than i sent',
    'less than i transferred',
    'less than i wired',
    'received less than',
    'arrived short',
  ],
  // A home address kept on file, and moving house (the registered phone number is `registered_phone`).
  address: [
    'home address',
    'my address',
    'billing address',
    'postal address',
    'mailing address',
    'new address',
    'change of address',
    'moved house',
    'moving house',
    'change where i live',
    'update where i live',
    'moved home',
    'moving home',
  ],
  // A box rented at a branch for valuables, however it is called.
  safe_box: [
    'safe deposit',
    'safety deposit',
    'deposit box',
    'strongbox',
    'box at the bank',
    'box at your branch',
    'renting the box',
    'rent a box',
    'box i rent',
    'box i rented',
    'rented box',
    'box key',
    'key to my box',
    'key to the box',
    // The box as some customers call it ("my locker at the bank", "lost my locker key").
    'locker',
  ],
  // Mobile data and topping up a phone ("phone credit" is `utility`, with the other bills).
  phone_topup: [
    // Credit loaded onto a SIM card.
    'onto a sim',
    'onto my sim',
    'mobile credit',
    'airtime',
    'mobile data',
    'phone data',
    'out of data',
    'data top up',
    'data plan',
    'top up my phone',
    'phone top up',
    // Recharging a prepaid mobile (India's and Singapore's word for a top-up).
    'recharge my phone',
    'recharge my mobile',
    'recharge my prepaid',
    'mobile recharge',
    'phone recharge',
    'prepaid mobile',
    'prepaid phone',
    'prepaid sim',
  ],
  // Taking cash out of an account or card (not "withdraw" alone: a fixed deposit is withdrawn too).
  cash_withdrawal: [
    'withdraw cash',
    'withdraw money',
    'cash withdrawal',
    'take out cash',
    'take cash out',
    'take out local money',
    'pull out',
    'get cash',
    'get local cash',
  ],
  // Someone from abroad living here (a work visa, an expat) opening or using an account.
  foreigner: [
    'foreigner',
    'foreign national',
    'expat',
    'work visa',
    'student visa',
    'visa holder',
    'residence permit',
    'work permit',
    'non-resident',
    'arrived from',
    'moved here from',
  ],
  // A banknote that is torn, burnt or washed (not "chewed" alone: a dog chews a card too).
  damaged_note: [
    'damaged note',
    'damaged banknote',
    'torn note',
    'ripped note',
    'burnt note',
    'half of it gone',
    'half of the note',
    'half the note',
    'half missing',
    'half gone',
    'missing a corner',
  ],
  // An identity document past its date (the card's own expiry is another matter).
  id_expired: [
    'expired id',
    'id expired',
    'id has expired',
    'id card has expired',
    'expired passport',
    'passport expired',
    'passport has expired',
    'expired identity',
    'identity card has expired',
  ],
  // A retirement pension, also as "retirement money".
  pension: [
    'pension',
    'retirement money',
    'retirement pay',
    'retirement income',
    'retirement payment',
    // Money put aside for one's retirement ("my private retirement savings account").
    'retirement savings',
    'retirement account',
    'private pension',
  ],
  // Money sent to the wrong person or account by mistake.
  mistaken_transfer: [
    'by accident',
    'accidentally',
    'by mistake',
    'wrong person',
    'wrong recipient',
    'misdirected',
    // The wrong entry picked from the payee list ("tapped the contact just below hers").
    'wrong contact',
    'wrong payee',
    'contact just below',
    'contact just above',
  ],
  // Texts or notifications about money moving on the account.
  transaction_alert: ['transaction alert', 'transaction alerts', 'ping me', 'pings me'],
  // A credit card's payment day, also as described ("the day I must pay my credit card").
  due_date: [
    'due date',
    'payment date',
    'repayment date',
    'statement date',
    'billing date',
    'day i must pay',
    'day i have to pay',
    'date i must pay',
    'date i have to pay',
  ],
};

/** Abroad and the foreign places the English `cross_border` group names, as regex alternatives. */
const ABROAD_PLACES = (EN.cross_border ?? [])
  .filter((p) => !/international|border/.test(p))
  .map((p) => p.replace(/[-\s]+/g, '[\\s-]+'))
  .join('|');

/**
 * Concepts recognised by shape rather than by word: a time of day (八点半, 5:30, 8am; 一点 only as 一点半 or
 * 一点钟, since alone it is "a little": 调低一点) points at opening hours and arrival times; R1-R5 / C1-C5
 * are product and customer risk grades; the others are words that mean the concept only in some company
 * (在哪 at the end of a question, "open" without "an account").
 */
export const PATTERN_CONCEPTS: Readonly<Record<Locale, ReadonlyArray<readonly [RegExp, string]>>> = {
  'zh-CN': [
    // What a consumer loan may be spent on (消费贷能拿来交首付吗, 消费贷款不得用于购房): the loan's rules of use.
    [
      /(?:消费贷|信用贷|个人贷款)[^，。？！,.?!]{0,8}?(?:用于|拿来|拿去|用来|用在|买房|购房|首付|首期|炒股|理财)/,
      'loan_use',
    ],
    [
      /\b\d{1,2}:\d{2}\b|(?:[0-9二三四五六七八九十两]|[0-9一二三四五六七八九十两]{2,})\s*点(?:半|钟|[0-9一二三四五六七八九十]+分?)?|一\s*点(?:半|钟|[0-9一二三四五六七八九十]+分)|早上|上午|中午|下午|晚上|傍晚|半夜|凌晨|几点/,
      'time_of_day',
    ],
    [/\b[rc][1-5]\b/, 'risk'],
    // When a loan's next instalment is taken and how much (下一期月供啥时候扣, 车贷这个月几号扣): the repayment
    // schedule, even when paying early is named only to be ruled out (不是想提前还).
    [
      /(?:月供|房贷|车贷|贷款)[^，。？！,.?!]{0,6}(?:什么时候|啥时候|几号|哪天|哪一天)[^，。？！,.?!]{0,2}扣|(?:下次|下一期|下期|这期|这一期)[^，。？！,.?!]{0,2}(?:的)?(?:月供|房贷|车贷|贷款)|(?:月供|房贷|车贷)[^，。？！,.?!]{0,4}扣多少/,
      'loan_schedule',
    ],
    // A payment shown as failed while the money was taken anyway (支付失败，可钱还是被扣了): a payment to dispute.
    [
      /(?:支付|付款|交易|购买|下单)(?:显示|提示)?(?:失败|没成功|不成功)[^。？！?!]{0,12}(?:钱|款|余额)[^。？！?!]{0,6}(?:被扣|扣了|扣掉|扣走|划走|少了)/,
      'dispute',
    ],
    // A card or an account handed back for good (这张卡我不想要了想退掉); not 退款, a refund, nor a fee or a
    // product on the card given back (信用卡年费能退掉吗).
    [/(?:卡|账户|户头)[^，。？！,.?!费钱款险财息]{0,8}退掉/, 'close_account'],
    // A card or an account one no longer wants, told so (这卡我不要了): closing it; not a fee or a product on it
    // given up (年费不要了).
    [/(?:卡|账户|户头)[^，。？！,.?!费钱款险财息]{0,3}(?:不要了|不想要了)/, 'close_account'],
    // One's own credit (信用, not a credit card, a credit loan or a credit union) to be looked up (我的信用要先查,
    // 查一下自己信用): the credit report.
    [/查[^，。？！,.?!]{0,4}信用(?!卡|贷|社|额)|信用(?!卡|贷|社|额)[^，。？！,.?!]{0,4}查/, 'credit_history'],
    // A loan to buy a home said plainly (买房想贷款, 贷款买房子): a mortgage; not a car (买车贷款).
    [/买(?:房|房子)[^，。？！,.?!车]{0,3}贷款|贷款[^，。？！,.?!车]{0,2}买(?:房|房子)/, 'mortgage'],
    // How long until the payee has the money (要多久她才能收到), not until a code or a card comes (验证码多久能收到).
    [
      /(?:多久|多长时间|几天|什么时候|啥时候)[^，。？！,.?!]{0,4}(?:她|他|对方|人家|收款人|家里人?)[^，。？！,.?!]{0,3}收到/,
      'arrival',
    ],
    // A product's risk (风险), not an account the bank says is at risk (账户有风险用不了: `restricted`).
    [/(?<!账户有|账户存在|账号有|账户)风险/, 'risk'],
    // Swapping money for a currency (换成美元), not swapping anything for something new (换成新号).
    [
      /换(?:成|点|些|一些|一点)?(?:美元|美金|欧元|日元|港币|港元|英镑|外币|外汇|人民币|泰铢|韩元|韩币|澳元|加元)/,
      'exchange',
    ],
    // "Where is it" (网点在哪, 在哪儿呢), not "where do I do it" (在哪预约).
    [/在哪(?:里|儿)?(?:呢|啊|呀)?(?=$|[\s?？。!！,，])/, 'location'],
    [/(?:短信|信息|验证码).{0,6}(?:拦截|屏蔽)|(?:拦截|屏蔽).{0,6}(?:短信|信息|验证码)/, 'sms_blocked'],
    // Paying a few days after the due date is the grace period (晚了两天, 过了还款日三天).
    [/(?:晚|迟|逾期|超过还款日|过了还款日)了?[一两三几1-3]天/, 'grace_period'],
    // A card confiscated (卡被没收), not money not received (对方没收到).
    [/没收(?!到)/, 'card_retained'],
    // Taking out a foreign currency from a machine (ATM取马币, 取点泰铢, 能取多少新币) is withdrawing cash abroad.
    [
      /取(?:点|些|一些|一点|多少)?(?:马币|新币|泰铢|泰币|日币|日元|韩元|韩币|越南盾|令吉|欧元|英镑|澳元|加元)/,
      'cash_withdrawal',
    ],
    // Money coming in (还能收钱吗 asks whether a payment can be received, not what it costs; 入账, 打进来).
    [/(?:还能|能不能|能|可以|还可以|照常|正常)收(?:钱|款)|收得到(?:钱|款)?|入账|打进来|进账/, 'incoming'],
    // Splitting a purchase or a bill into a number of monthly parts (分十二期, 分12期还): an instalment plan.
    // 了 may come between, as spoken of a plan already made (分了十二期).
    [/分期|分了?[0-9一二三四五六七八九十两几]+期/, 'installment'],
    // "X years without using it" (一年多没动过, 两年没用) describes a dormant account.
    [/[一两三四五六七八九十几好多\d]+年多?(?:都|了)?(?:没|没有|未)(?:用|动|交易|碰)/, 'dormant'],
    // Paying cash in at a machine (ATM一次能存多少, 在自助机上存钱): a cash deposit, not a withdrawal.
    [
      /(?:atm|取款机|存款机|存取款机|自助机|柜员机).{0,8}存(?!折|单|款利|款保)|存.{0,6}(?:atm|存款机|自助机)/,
      'cash_deposit',
    ],
    // A transfer set up ahead for a later date or every month (预约好的转账, 转账预约了, 周期转账), not a branch
    // visit booked (the appointment concept also takes 预约).
    [
      /预约(?:好|了|过)?的?(?:那笔|一笔|这笔)?转账|转账.{0,4}预约|(?:定期|自动|定时|周期)转账/,
      'scheduled_transfer',
    ],
    // Spending more than the balance (余额只有100，能刷200的东西不; 卡里就剩50想买80的): an overdraft.
    [
      /(?:余额|卡里|卡上|账户里)(?:只有|只剩|就剩|就|才|仅有)[\d一二三四五六七八九十两几百千]+.{0,12}(?:刷|花|买|付|扣|消费)/,
      'overdraft',
    ],
    // Paying a sum of cash in (存20多万现金, 现金想存进卡里), or a big sum said without a number (存一大笔现金),
    // not taking it out (取20万现金).
    [
      /存(?:个|上|进)?(?:[\d一二三四五六七八九十两几百千]+多?万(?:块|元)?|一大笔|一大堆|大笔|大额|很多|好多|一堆)(?:的)?现金|现金.{0,6}存(?:进|到|入)/,
      'cash_deposit',
    ],
    // Cash put into a machine (往ATM里塞了五万, 往机器里放钞票): paying it in, not taking it out.
    [/往(?:atm|取款机|存款机|存取款机|柜员机|自助机|机器)(?:里|里面|中)?(?:塞|放|存|投)/, 'cash_deposit'],
    // Moving a sum (转30万, 转给我妈五千块): a transfer, though 转 alone is also 转人工 or 转存.
    [/转(?:给.{0,6}?)?[\d一二三四五六七八九十两几百千]+(?:\.\d+)?\s*(?:万|千|块|元)/, 'transfer'],
    // Wanting to move tens of thousands (想转30万, 要给我妈打五十万): the transfer limits decide whether it can.
    [
      /(?:想|要|准备|打算|需要|得)(?:一次|一次性|一下|一下子|一笔|直接)?(?:给.{0,6}?)?(?:转|打|汇)(?:给.{0,6}?)?[\d一二三四五六七八九十两几]+\s*万/,
      'limit',
    ],
    // A Type I account: Ⅰ类 (NFKC: i类) but not Ⅱ类 (ii类), 1类, 一类户.
    [/(?<![a-z\d])(?:i|1)类|一类(?:户|账户|账号|卡)/, 'type1'],
    // A child's age under 18 (儿子17了, 女儿今年十五岁): a minor.
    [
      /(?:儿子|女儿|孩子|闺女|小孩|娃)(?:今年|才|刚|已经|都|刚满|满)?(?:1[0-7]|[6-9]|十[一二三四五六七]?|[六七八九])(?:周岁|岁|了)/,
      'minor',
    ],
    // A card or an account opened for a child named in homely words (给娃办张卡, 帮俺家丫头开个户, 想给小孩弄张卡):
    // the child's own account.
    [
      /(?:给|帮|替|为)(?:我|俺|咱)?(?:家|们家)?的?(?:娃|娃娃|小孩|孩子|宝宝|小子|丫头|闺女|儿子|女儿|小朋友|小家伙|崽|孙子|孙女|外孙)(?:儿|子)?(?:也)?(?:办|开|弄|申请|搞)(?:一|个|张|了)*(?:卡|户|账户|银行卡|借记卡)/,
      'minor',
    ],
    // A certificate of what is still owed on a loan (贷款余额证明, 开个证明说明房贷还欠多少): the loan's balance,
    // not proof of money held.
    [
      /(?:贷款|房贷|车贷|按揭)[^，。？！,.?!]{0,6}(?:余额|还欠|欠款|剩余|还剩|没还)[^，。？！,.?!]{0,8}证明|证明[^，。？！,.?!]{0,8}(?:贷款|房贷|车贷|按揭)[^，。？！,.?!]{0,4}(?:余额|还欠|欠款|剩余|还剩|没还)/,
      'loan_owed',
    ],
    // Trying a card again and again at the till (刷了三回, 刷了好几次): it is being declined.
    [/刷了?(?:[两三四五六几\d]|好几)(?:次|回|遍)/, 'declined'],
    // Closing an account or card by 注销 (二类户咋注销, 信用卡怎么注销, 注销银行卡); 注销 of anything else (户籍注销,
    // 抵押注销) is no closure.
    [
      /(?:户|账户|户头|卡)(?:咋|怎么|如何|要|想|能|可以|去)?注销|注销(?:掉)?(?:这个|这张|我的)?(?:账户|户头|银行卡|信用卡|借记卡|储蓄卡|卡)/,
      'close_account',
    ],
    // Asking for a bit more of a limit, said around it (额度不太够用能不能临时给我加一点, 额度能给我提一些吗).
    [
      /额度[^。？！?!]{0,16}?(?:临时|暂时)?(?:给我|帮我)?(?:加|提|调高|涨)(?:一点|一些|点儿?|些)/,
      'raise_limit',
    ],
    // The app's own password typed wrong or locked (app密码输错5次锁了): logging in, not a card's PIN.
    [/(?:app|手机银行|网银|网上银行)(?:的|登录)?密码[^。？！?!]{0,8}?(?:输错|错了|锁)/, 'login'],
    // A card swipe failing, said with an adverb between (刷卡一直失败, 刷卡老是不成功, 刷卡总被拒).
    [/刷卡(?:一直|总是|老是|总|老|还是|又|都)(?:失败|不成功|被拒|刷不)/, 'declined'],
    // A payment at a till failing, said with an adverb or what the screen shows between (付款一直显示失败,
    // 支付老是提示不成功), and a chip read failing (插卡怎么都不行): the card is being declined.
    [
      /(?:付款|支付|付钱|结账|买单|消费)(?:一直|总是|老是|总|老|还是|又|都)?(?:显示|提示|说)?(?:失败|不成功)|插卡[^。？！?!，,]{0,6}(?:不行|不了|失败|没反应|不好使|读不出)/,
      'declined',
    ],
    // A hotel, car hire firm or petrol station holding money on a card (租车的押金冻了, 酒店冻结了一笔).
    // 押 as a verb (住酒店押了两千) is the same hold.
    [/(?:酒店|宾馆|租车|加油|住店|退房|入住).{0,8}(?:押金|押了|押着|冻结|冻了|预授权)/, 'preauth'],
    // Paying for the card from its second year (第二年开始要交钱, 次年收费): the annual fee.
    [/(?:第二年|第2年|次年|头一年|首年).{0,8}(?:交钱|收钱|扣钱|收费|要钱|交费|付钱|扣费)/, 'annual_fee'],
    // A charge that comes every year (每年那笔费用, 每年收的钱): the annual fee.
    [
      /每年(?:那笔|那个|的|都要?|要|还要?)?(?:费用|费|钱)|每年(?:收|扣|交)(?:的|那笔)?(?:钱|费)/,
      'annual_fee',
    ],
    // How much foreign currency may still be bought this year (今年还能换多少美元): the yearly allowance.
    [/(?:今年|一年|每年|还能|还可以)(?:还能|还可以|能|可以)?再?换多少|额度还剩|还剩多少额度/, 'fx_quota'],
    // How many days after the statement a card bill must be paid (出账以后多少天内还清; 账单日后第20天).
    [/(?:出账|账单日|账单出来)(?:以后|之后|后)[^。？！?!]{0,4}(?:(?:多少|几)天|第\d+天)/, 'days_to_pay'],
    // A reminder before a loan instalment is taken (扣月供之前会提醒吗; 扣款日前3天短信提醒).
    [
      /(?:扣|还)(?:款|月供|房贷|贷款)[^。？！?!]{0,4}(?:之前|以前|前)[^。？！?!]{0,10}提醒/,
      'repayment_reminder',
    ],
    // A trip somewhere and a card in one breath (去日本玩，卡要开通啥; 到欧洲旅游，卡能用不): using the card
    // there, not buying foreign currency.
    [/(?:去|到)[^，。？！,.?!\s]{1,6}(?:玩|旅游|旅行|出差).{0,12}卡/, 'card_abroad'],
    // A credit card left unused and a charge (信用卡办下来一直没用过，会不会扣钱): the annual fee.
    [
      /信用卡.{0,12}(?:没用|不用|没刷|不刷|没怎么用|没动|闲置|放着|没开卡|没激活|扔着).{0,10}(?:扣钱|收钱|收费|扣费|要钱|交钱|付钱|扣我钱|收我钱)/,
      'annual_fee',
    ],
    // A passbook as customers describe it (存款的本子, 存钱的小本子), not 存款本金.
    [/存(?:钱|款)的(?:小)?本子|存(?:钱|款)(?:小)?本子/, 'passbook'],
    // 存本 as short for a passbook (老存本丢了), not 存本取息 (a deposit type), 存本金 or 保存本人.
    [/(?<!保|留|储|生|库|现)存本(?!金|息|取|人|地|机|行|月|年|次|期)/, 'passbook'],
    // The yearly fee of a debit card (储蓄金卡的年费), not a credit card's annual fee.
    [/(?:借记|储蓄|银行)(?:金)?卡.{0,6}年费|年费.{0,6}(?:借记|储蓄)(?:金)?卡/, 'debit_card_fee'],
    // A court or the police freezing an account (公安把我卡冻住了, 法院给封了): a legal freeze.
    [/(?:法院|公安|警察|司法|检察院).{0,6}(?:冻|封|止付)/, 'restricted'],
    // A card frozen by the customer (卡冻上了, 把卡冻了, 冻了卡), not by the police or a court (公安把我卡冻了: `restricted`).
    [
      /(?<!(?:法院|公安|警察|司法|检察院)[^，。？！,.?!]{0,4})(?:卡(?:临时|暂时|先)?冻(?:上|住|了)|把(?:我的?)?卡(?:临时|暂时|先)?冻|冻(?:了|上|住)(?:我的?|张)?(?:银行|借记|信用|储蓄)?卡)/,
      'lost',
    ],
    // The freeze told first and who did it after (被冻了，是法院那边弄的).
    [/(?:冻|封)[^。？！?!]{0,8}(?:法院|公安|警察|司法|检察院)/, 'restricted'],
    // The branch working (网点周六上班吗, 你们几点上班), not the customer's own job (平时上班没空).
    [/(?:网点|银行|你们|柜台|营业厅|支行|分行)[^，。？！,.?!]{0,8}上班/, 'hours'],
    // Booking a day or a time (想约周六去网点, 提前几天约), not 约 of 大约, 节约 or 约定.
    [
      /(?<![大节合签违制婚])约(?:个|在|到)?(?:周[一二三四五六日末天]|星期|礼拜|明天|后天|下周|上午|下午|几号)|提前(?:几|多少)天约/,
      'appointment',
    ],
    // Charged one sum for a bill of another (收了我380，小票上是280): a payment to dispute.
    [
      /收了?我?[\d一二三四五六七八九十两几百千]+.{0,12}(?:小票|账单|菜单|价签|标价|价格)上?(?:明明|写的|显示的?)?(?:是|写着?)[\d一二三四五六七八九十两几百千]/,
      'dispute',
    ],
    // A shortfall (卡里还差两百, 差300块不够扣): more wanted than the balance holds.
    [
      /还差[\d一二三四五六七八九十两几百千]+|差[\d一二三四五六七八九十两几百千]+(?:块|元)?钱?(?:不够|才够)/,
      'overdraft',
    ],
    // 注销 said of an account or a card named before it (二类账户…能在手机上注销吗), not 户籍注销 or a mortgage's.
    [
      /(?:账户|账号|二类户|一类户|电子户|银行卡|信用卡|借记卡|储蓄卡|这张卡|那张卡)[^？！?!]{0,30}注销|注销(?:掉)?(?:账户|账号|银行卡|信用卡|这张卡|那张卡)/,
      'close_account',
    ],
    // 养老今 is 养老金 typed with a same-sounding character, not 养老 followed by 今年 or 今天.
    [/养老今(?![年天日儿])/, 'pension'],
    // Being told whenever money comes in or goes out (卡里进出钱都想收到提醒, 扣钱了提醒我一下): transaction alerts.
    [
      /(?:进出|进账|出账|扣钱|扣款|花钱|来钱|进钱|出钱|动钱|钱动)[^，。？！,.?!]{0,10}(?:提醒|通知我|告诉我)|(?:提醒|通知)[^，。？！,.?!]{0,6}(?:进出|进账|出账|扣钱|扣款|花了钱|动钱)/,
      'transaction_alert',
    ],
    // A card refused everywhere (今天刷哪都不行, 到哪刷都失败): it is being declined.
    [
      /(?:刷哪|哪都刷|到哪刷|哪儿都刷|哪里都刷|刷哪儿|刷哪里)[^，。？！,.?!]{0,3}(?:不行|不成|不了|失败|不好使|不上)/,
      'declined',
    ],
    // A bill split into months (拆成几个月还, 拆开分6个月): an instalment plan.
    [/拆(?:成|开|分)?(?:[\d一二三四五六七八九十两几]+)?(?:个月|期)/, 'installment'],
    // A spend to be paid back over a number of months (想分成十二个月还, 分6个月慢慢还), not a loan's term
    // (贷款分36个月还).
    [/(?<!贷款?[^，。？！,.?!]{0,6})分成?[\d一二三四五六七八九十两几]+个?月(?:来|慢慢)?还/, 'installment'],
    // Taking foreign or local cash out (取欧元, 取点当地的钱), not 取 alone (取号, 取消, 取快递).
    [
      /取(?:点|些|一些|一点|多少)?(?:欧元|美元|美金|日元|泰铢|港币|港元|英镑|韩元|澳元|加元|外币|当地的?钱|当地货币|现金)/,
      'cash_withdrawal',
    ],
    // How much can be taken out, spent or sent in a day (一天能取多少, 每天最多转多少): a limit.
    [/(?:一天|每天|每日|一日)(?:最多|最高)?(?:能|可以|可)?(?:取|转|花|刷|提)(?:多少|几)/, 'limit'],
    // An identity document past its date (身份证上个月过期了, 过期的证件), not a card's expiry.
    [/(?:身份证|证件|护照).{0,6}(?:过期|到期|失效)|过期的?(?:身份证|证件|护照)/, 'id_expired'],
    // Paying part of a card bill (还了10%, 只还了一部分, 只还一成): the minimum payment.
    [
      /(?:账单|信用卡).{0,10}还了?(?:\d{1,2}\s*%|百分之[一二三四五六七八九十\d]+|[一二两三四五六七八九几]成|一部分|一小部分|一半|一点)|还了?(?:\d{1,2}\s*%|百分之[一二三四五六七八九十\d]+|[一二两三四五六七八九几]成|一部分|一小部分|一半).{0,8}(?:账单|信用卡)/,
      'minimum_payment',
    ],
    // "Do you have a branch in 广州" (广州有你们的网点吗, 你们在广州有网点没).
    [
      /有(?:没有)?(?:你们|沙盒银行)?的?(?:网点|支行|分行|营业厅)(?:吗|没|么|不|啊|呢)|有没有(?:你们|沙盒银行)?的?(?:网点|支行|分行|营业厅)/,
      'location',
    ],
    // A card kept by the machine (卡扣了), not a swipe charged (刷卡扣了两次).
    [/(?<!刷)卡扣了/, 'card_retained'],
    // Someone's own age under 18 said alone (17岁能自己开户吗, 十六岁), not part of a larger number (75岁) nor a
    // bound (未满16周岁: the opening rules say it for everyone).
    [/(?<![\d一二三四五六七八九十满])(?:1[0-7]|[6-9]|十[一二三四五六七]?|[六七八九])\s*(?:周岁|岁)/, 'minor'],
    // The medical-insurance card described (看病用的卡, 就医的那张卡): the social security card.
    [/(?:看病|就医|看医生)[^，。？！,.?!]{0,4}卡/, 'social_security'],
    // The medical-insurance card named by what it is for (医保那张卡, 医保的卡).
    [/医保[^，。？！,.?!]{0,3}卡/, 'social_security'],
    // A top-up typed with 冲 for 充 (号冲了100, 冲50块, 冲话费): not 冲正 (a reversal) nor 冲动.
    [/(?:号|手机)冲|冲(?:话费|流量|值)|冲了?[0-9一二两三四五六七八九十百几]+(?:块|元)/, 'phone_topup'],
    // The central bank's record of one's borrowing (央行那边的借钱还钱记录, 人行的记录): the credit report.
    [
      /(?:央行|人民银行|(?<!个)人行)[^，。？！,.?!]{0,10}记录|(?:借钱|借款|贷款|借贷)(?:还钱|还款)?的?记录/,
      'credit_history',
    ],
    // Card points described as something saved up (攒下来的那些分), not minutes (分钟) or money saved.
    [/攒(?:下来|下|了|着)?的?(?:那些|这些)?分(?!钟)/, 'points'],
    // A new handset (换了手机, 新买了个苹果), also counted by its measure word (换了个手机, 换了台新手机, 换了部苹果),
    // not a new phone number (新手机号, 换了个手机号).
    [
      /(?:换了?(?:一?[个部台只])?新?的?|新买的?|买了?个?新?的?)(?:手机|苹果|iphone|华为|小米|安卓)(?!号)|新手机(?!号)/,
      'new_phone',
    ],
    // Spending first and paying back later (先花后还) is an overdraft, but a card for it (先花后还的卡) is a
    // credit card, and getting one (办一张先花后还的卡) is applying for one.
    [/先(?:花|用|消费|刷)后还(?!的卡)/, 'overdraft'],
    // An account locked by the bank (户头被银行锁住, 账户给锁了); a card the customer locked is `lost`.
    [/账户(?:被|给|让)?(?:你们)?(?:银行)?锁(?:住|了|定)/, 'restricted'],
    // A text for every payment or movement (每次刷卡都发短信, 每笔进出都通知), not a login code.
    [/每一?(?:次|笔)(?:(?!验证码|登录|登陆)[^，。？！?!]){0,10}(?:短信|通知|提醒)/, 'transaction_alert'],
    // Still paying by card once the account is empty (账户没有钱的时候借记卡还能不能刷): an overdraft; not a card
    // bill there is no money to repay (信用卡没钱还).
    [
      /(?:(?:账户|卡里|卡上)[^。？！?!，,]{0,4}没有?钱(?!还[款贷卡信])|余额不[够足]|没余额)[^。？！?!]{0,12}(?:还|也|照|仍)[^。？！?!]{0,6}刷/,
      'overdraft',
    ],
    [
      /办(?:一张|张|个|一个)?[^，。？！,.?!]{0,4}(?:先花后还的卡|先用后还的卡|先刷后还的卡|先消费后还的卡)/,
      'card_application',
    ],
    // What a card lets one spend (信用卡能刷的钱太少了): its limit.
    [/(?:能|可以)刷的(?:钱|额)/, 'limit'],
    // A limit too low and more wanted (太少了…能不能多给点): asking to raise it.
    [/(?:太少|太低|不够用?)[^。？！?!]{0,12}(?:多给|多批)/, 'raise_limit'],
    // A paper order to pay described (一张纸质的单子，拿到银行就能入账): a cheque.
    [/纸质?的?(?:单子|票据|票子)[^。？！?!]{0,20}(?:银行|入账|入到|存|兑|换成钱)/, 'cheque'],
    // The card not given back, with a word or two between (卡就没退出来, 卡一直没吐出来, 卡怎么不弹出来); not a fee
    // or a payment not refunded (卡年费不退回).
    [/卡[^。？！?!，,费款钱息税]{0,3}(?:没有?|没能|不)(?:退|吐|弹)(?:出|回)/, 'card_retained'],
    // The bank's risk check asking for the customer's identity or the purpose of the money (App提示补充身份信息,
    // 要核实资金用途): an account held back, not details the customer wants to change.
    [
      /(?:补充|补全|补交|完善)(?:一下)?(?:本人)?的?身份(?:信息|资料|证明|证件)|(?:核实|补充)(?:一下)?(?:资金|交易|转账)的?用途/,
      'restricted',
    ],
  ],
  en: [
    // What a consumer or personal loan may be spent on ("can a personal loan go towards a house deposit",
    // "consumer loans may not be used for buying property"): the loan's rules of use.
    [
      /\b(?:consumer|personal)\s+loans?\b[^.?!]{0,30}?\b(?:used?|spent|spend|go|put)\s+(?:it\s+)?(?:for|on|towards?)\b|\buse\s+(?:a|my|the|an?)\s+(?:consumer|personal)\s+loan\s+(?:for|on|to)\b/,
      'loan_use',
    ],
    // Cash from a machine somewhere abroad ("atm in japan", "taking out pounds at the atm", "withdraw cash
    // overseas"): the overseas withdrawal, not the domestic ATM limit.
    [
      new RegExp(
        `\\b(?:atm|atms|cash machine|cashpoint|withdraw\\w*|cash out|take out|taking out|took out|get cash|getting cash)\\b[^.?!]{0,30}\\b(?:${ABROAD_PLACES})\\b|\\b(?:${ABROAD_PLACES})\\b[^.?!]{0,30}\\b(?:atm|atms|cash machine|cashpoint|withdraw\\w*)\\b|\\b(?:take|taking|took|get|getting|withdraw\\w*|pull\\w*)\\s+out\\s+(?:some\\s+)?(?:pounds|euros|yen|baht|won|ringgit|local cash|local money|local currency)\\b|\\bforeign atms?\\b`,
      ),
      'cash_abroad',
    ],
    // An account or card one forgot one had ("an old account I forgot about", "forgotten savings account"):
    // a dormant account, not a forgotten password.
    [
      /\b(?:account|card)s?\s+(?:that\s+|which\s+)?(?:i|we|my \w+)\s+(?:had\s+)?(?:completely\s+|totally\s+)?forg[oe]t(?:ten)?\s+about\b|\bforgotten\s+(?:old\s+)?(?:savings\s+|bank\s+|debit\s+)?(?:account|card)s?\b|\bforg[oe]t(?:ten)?\s+(?:i\s+had|i\s+ever\s+had|about)\s+(?:an?|my|the|this|that)\s+(?:old\s+)?(?:savings\s+|bank\s+|debit\s+)?(?:account|card)\b/,
      'dormant',
    ],
    [
      /\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\bo'?clock\b|\b(?:morning|evening|afternoon|night|tonight|noon|midnight|lunchtime)\b|\bwhat time\b/,
      'time_of_day',
    ],
    [/\b[rc][1-5]\b/, 'risk'],
    [/\b(?:type|class|tier)[\s-]*(?:i|1|one)\b/, 'type1'],
    // A teenager's age ("my 16 year old", "a 17 yo": the age at which one may open an account alone), not
    // how old an account or a card is.
    [
      /\b(?:my|our|his|her|a|the)\s+(?:1[0-7]|[1-9]|thirteen|fourteen|fifteen|sixteen|seventeen)[\s-]*(?:yo|y\/o|yrs?[\s-]old|years?[\s-]old)\b(?!\s+(?:account|card|deposit|loan|mortgage|policy|car|phone|house|flat))/,
      'minor',
    ],
    // An identity document past its date ("my ID ran out last month", "an expired residence permit").
    [
      /\b(?:id|id card|identity card|passport|residence permit)\s+(?:\w+\s+){0,2}(?:expired|expires|ran out|runs out|is out of date|out of date)\b|\b(?:expired|out of date|out-of-date)\s+(?:id|identity|passport|residence permit)\b/,
      'id_expired',
    ],
    // The yearly fee of a debit card ("annual fee on my debit card"), not a credit card's annual fee.
    [
      /\bdebit cards?\b[^.?!]{0,30}\b(?:annual|yearly) (?:fee|charge)|\b(?:annual|yearly) (?:fee|charge)s?\b[^.?!]{0,30}\bdebit cards?\b/,
      'debit_card_fee',
    ],
    // A son's, daughter's, niece's or grandchild's age said as "my daughter's 16" / "my niece is 16": a minor.
    [
      /\b(?:(?:grand)?(?:son|daughter|kid|child)|boy|girl|niece|nephew)(?:'s|’s|\s+is)\s+(?:1[0-7]|[6-9]|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?!\s*(?:yuan|rmb|k\b|%|dollars|thousand))/,
      'minor',
    ],
    // A card or an account opened for a child named in homely words ("a card for my little one", "an account
    // for my lad", "can our kiddo get a card"): the child's own account.
    [
      /\b(?:card|account)s?\b[^.?!]{0,20}\bfor\s+(?:my|our)\s+(?:little\s+)?(?:kids?|kiddos?|little ones?|lad|lass|boy|girl|son|daughter|child|children|youngsters?|youngest|eldest)\b|\b(?:my|our)\s+(?:little\s+)?(?:kids?|kiddos?|little ones?|lad|lass|boy|girl|youngsters?|youngest|eldest)\s+(?:get|have|open|own)\s+(?:a|an|their|his|her)\s+(?:own\s+)?(?:bank\s+|debit\s+)?(?:card|account)\b/,
      'minor',
    ],
    // A letter or certificate of what is still owed on a loan ("a letter showing my outstanding loan balance",
    // "proof of how much I still owe on the mortgage"): the loan's balance, not proof of money held.
    [
      /\b(?:letter|certificate|proof|statement|document|confirmation|paperwork)\b[^.?!]{0,40}\b(?:(?:loan|mortgage)\b[^.?!]{0,20}\b(?:balance|owe|owed|owing|outstanding|left|remaining)|(?:owe|owed|owing|outstanding|left to pay|remaining)\b[^.?!]{0,25}\b(?:loan|mortgage))\b|\b(?:loan|mortgage)\s+(?:balance|redemption|settlement)\s+(?:letter|certificate|statement|confirmation)\b/,
      'loan_owed',
    ],
    // Someone who says they are the bank ("a guy says he's from your bank").
    [
      /\b(?:says?|said|saying|claims?|claimed|claiming)\s+(?:(?:he|she|they|it)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)?\s+)?(?:from|with|calling from|working for|works for)\s+(?:your|the|my)\s+bank\b/,
      'fraud',
    ],
    // Paying part of a card bill ("paid 10% of my credit card bill"): the minimum payment.
    [
      /\b(?:paid|pay|paying|repaid|repay)\s+(?:only\s+|just\s+)?(?:\d{1,2}\s*(?:%|percent)|part|half|a bit|a little|some)\s+of\s+(?:my|the|this month's|this months)?\s*(?:credit card|card|bill|statement|balance)/,
      'minimum_payment',
    ],
    // "Do you have a branch in Guangzhou", "any of your offices in my town": where a branch is.
    [
      /\b(?:have|got|is there|are there|any)\s+(?:a|an|any)?\s*(?:of your\s+)?(?:branch|branches|office|offices)\s+(?:in|at|near)\b|\bwhere i live\b/,
      'location',
    ],
    // Something happening to the bank itself (not to a bank account or card): the bank failing.
    [
      /\bhappen(?:s|ed|ing)?\s+to\s+(?:the|your|this|you)\s+bank\b(?!\s+(?:account|card|book))/,
      'deposit_insurance',
    ],
    // How much can be taken out, spent or sent in a day: a limit ("pull out per day", "send in one day"; not
    // interest per day).
    [
      /\b(?:take out|withdraw|pull out|get out|spend|transfer|send|pay out)\b[^.?!]{0,25}\b(?:per|a|each|every|one|in 1) day\b/,
      'limit',
    ],
    // A card or payment refused ("my card got declined", "declined at the petrol station", "payment rejected",
    // "a purchase at the mall got rejected",
    // "my card cannot use in the supermarket"); not an application turned down ("my credit card application was
    // declined").
    [
      /\b(?:card|payment|transaction|purchase)s?\s+(?:(?:at|in)\s+(?:the|a)\s+\w+\s+)?(?:(?:was|got|gets|is|has been|keeps getting|keeps being)\s+)?(?:declined|refused|rejected)\b|\bdeclined\s+(?:at|in|on)\s+(?:the|a|my)\b|\b(?:cannot|can't|cant|can not|unable to|couldn't|couldnt)\s+(?:use|pay with)\s+(?:my|the|this)\s+(?:\w+\s+)?card\b|\bcard\s+(?:cannot|can't|cant|can not|couldn't|couldnt)\s+(?:be\s+)?(?:used?|pay)\b/,
      'declined',
    ],
    // A card payment that bounces ("card payment bounces", "my card keeps bouncing"): declined, not a transfer.
    [
      /\bcard\s+(?:(?:payment|purchase|transaction)s?\s+)?(?:keeps?\s+|kept\s+)?bounc(?:e|es|ed|ing)\b/,
      'declined',
    ],
    // Getting rid of an account or a card itself (not of a fee or a setting on it) is closing it.
    [
      /\bget(?:ting)?\s+rid\s+of\s+(?:(?:the|my|this|that|one|an?|old|second|extra|other|unused|spare|savings|current|bank|debit|credit|joint)\s+)*(?:e-?account|account|card)s?\b/,
      'close_account',
    ],
    // Shutting a card or an account (down) is closing it ("shut down my debit card account").
    [
      /\bshut(?:ting)?\s+(?:down\s+)?(?:(?:my|the|this|that|our|old|bank|savings|debit|credit|joint)\s+){0,3}(?:card\s+)?(?:e-?account|account|card)s?\b/,
      'close_account',
    ],
    // Going over a credit limit (spending past it) is what the overdraft article answers, not raising it.
    [
      /\b(?:go|goes|going|went|be|spend|spending|used)\s+over\s+(?:my|the|their|its|your)\s+(?:credit\s+card\s+|card\s+|credit\s+)?limit\b/,
      'overdraft',
    ],
    // Standing in a branch and asking where a machine or counter is: the branch's own layout.
    [
      /\b(?:i['’]?m|i am|we['’]?re|already|currently)\s+(?:standing\s+|sitting\s+|now\s+|right now\s+)?(?:in|at|inside)\s+(?:the|a|your)\s+(?:branch|bank|lobby)\b/,
      'location',
    ],
    // Getting one's first or a new credit card is applying for one (not getting the card's statement), also
    // said without the article ("I am student, can I get credit card"), unless what follows is the card's own.
    [
      /\b(?:get|getting|want|need|apply for|applying for|sign up for|signing up for)\s+(?:(?:a|an|my first|a first|a new|one of your|one of those)\s+credit cards?\b|credit cards?\b(?!\s+(?:statements?|bills?|balance|payments?|repayments?|limits?|debts?|interest|numbers?|pin|points|fees?|annual|cash|due|minimum|instal?lments?|details|info|account|transactions?|charges?|refunds?)\b))/,
      'card_application',
    ],
    // Spending now and paying later is an overdraft, but a card for it is a credit card, and getting one is
    // applying for one ("can I get one of those spend-now-pay-later cards").
    [/\bspend(?:\s+|-)now(?:\s+|-)(?:and(?:\s+|-))?pay(?:\s+|-)later\b(?![\s-]+cards?\b)/, 'overdraft'],
    // Paying now and settling later when the balance falls short ("pay now and settle up later", "my debit card
    // doesn't cover it"): an overdraft.
    [
      /\bpay\s+now\b[^.?!]{0,12}\b(?:settle|pay|square)\s+(?:up\s+|it\s+)?later\b|\b(?:balance|account|card)\s+(?:does not|doesn't|doesnt|will not|won't|wont|can not|cannot|can't|cant)\s+cover\b/,
      'overdraft',
    ],
    // How many days after the statement a card bill must be paid ("how many days after the bill comes out";
    // "due 20 days after the statement date").
    [
      /\bhow (?:(?:many|much) (?:days|time)|long)\b[^.?!]{0,6}\bafter (?:the |my )?(?:bill|statement)\b|\b\d+ days after the (?:new )?statement\b/,
      'days_to_pay',
    ],
    // Buying a currency named ("buy dollars from you", "buying some euros"): exchanging money.
    [
      /\bbuy(?:ing)?\s+(?:some\s+)?(?:us\s+)?(?:dollars|euros|pounds|yen|usd|eur|gbp|hkd|foreign currency)\b/,
      'exchange',
    ],
    // A card's yearly fee paid with its reward points ("do points count towards the fee"): the annual fee.
    [
      /\bfee\b[^.?!]{0,60}\bpoints?\b[^.?!]{0,30}\b(?:towards?|pay|paying|cover|covering|offset)\b|\bpoints?\b[^.?!]{0,30}\b(?:towards?|to pay|pay for|paying|cover|covering|offset)\b[^.?!]{0,20}\bfee\b/,
      'annual_fee',
    ],
    [
      /\b(?:get|getting|want|need|apply for|sign up for)\s+(?:one of those\s+|one of your\s+|a\s+)?(?:spend|buy)[\s-]+now[\s-]+pay[\s-]+later[\s-]+cards?\b/,
      'card_application',
    ],
    // A paper order to pay described ("a paper payment slip I take to the bank to get the money"): a cheque.
    [/\bpaper\s+(?:payment\s+)?(?:slip|order|voucher)s?\b/, 'cheque'],
    // Money taken for keeping little in the account ("take money off me for keeping so little"): a fee.
    [
      /\b(?:take|taking|took|charge|charging)\s+(?:money|anything|something)\s+off\s+(?:me|my account)\b/,
      'fee',
    ],
    // Money that earns more at the end of a term ("how much extra do I get at the end"): interest.
    [/\bhow much (?:extra|more money)\b[^.?!]{0,20}\b(?:get|earn|make)\b/, 'interest'],
    // What a sum earns ("how much interest will I get", "how much extra do I earn"), not what a loan or a card
    // costs in interest, nor how interest is worked out when a deposit is broken.
    [
      /\bhow much (?:extra|more money|interest)\b[^.?!]{0,30}\b(?:get|earn|make|receive)\b/,
      'interest_earned',
    ],
    // Cash, then putting it in the bank ("a stack of cash at home, can I put it in the bank") or all of it in
    // the machine ("cash from selling my car, can I put it all in the machine"): a deposit.
    [
      /\bcash\b[^.?!]{0,40}\bput\s+(?:it|them|this|that|all of it)(?:\s+all)?\s+(?:in|into)\s+(?:the|a|my|your)\s+(?:bank|account|machine|atm|cash machine)\b/,
      'cash_deposit',
    ],
    // Spending more than the account holds and paying it back later: an overdraft.
    [
      /\b(?:spend|pay|take out|withdraw|costs?)\s+(?:a bit\s+|a little\s+|slightly\s+)?more than\s+(?:what'?s|what is|what i have|there is|i have)\s+(?:in|on)\b/,
      'overdraft',
    ],
    // The central bank's record of one's borrowing ("my record at the central bank"): the credit report.
    [
      /\brecords?\s+(?:at|with|from|held by)\s+the\s+central\s+bank\b|\bcentral\s+bank(?:'s)?\s+records?\b/,
      'credit_history',
    ],
    // A card's reward described: what the card's "thing" can be swapped or traded for.
    [/\b(?:credit card|card)\b[^.?!]{0,60}\b(?:swap|trade)\s+(?:it|them)\s+(?:in\s+)?for\b/, 'points'],
    // What card spending has earned ("how much I've earned from all the shopping"): reward points.
    [
      /\bearn(?:ed|t|ing)?\s+(?:from|on|with)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:shopping|spending|purchases|card)\b/,
      'points',
    ],
    // Paying only the minimum ("pay the minimum", "paying just the minimum"), said in one breath.
    [/\bpay(?:s|ing|ed)?\s+(?:only\s+|just\s+)?(?:the\s+)?minimum\b/, 'minimum_payment'],
    // Foreign or local money taken out of a machine ("get yen out of a machine in Tokyo"): a cash withdrawal.
    [
      /\b(?:get|getting|take|taking|draw|drawing|pull|pulling)\s+(?:some\s+)?(?:yen|euros?|dollars|baht|won|pounds|ringgit|local\s+(?:cash|currency|money))\s+out\b/,
      'cash_withdrawal',
    ],
    // The card's payment day and moving it ("the day I must pay my credit card … move it to later").
    [
      /\b(?:due date|payment date|repayment date|statement date|billing date|day i (?:must|have to|need to) pay|(?:is|are) due)\b[^.?!]{0,60}\b(?:chang|mov|shift|push|switch|adjust)\w*|\b(?:chang|mov|shift|push|switch|adjust)\w*[^.?!]{0,30}\b(?:due date|payment date|repayment date|statement date|billing date)\b/,
      'due_date_change',
    ],
    // The day a statement or card bill comes out, asked as which day ("which day my credit card bill comes out").
    [
      /\b(?:which|what) (?:day|date)\b[^.?!]{0,40}\b(?:statements?|(?:credit )?card bills?|bills? (?:comes?|gets?|is|are) (?:out|generated|issued|due))\b/,
      'due_date',
    ],
    // Changing which day the statement or bill comes ("change which day my bill comes out").
    [
      /\b(?:chang|mov|shift|push|switch|adjust)\w*[^.?!]{0,30}\b(?:which|what) (?:day|date)\b[^.?!]{0,40}\b(?:statements?|bills?)\b/,
      'due_date_change',
    ],
    // A card taken by a machine, said in the passive ("my card got eaten by the cash machine").
    [
      /\bcards?\s+(?:got|gets|was|were|has been|had been|is|been)\s+(?:eaten|swallowed|kept|retained|captured|grabbed|confiscated|sucked in)\b/,
      'card_retained',
    ],
    // Paying something every year for a debit card ("a gold debit card … do I pay anything yearly for it").
    [
      /\bdebit cards?\b.{0,80}?\b(?:pay|paying|charged?|charging|cost|costs)\s+(?:\w+\s+){0,2}(?:yearly|annually|every year|each year|per year|a year)\b/,
      'debit_card_fee',
    ],
    // A card that lets one spend too little: its limit.
    [/\b(?:lets?|allows?)\s+me\s+(?:to\s+)?spend\s+(?:too|so|very)\s+little\b/, 'limit'],
    // Paying cash in ("put a big pile of cash in", "pay 80k cash into my account"), not taking it out.
    [
      /\b(?:put|putting)\s+(?:\S+\s+){0,5}?cash\s+(?:in|into)\b|\b(?:pay|paying)\s+(?:\S+\s+){0,5}?cash\s+into\b/,
      'cash_deposit',
    ],
    // Depositing or bringing in a sum of tens of thousands in cash ("deposit 300k cash at the counter", "bringing
    // in 300k in notes"), not taking it out.
    [
      /\b(?:deposit|depositing|deposited|bring\s+in|bringing\s+in|brought\s+in)\s+(?:¥|rmb\s*)?(?:\d{5,}|\d+(?:\.\d+)?k|\d+\s*(?:thousand|grand))\s*(?:yuan|rmb|kuai)?\s+(?:(?:of|in)\s+)?(?:cash|notes|banknotes)\b/,
      'cash_deposit',
    ],
    // Taking a sum of tens of thousands out in cash ("take out 100k in cash", "withdraw 60000 cash"): a large
    // cash withdrawal, which the branch needs notice of.
    [
      /\b(?:take|taking|took|get|getting|pull|pulling|draw)\s+out\s+(?:¥|rmb\s*)?(?:\d{5,}|\d+(?:\.\d+)?k|\d+\s*(?:thousand|grand))\s*(?:yuan|rmb|kuai)?\s+(?:in\s+)?cash\b|\bwithdraw(?:ing|al of)?\s+(?:¥|rmb\s*)?(?:\d{5,}|\d+(?:\.\d+)?k|\d+\s*(?:thousand|grand))\s*(?:yuan|rmb|kuai)?\s+(?:in\s+)?cash\b/,
      'large_cash',
    ],
    // Needing a sum of tens of thousands in cash ("need 80k cash by monday", "need 100,000 in notes"): it is to be
    // taken out.
    [
      /\b(?:need|needs|needed|needing)\s+(?:to have\s+)?(?:¥|rmb\s*)?(?:\d{5,}|\d+(?:\.\d+)?k|\d+\s*(?:thousand|grand))\s*(?:yuan|rmb|kuai)?\s+(?:in\s+)?(?:cash|notes|banknotes)\b/,
      'large_cash',
    ],
    // Someone of another nationality ("Indian national", "a Korean citizen"): a foreigner (not a Chinese one).
    [/\b(?!chinese\b)[a-z]+(?:an|ese|ish|ch|i)\s+(?:national|citizen|passport holder)s?\b/, 'foreigner'],
    // The United States as "the US" / "the U.S." ("us" alone is the pronoun) or "the States" (not "the statement").
    [/\bthe u\.?s\.?a?(?![a-z])|\bthe states\b|\bstateside\b/, 'cross_border'],
    [
      /\b(?:\d|one|two|three|a few|few|a couple of)\s+days?\s+(?:late|overdue|after the due date)\b/,
      'grace_period',
    ],
    // Buying a home and a loan close together (buying a flat, how do I get a loan; a loan for my house): a
    // mortgage. Buying a home alone is not (sending or withdrawing money for a house).
    [
      /\b(?:buy|buying|bought)\s+(?:(?:a|an|the|my|our|new)\s+)*(?:flat|house|apartment|home)\b[^.;!?]{0,40}\bloans?\b|\b(?:buy|buying)\s+(?:a|an|the|my|our)\s+first\s+(?:flat|house|apartment|home)\b|\bloans?\s+(?:for|to buy)\s+(?:(?:a|an|the|my|our|new)\s+)*(?:flat|house|apartment|home)\b/,
      'mortgage',
    ],
    // "how much is a new one", "how much for a replacement": the price of a new card.
    [/\bhow much\b[^?.!]{0,20}\b(?:new one|new card|another one|another card|replacement)\b/, 'fee'],
    // "how many yuan for one euro", "per dollar": the exchange rate.
    [
      /\bhow (?:many|much) (?:rmb|yuan|cny|renminbi)\b|\b(?:for|per|to) (?:one|1|a) (?:us )?(?:dollar|euro|pound|yen|usd|eur|gbp|hkd)\b/,
      'exchange_rate',
    ],
    // A freeze told as a noun ("a freeze on my account from the police"): not the customer's own request to freeze
    // (matched loosely, "freeze my account" would be one).
    [
      /\b(?:a|the)\s+freeze\s+on\s+(?:my|the|our|his|her|their)\s+(?:bank\s+|savings\s+|debit\s+)?accounts?\b/,
      'restricted',
    ],
    // What a card bill comes to ("my credit card bill amount", "how much is my credit card bill").
    [
      /\b(?:bill|statement)\s+amount\b|\bamount\s+(?:of|on)\s+(?:my|the|this month's|this months)\s+(?:credit card\s+|card\s+)?(?:bill|statement)\b|\bhow much is my (?:credit card\s+|card\s+)?bill\b/,
      'statement_amount',
    ],
    // Identity checks paused after wrong codes ("my verification is paused after too many wrong codes"): the
    // lock-out the password article explains, not a code that never came.
    [
      /\b(?:verification|verifying|identity checks?|id checks?)\s+(?:is\s+|are\s+|was\s+|were\s+|got\s+|has been\s+|have been\s+)?(?:paused|suspended|on hold|blocked)\b|\bpause[sd]?\s+(?:the\s+|my\s+)?(?:identity\s+|id\s+)?(?:checks?|verification)\b|\btoo many wrong\s+(?:codes|pins|passwords|attempts|tries|entries)\b/,
      'wrong_attempts',
    ],
    // Whether someone is too old or young for something ("am I too old to get one of your credit cards", "is
    // there an age limit"): the age a product's rules allow.
    [
      /\btoo (?:old|young)\b|\bage (?:limit|restriction|requirement|cap)s?\b|\b(?:maximum|minimum|upper|lower) age\b|\baged \d{2} to \d{2}\b/,
      'age_limit',
    ],
    // Charged one sum for a bill of another ("charged 350 but the bill was 250", "billed 95 instead of 59"): a
    // payment to dispute.
    [
      /\b(?:charged|billed)\s+(?:me\s+|us\s+)?(?:¥|\$|rmb\s*)?\d[\d,.]*\s*(?:yuan|rmb|kuai)?\s+instead of\s+(?:¥|\$|rmb\s*)?\d/,
      'dispute',
    ],
    [
      /\bcharged\s+(?:me\s+)?(?:¥|\$|rmb\s*)?\d[\d,.]*\b[^.?!]{0,50}\b(?:bill|receipt|price|price tag|menu|meter|total|tab)\s+(?:was|said|says|showed|is|came to)\s+(?:only\s+|just\s+)?(?:¥|\$|rmb\s*)?\d/,
      'dispute',
    ],
    // A shortfall ("im 200 short on my card", "a bit short for the rent"): more wanted than the balance holds.
    [
      /\b(?:\d[\d,.]*k?|a bit|a little|slightly|a few hundred)\s+(?:yuan\s+|rmb\s+|kuai\s+|quid\s+|dollars\s+)?short\s+(?:on|for|in)\b/,
      'overdraft',
    ],
    // Returns promised by a stranger ("promises 20% a month"): the mark of an investment scam.
    [
      /\bpromis(?:e|es|ed|ing)\s+(?:me\s+|us\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent\b)|(?:huge|big|high|guaranteed|easy|double)\b)/,
      'fraud',
    ],
    // A fee for using a card in a foreign place ("a fee when i use my visa in the states").
    [
      new RegExp(
        `\\b(?:fees?|charges?|commission)\\b[^.?!]{0,40}\\b(?:use|using|pay with|paying with|spend with|swipe|swiping)\\b[^.?!]{0,40}\\bcards?\\b[^.?!]{0,15}\\b(?:in|at|over in|while in)\\s+(?:${ABROAD_PLACES}|the states|stateside)\\b`,
      ),
      'foreign_payment_fee',
    ],
    // A purchase or statement put on a plan of so many months ("a 24 month plan", "pay it in 6 instalments"): an
    // instalment plan. Not "instalment" alone: a loan's monthly instalment (EMI) is no card instalment plan.
    [
      /\b(?:in|into)\s+(?:\d+\s+|monthly\s+|equal\s+)?instal{1,2}ments\b|\binstal{1,2}ment\s+plan\b|\b\d+[\s-]*months?\s+(?:payment\s+|repayment\s+)?plan\b/,
      'installment',
    ],
    // The UK's "cash point" as two words, by pattern: as a phrase its words would also match loosely ("cash out
    // … points").
    [/\bcash points?\b/, 'atm'],
    // A buy-now-pay-later split in a few parts, named by an app or its slogan ("Afterpay", "pay in 4"): a plan.
    [
      /\b(?:afterpay|klarna|clearpay)\b|\bpay(?:\s+|-)in(?:\s+|-)(?:[2-6]|two|three|four|six)\b(?![\s-]*(?:days?|weeks?|hours?|minutes?|working|business)\b)/,
      'installment',
    ],
    // An account or card one no longer needs and wants gone ("the e-account … can i get rid of it").
    [
      /\b(?:accounts?|cards?)\b(?:(?!\b(?:fees?|charges?|alerts?|limits?|settings?|features?|services?|messages?)\b)[^?!]){0,80}\b(?:get(?:ting)?\s+rid\s+of\s+(?:it|them)|(?:don'?t|do not|no longer)\s+need\s+(?:it|them)\s+any\s?more)\b/,
      'close_account',
    ],
    // Paying cash in at a machine ("the cash machine spat back my notes when I tried to deposit").
    [
      /\b(?:atms?|cash machines?|cashpoints?|machines?)\b[^.?!]{0,60}\bdeposit(?:s|ing|ed)?\b(?!\s+(?:box|insurance|rates?|certificate|account))|\bdeposit(?:ing|ed)?\s+(?:cash|notes|money)\s+(?:at|in|into)\s+(?:the|a|an)\s+(?:atm|cash machine|machine)\b/,
      'cash_deposit',
    ],
    // Cash put into a machine without the word deposit ("tried to put 60k cash in at the ATM", "fed 30k into the
    // cash machine"): paying it in, not taking it out.
    [
      /\b(?:put|putting|puts|pay|paying|paid|feed|feeding|fed|stick|sticking|stuck|load|loading|loaded)\b[^.?!]{0,25}\b(?:cash|notes|banknotes|bills|money|\d+(?:\.\d+)?k|\d{3,})\b[^.?!]{0,10}\b(?:in|into)\b[^.?!]{0,20}\b(?:atms?|cash machines?|cashpoints?|machines?|deposit machines?)\b/,
      'cash_deposit',
    ],
    // Paying a large sum in in cash ("pay in around 300,000 yuan in cash").
    [
      /\bpay(?:ing)?\s+in\s+(?:around\s+|about\s+|roughly\s+|over\s+|nearly\s+|almost\s+|some\s+)?(?:¥|rmb\s*)?(?:\d{5,}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?k|\d+\s*(?:thousand|grand))\s*(?:yuan|rmb|kuai)?\s+(?:in\s+)?cash\b/,
      'cash_deposit',
    ],
    // The day a card payment is due, then moving it in the next breath ("due on the 12th. Can I shift that?").
    [
      /\b(?:is|are|falls?)\s+due\s+on\b[^?!]{0,60}\b(?:chang|mov|shift|push|switch|adjust)\w*/,
      'due_date_change',
    ],
    // The app moved to a new phone ("upgraded my phone", "move my banking app across to the new one"); not a new
    // phone alone, which may be where logging in fails.
    [
      /\bupgrad\w*\s+(?:my\s+)?(?:phone|handset|mobile)\b(?!\s+(?:number|no|bill|credit|plan))|\b(?:replacement|new)\s+handset\b|\breplacement\s+(?:phone|mobile)\b(?!\s+(?:number|no|bill|plan))|\b(?:mov|transferr?|carry|bring)\w*\s+(?:my\s+|the\s+)?(?:mobile\s+)?(?:banking\s+|bank\s+)?app\s+(?:across\s+|over\s+)?(?:to|onto)\s+(?:the|my|a)\s+new\b/,
      'device',
    ],
    // Texts about money moving ("stopped getting texts when money comes in"): transaction alerts.
    [
      /\b(?:texts?|sms|messages?|notifications?|alerts?)\s+(?:when|whenever|every time|each time)\s+(?:money|a payment|payments|funds|my salary|something)\b/,
      'transaction_alert',
    ],
    // Which branch holds the account or the card ("which sub-branch my account is at", "which office my card was
    // opened at"): the account's home branch, asked for its details, not where a branch is.
    [
      /\b(?:which|what)\s+(?:sub[\s-]?)?(?:branch|office)\b[^.?!]{0,25}\b(?:account|card)\b|\b(?:account|card)\s+(?:is|was)\s+(?:held|opened|registered)\s+(?:at|in|with)\b/,
      'bank_code',
    ],
    // A card purchase said to have failed while the card was charged anyway ("the site said payment failed but
    // the money came off my card"): a payment to dispute, not a transfer that failed.
    [
      /\b(?:payment|purchase|order|checkout|transaction)\s+(?:had\s+|has\s+)?(?:failed|didn'?t go through|did not go through|was unsuccessful|was declined)\b[^?!]{0,50}\b(?:but|yet|still|anyway)\b[^?!]{0,50}\b(?:off|from|on|to)\s+my\s+(?:credit\s+|debit\s+)?card\b/,
      'dispute',
    ],
    // An old parent's age given ("my mum is 75", "dad's 82"): an elderly customer, often helped by their child.
    [
      /\b(?:mum|mom|mother|dad|father|parents?|grandma|grandpa|nan|gran)(?:'s|’s|\s+is|\s+are)\s+(?:almost\s+|nearly\s+|over\s+)?(?:[6-9]\d|1[01]\d)\b(?!\s*(?:yuan|rmb|k\b|%|dollars|thousand|grand))/,
      'elderly',
    ],
    // Cash, then bringing it in, paying it in or paying it into an account ("300k in cash … before bringing it in to
    // pay into my account", "80,000 in cash, what do I need to pay it in"): a deposit, not a withdrawal.
    [
      /\bcash\b[^?!]{0,80}\b(?:bring|bringing|brought|carry|carrying|pay|paying)\s+(?:it|them|this|that|the cash|the money)\s+in\b|\bcash\b[^?!]{0,80}\b(?:pay|paying|put|putting)\s+(?:it\s+|them\s+)?into\s+(?:my|the|an?|our)\s+(?:\w+\s+)?account\b/,
      'cash_deposit',
    ],
    // A card past its date said without "expire" ("my card is out of date", "the card ran out last week", "its
    // valid-thru date is the end of the month"), as "expired" is found by its own word; not an ID card, and not a
    // card's points or an offer that run out.
    [
      /(?<!\b(?:id|identity)\s)\bcards?\b(?:(?!points?|miles|offers?|vouchers?|coupons?)[^.?!]){0,20}?\b(?:out of date|out-of-date|past its (?:\w+\s+)?date|ran out|runs out|run out|running out)\b|\bout(?:\s+of|-of)[\s-]date\s+(?!id\b|identity\b)(?:\w+\s+)?cards?\b|\bvalid[\s-]?thru\b/,
      'card_expiry',
    ],
    // Telling the bank before a trip ("do I need to tell you I'm travelling", "let you know before I go abroad", "a
    // travel notice"): the card abroad.
    [
      /\b(?:tell|telling|let|letting|notify|notifying|inform|informing|warn|warning|advise)\s+(?:you|you guys|the bank|my bank|your bank|sandbox bank)\b[^.?!]{0,30}?\b(?:travel\w*|abroad|overseas|trip|holiday|vacation)\b|\btravel\s+(?:notice|notification|alert|flag)s?\b|\b(?:travel\w*|trip|holiday|vacation)\b[^.?!]{0,30}\b(?:tell you|let you know|notify you|inform you|tell the bank|notify the bank|inform the bank|let the bank know)\b/,
      'travel_notice',
    ],
    // A freeze or block put on one's own card ("a temporary block on my card", "put a lock on my debit card").
    [/\b(?:block|lock|freeze)\s+on\s+(?:my|the|our|this|that)\s+(?:\w+\s+)?cards?\b/, 'card_freeze'],
    // Paying in a lot of cash told by its size, not its figure ("paying in a big pile of cash", "pay in loads of
    // notes"); not paying with cash ("pay in cash").
    [
      /\bpay(?:s|ing)?\s+in\s+(?:a\s+|an\s+|some\s+)?(?:(?:big|large|huge|massive|hefty|fair|good|whole|lot|lots|loads|pile|piles|stack|stacks|wad|wads|bundle|bunch|load|heap|heaps|amount|sum|chunk|bag|of)\s+)+(?:cash|notes|banknotes)\b/,
      'cash_deposit',
    ],
    // The bank's risk check asking what money is for ("confirm the purpose of my funds"): an account held back.
    [
      /\b(?:verify|confirm|explain|declare)\s+(?:the\s+|my\s+)?(?:purpose|use)\s+of\s+(?:the\s+|my\s+|these\s+)?(?:funds|money|payments?|transfers?|transactions?)\b/,
      'restricted',
    ],
    // Opening hours, unless something is being opened or closed (open an account, close my card).
    [
      /\b(?:open|opens|opening|close|closes|closing|closed)\b(?!\s+(?:(?:a|an|one|my|his|her|our|their|the|this|that|own|new|another|joint|bank|savings|personal|e-cny|ecny|credit|debit|wallet)\s+)*(?:account|accounts|wallet|wallets|card|cards|cd|cds|deposit|deposits|one|it|them)\b)/,
      'hours',
    ],
    // Everyday and other countries' names of bank things, and matters told by their effect.
    ...EVERYDAY_ENGLISH_PATTERNS,
  ],
};

/** Groups with the phrases of `extra` added to those of the same concept (or as new concepts). */
function withPhrases(groups: SynonymGroups, extra: SynonymGroups): SynonymGroups {
  const out: Record<string, readonly string[]> = { ...groups };
  for (const [concept, phrases] of Object.entries(extra))
    out[concept] = [...(out[concept] ?? []), ...phrases];
  return out;
}

export const SYNONYMS: Readonly<Record<Locale, SynonymGroups>> = {
  'zh-CN': ZH,
  en: withPhrases(EN, EVERYDAY_ENGLISH_GROUPS),
};

/**
 * Concepts a customer may name only to set them aside ("I'm not paying early, just the next instalment", 不是提前
 * 还款): such a concept counts only when the text still names it with its negated clauses (`NEGATED_CLAUSE`) left out.
 */
export const NEGATABLE_CONCEPTS: ReadonlySet<string> = new Set(['prepay']);

/**
 * A clause that says what the customer is not doing, up to the next punctuation: English "not"/"never" opening a
 * sentence or after a form of "be" ("not paying early", "I'm not clearing it"), not a question about what one
 * cannot do ("why can't I pay it off early"); Mandarin 不是/并非, not 是不是 (a yes-no question).
 */
export const NEGATED_CLAUSE: Readonly<Record<Locale, RegExp>> = {
  'zh-CN': /(?<!是)(?:不是|并非)[^，。；！？,.;!?]*/g,
  en: /(?:^|(?<=[,.;!?])|\b(?:am|is|are|was|were|i['’]?m|it['’]?s|that['’]?s)\b)\s*(?:not|never)\b[^,.;!?]*/g,
};

/**
 * English shorthand customers type in chat, read as the words they stand for before anything else (so
 * "cc annual fee" is "credit card annual fee" and "acct inactive 2 yrs" is "account inactive 2 years").
 * Only forms that mean one thing in a bank chat: not "min" (minimum or minutes), not "mo".
 */
export const ENGLISH_SHORTHAND: Readonly<Record<string, string>> = {
  acct: 'account',
  accnt: 'account',
  acc: 'account',
  docs: 'documents',
  txn: 'transaction',
  txns: 'transactions',
  trx: 'transaction',
  amt: 'amount',
  bal: 'balance',
  intl: 'international',
  cc: 'credit card',
  pts: 'points',
  emi: 'monthly instalment',
  emis: 'monthly instalments',
  q: 'question',
  qs: 'questions',
  fd: 'fixed deposit',
  fds: 'fixed deposits',
  yr: 'year',
  yrs: 'years',
  mth: 'month',
  mths: 'months',
  hr: 'hour',
  hrs: 'hours',
  mins: 'minutes',
  wk: 'week',
  wks: 'weeks',
  sat: 'saturday',
  sun: 'sunday',
  tmr: 'tomorrow',
  tmrw: 'tomorrow',
  govt: 'government',
  pwd: 'password',
  pw: 'password',
  u: 'you',
  ur: 'your',
  r: 'are',
  wat: 'what',
  wht: 'what',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  b4: 'before',
  uni: 'university',
  biz: 'business',
  // Chat spellings of everyday words around a bank matter.
  txt: 'text',
  txts: 'texts',
  msg: 'message',
  msgs: 'messages',
  notif: 'notification',
  notifs: 'notifications',
  evry: 'every',
  cust: 'customer',
  pmt: 'payment',
  pymt: 'payment',
  pmts: 'payments',
  xfer: 'transfer',
  xfers: 'transfers',
  addr: 'address',
  appt: 'appointment',
  stmt: 'statement',
  stmts: 'statements',
  chq: 'cheque',
  chqs: 'cheques',
  abt: 'about',
  rcvd: 'received',
  recd: 'received',
  ph: 'phone',
  mob: 'mobile',
  tel: 'telephone',
  // A card named by what it is made of ("the new plastic"), and Singapore's passive "kena" ("kena rejected").
  plastic: 'card',
  kena: 'got',
  // Chat spellings of "through" and "twice" ("didnt go thru", "billed 2x"), and Hinglish for "how much" ("FD
  // kitna interest").
  thru: 'through',
  '2x': 'twice',
  kitna: 'how much',
  kitni: 'how much',
};

/**
 * Chat shorthand of two words (ph no, tel no., acct no, a/c no): a number written as "no", read as number
 * before anything else, so "ph no" asks for a phone number and keeps no "no" that could read as a refusal.
 */
export const ENGLISH_SHORTHAND_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(ph|phone|tel|telephone|mob|mobile|contact|acct|acc|account|a\/c|card|ref|reference|policy|id)\.?\s*no\b\.?/gi,
    '$1 number',
  ],
  [/\b(ph|phone|tel|mob|mobile|contact|acct|acc|account|card|ref)\s*#/gi, '$1 number'],
];

/**
 * Latin shorthand customers type inside Mandarin: pinyin initials of bank words (xyk 信用卡, yhk 银行卡, zfb
 * 支付宝, yzm 验证码, szrmb 数字人民币) and w/k after a figure for 万/千 (30w 现金, 取5k). Read as the Mandarin
 * words they stand for before anything else, so they reach the same terms, concepts and `mentions` gates.
 * Only whole Latin words of a text that holds Han characters, and only initials that mean one thing in a bank
 * chat (not dk, which is 贷款 or 打卡, nor mm).
 */
export const MANDARIN_LATIN_SHORTHAND: Readonly<Record<string, string>> = {
  xyk: '信用卡',
  yhk: '银行卡',
  cxk: '储蓄卡',
  jjk: '借记卡',
  zfb: '支付宝',
  wx: '微信',
  vx: '微信',
  yzm: '验证码',
  sfz: '身份证',
  szrmb: '数字人民币',
  shzh: '数字人民币',
};
