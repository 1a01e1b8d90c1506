/**
 * Bank things a Mandarin-speaking customer calls by a nickname, a foreign name or a description of how they
 * look or work, because they do not know (or do not use) the bank's word: 美刀 for 美元, 回乡证 for the Hong
 * Kong and Macao residents' permit, a green little book (绿皮的小本本) for a passbook, a book of slips one fills
 * in and tears off for a chequebook, a small iron cabinet in the vault for a safe deposit box, the dates
 * printed on the card for its validity, a card's "membership fee" for its annual fee, the phone's ping when
 * money moves for a transaction alert, a phone about to be cut off "topped up" with money, an annuity "thing"
 * for an annuity policy, the person on the screen for the digital assistant; or by what it does (a card spent
 * on first and paid back later, money borrowed from the bank, the state's monthly money after retiring, hard
 * money and paper money). Each is read as the bank word before retrieval, so the word the articles use
 * matches whichever name the customer picked.
 *
 * Applied to normalised text (lower case, 帐 as 账), question and article alike. Each rule needs the words
 * that make the bank thing certain (回乡证 is only ever the permit; 会员费 is an annual fee only beside a card;
 * 续点钱 tops up a phone only beside 停机, 手机 or 话费; a temporary raise is a credit line only after 刷), so
 * no other question changes meaning. Text without Han characters is left alone.
 */

/** Digits and Chinese numerals of a spoken sum. */
const NUMBER = '[0-9一二两三四五六七八九十百千万几]';

export const EVERYDAY_NAMES_FOR_BANK_THINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // US dollars by their slang name (换点美刀).
  [/美刀/g, '美元'],
  // The permits residents of Hong Kong, Macao and Taiwan use on the mainland, by their everyday names.
  [/回乡证|回鄉證|回乡卡|台胞证|台胞證/g, '往来内地通行证'],
  // A passbook by its look: a (green, red…) little book (绿皮的小本本, 红色的本子), not any notebook.
  [/(?:[绿红蓝黄](?:色|皮)(?:的)?)(?:小)?本(?:本|子)|小本本/g, '存折'],
  // A chequebook by how it works: amounts written in by hand on slips torn off to pay someone.
  [/(?:自己)?(?:写|填)(?:上|好)?(?:金额|数额|钱数|数字)[^，。？！,.?!]{0,8}?撕(?:下来|下|掉)?/g, '支票'],
  // A safe deposit box by its look: a (small) iron cabinet or box, often in the vault (地下室的小铁柜子).
  [/(?:地下室(?:里)?的?)?(?:小)?铁(?:皮)?(?:柜子|箱子|柜|箱)/g, '保管箱'],
  // The card's validity by the figures printed on it (卡上印的那个月份年份, 卡面写着的年月).
  [
    /(?:印|写|标|刻)(?:着|在)?(?:上)?的?(?:那个|那串|那几个)?(?:月份年份|年份月份|月份和年份|年份和月份|月和年|年和月|年月份|年月)/g,
    '有效期',
  ],
  // A card's yearly "membership fee" (信用卡的会员费) is its annual fee; not a club's or a shop's.
  [/(?<=卡[^。？！?!]{0,12})会员费|会员费(?=[^。？！?!]{0,12}卡)/g, '年费'],
  // Money moving in and out told as such (钱一进一出, 进进出出): what a transaction alert reports.
  [/(?:钱)?(?:一进一出|进进出出)/g, '进出钱'],
  // The phone's ping when money moves (手机叮一下那个提示): a transaction alert.
  [/叮(?:一下|一声|咚|叮)?(?:的|那个|这个)*(?:提示|提醒|通知|短信)/g, '动账提醒'],
  // Putting money on a phone about to be cut off (快停机了，给他续点钱): a mobile top-up.
  [
    new RegExp(
      `(?<=(?:停机|手机|话费)[^。？！?!]{0,16})(?<!手)续(?:点|些|一点|上|${NUMBER}+(?:块|元))?(?:钱|费)`,
      'g',
    ),
    '充话费',
  ],
  // An annuity bought as "a thing" (买了个年金的东西): an annuity insurance policy, not a company pension.
  [/(?<!企业|职业)年金(?!险|保险)(?=的?(?:东西|产品|玩意|那个))/g, '年金险'],
  // Shopping online told as a thing to switch off or on (网上买东西那个关掉): the card's online payments; not a
  // purchase that failed (网上买东西显示支付失败).
  [/(?:网上|线上)(?:买东西|购物)(?=[^，。？！,.?!]{0,6}(?:关|开|功能|权限|停))/g, '网上支付'],
  // A new card in place of one lost or broken, asked for again (重新办一张, 重新补张卡): a replacement card; not
  // a social security card's own reissue (社保卡重新办一张).
  [
    /(?<!(?:社保|医保|社会保障)卡[^，。？！,.?!]{0,6})重新(?:办|弄|补|开)(?:一|个)?张(?:新)?(?:卡)?|(?<!(?:社保|医保|社会保障)卡[^，。？！,.?!]{0,6})重新(?:办|弄|补|开)(?:新)?卡/g,
    '补办一张卡',
  ],
  // A payment not yet seen on the account (退休金还没看到): money that has not arrived.
  [
    /(?<=(?:钱|金|工资|款)[^，。？！,.?!]{0,6})(?:还|也|一直|还是)?(?:没|没有)(?:看到|看见|见到)/g,
    '还没到账',
  ],
  // The seniors' version of the app by what it does: bigger text (字大一点) read aloud (念出来).
  [/(?:字|字体)(?:大|大一点|大点|放大|调大)(?=的|还|一点|点|些|版|吗|不|[，,。？?]|$)/g, '大字版'],
  [/(?:念|读)(?:出来|给[^，。？！,.?!]{1,3}听)/g, '语音播报'],
  // A cash machine called just "the machine" one takes money from (楼下机器上一口气取三万): an ATM.
  [/机器(?=(?:上|里)[^，。？！,.?!]{0,5}取)/g, '取款机'],
  // The bank's own number or site as the "real" or "proper" one (真正的客服号): the official one.
  [/(?:真正|正规)的?(?=客服|号码|电话|热线|官网|网站|app)/g, '官方'],
  // Buying a car said plainly (刚买车, 买了辆二手车) as the contracts and loans name it (购车); not a ticket or a
  // parking space (买车票, 买车位).
  [/买(?:了)?(?:一)?(?:辆|台)?(?:新|二手)?车(?!票|位|险)/g, '购车'],
  // The person speaking on the screen (屏幕上这个说话的小姐姐): the digital assistant itself.
  [
    /(?:屏幕|大屏|显示屏)(?:上|里)?(?:的|这个|那个|这位|那位)*(?:(?:会)?说话的)?(?:小姐姐|小哥哥|姐姐|美女|小姑娘|姑娘|人)/g,
    '智能助手',
  ],
  // A card's spending ceiling raised for a while (能刷的上限临时往上加一点): a temporary credit line.
  [/(?<=刷[^。？！?!]{0,10})临时(?:往上|往高)?(?:加|提|调|涨)高?(?:一点|一些|点|些)?/g, '临时额度提高'],
  // A credit card's limit told as what it lets one spend (信用卡能刷的太少, 只能刷五千): its credit line; not a
  // card that will not go through at all (刷不了).
  [
    new RegExp(
      `(?<=信用卡[^。？！?!]{0,6})(?:能|可以|只能)刷(?:的钱|的)?(?=太少|太低|不够|少|低|${NUMBER})`,
      'g',
    ),
    '额度',
  ],
  // Money coming in and going out of the account (进出账, 出入账, 收支) beside a text or alert: a transaction
  // alert; a record of it pulled out (收支记录, 进出记录): the account's statement (流水).
  [/(?:进出账|出入账|进账出账|收支)(?=[^，。？！,.?!]{0,4}(?:短信|提醒|通知|推送))/g, '动账'],
  [/(?:收支|进出账?|出入账?)(?:的)?(?:记录|明细)/g, '流水'],
  // What savings "breed" (存银行生的那些钱, 钱生的钱): the interest they earn.
  [/(?<=存[^，。？！,.?!]{0,6})生(?:出来)?的(?:那些|那点|这些)?钱/g, '利息'],
  // A policy sold at the counter named by its kind or its insurer (买了个分红的, 盖的是人寿的章): insurance.
  [/(?<=(?:买|推|推荐|卖|办)(?:了)?(?:给我|我)?(?:个|一个|一份|份))分红的(?!理财|基金)/g, '分红险'],
  [/人寿(?!保险|险)/g, '人寿保险'],
  // A visit booked told as the hour agreed (约好几点来, 约个几点): a booked slot, not the branch's opening hours.
  [/约(?:好|定|个)?几点/g, '预约时段'],
  // A credit card told by how it works: spend first, pay back later (先花钱后还的卡, 可以先花钱、下个月再还的卡).
  [
    /(?:可以|能)?先(?:花|用|刷|消费)(?:钱)?[、，,]?(?:下个月|下月|以后|之后|过后|后面)?(?:再|后)还(?:钱|上)?的(?:那种|那张)?卡/g,
    '信用卡',
  ],
  // What a card lets one spend, said to be too little (那张卡能花的钱太少了): its limit; not what it may buy.
  [/(?<=卡[^，。？！?!]{0,4})(?:能|可以|只能)(?:花|刷)的钱(?=太少|太低|不够|少)/g, '额度'],
  // Money borrowed from the bank told as such (跟你们借的钱, 在你们这借5年的钱, 买房借的钱): a loan, a
  // mortgage; not money borrowed from a friend.
  [/买房(?:子)?(?:时|的时候)?(?:跟你们|跟银行|向银行)?借的钱/g, '房贷'],
  [
    new RegExp(
      `(?:跟|向|找|在)(?:你们|银行|贵行)(?:这|这儿|这里|那)?借(?:的|了)?(?:(${NUMBER}+年)的)?钱`,
      'g',
    ),
    '贷款$1',
  ],
  // The state's monthly payment after retiring (退休后国家每个月给的钱): the pension.
  [/退休(?:后|以后|了)?(?:国家|社保)?(?:每个月|每月)?(?:发|给|打)(?:我)?的(?:那笔|那个)?钱/g, '养老金'],
  // The state's scheme of saving a little each year, drawn in old age, that cuts tax: a personal pension.
  [/(?:自己)?每年存(?:点|些|一点|一些)?钱[^。？！?!]{0,10}老了(?:再|才)?(?:取|领|拿)/g, '个人养老金'],
  // What savings gain in a year told as the money "come out extra" (存一年多出来多少, 每年多出来的那一点): the
  // interest; the state wanting its share of it (国家要不要我交钱): tax.
  [/(?<=(?:存|放|定期|到期)[^。？！?!]{0,16})多出来(?:的)?(?:那一点|那点|那些|这些)?(?:钱)?/g, '利息'],
  [/国家(?:要不要|会不会|收不收|会|要)(?:要|收)?(?:我)?(?:交|缴|收|扣)(?:钱|费)/g, '要交税'],
  // Coins and notes by how they feel (硬的钱, 换成纸的).
  [/硬的钱|硬的那种钱/g, '硬币'],
  [/(?<=(?:换|兑)成?)纸的(?:钱)?/g, '纸币'],
  // What a card spent in a month listed on a slip (花了哪些钱的单子): its statement; sent on paper (寄纸的).
  [/(?:花了|花的|消费了?)[^，。？！?!]{0,6}(?:单子|清单)/g, '账单'],
  [/寄纸的/g, '寄纸质'],
  // Money going in and out told word by word (进钱出钱): what a transaction alert reports.
  [/进钱(?:或者|或|和|、)?出钱|出钱(?:或者|或|和|、)?进钱/g, '进出钱'],
  // Wages by their plain name (打工钱 as pay sent in): a salary.
  [/工钱/g, '工资'],
  // The digital yuan told as the state's electronic money (国家出的那种电子钱, 央行的电子钱包).
  [/电子钱(?!包)/g, '数字人民币'],
  [/(?:央行|国家|人民银行)(?:出|发|推)?的(?:那个|那种)?电子钱包/g, '数字人民币钱包'],
  // Paying online told plainly beside a setting (网上付钱的功能): the card's online payments.
  [/(?:网上|线上)付钱(?=[^，。？！,.?!]{0,6}(?:关|开|功能|权限|停))/g, '网上支付'],
  // A policy paid each year that pays out in old age, told as a contract (每年交钱、说老了能领钱的合同).
  [/每年交钱[^。？！?!]{0,10}老了(?:能|可以|再)?领钱的(?:合同|东西|产品)/g, '年金保险合同'],
  // A visit agreed with the bank beforehand (提前跟银行说好哪天几点过去): an appointment; not a trip abroad
  // announced to the bank (提前跟银行打个招呼).
  [
    /(?:提前|先)(?:跟|和|给)(?:银行|你们|网点)(?:说好|约好|讲好)(?:哪天|哪一天|什么时候|明天|后天|周[一二三四五六日天]|星期[一二三四五六日天])?(?:几点)?/g,
    '预约时段',
  ],
  // A branch asked for by its street (在哪条街): its address; a branch called a service hall (营业厅), not a
  // phone company's online one (手机营业厅).
  [/(?:在)?哪条(?:街|路|马路)/g, '地址在哪'],
  [/(?<!手机|网上|掌上|电信|移动|联通)营业厅/g, '网点'],
  // A new card made usable (新卡…怎么让它能用): activated.
  [/(?<=新卡[^。？！?!]{0,20})(?:怎么|如何|要怎么)?让它(?:能用|可以用|用得了|能使用)/g, '激活'],
  // A card locked by its owner on the phone (在手机上把卡先锁住了): frozen by them.
  [/(?<=我[^。？！?!]{0,10})把卡(?:先)?(?:临时)?锁(?:住|上|起来)(?:了)?/g, '把卡冻结了'],
  // A blind customer by the plain word (盲人): the visually impaired, as the service is named.
  [/盲人/g, '视力障碍的人'],
  // Being served ahead of the queue asked as "do mine first" (能不能先给我办): priority service.
  [
    /(?:能不能|可不可以|能否|能|可以)?先(?:给|帮)(?:我|老人|他|她|我们)办(?:理)?(?=[，。？！,.?!吗呢吧]|$)/g,
    '优先办理',
  ],
  // Another bank named as such (另一家银行的卡): a cross-bank transfer's payee.
  [/(?:另一家|另外一家|另一个|别的一家)银行/g, '其他银行'],
  // A passbook by who gave it (银行的本子, 存钱的那个本子): not a notebook of one's own.
  [/(?:银行|存钱|存款)(?:的|给的|发的|开的)(?:那个|那本)?(?:小)?本(?:子|本)/g, '存折'],
  // The mortgage taken off the house once the loan is paid (房子的抵押怎么弄掉, 把抵押撤了): its release.
  [
    /抵押(?:要|得)?(?:怎么|咋|如何|怎样|去哪)?(?:才能)?(?:弄掉|去掉|撤掉|解掉|消掉|拿掉|取消|解除|撤销|撤了|解了)/g,
    '抵押注销',
  ],
  // A day's transfers used up told as "transferred full" (今天转钱转满了): the transfer limit reached.
  [/(?:转(?:钱|账|款)?)?转满(?:了)?/g, '转账额度用完了'],
  // The card terminal abroad asking which currency to pay in (机器问我用人民币还是欧元付): dynamic currency
  // conversion, as the article names the choice; not an exchange of cash.
  [
    /(?:用|选|付|刷)?人民币还是(?:用|选)?(?:欧元|美元|美金|日元|英镑|港币|港元|泰铢|韩元|澳元|加元|当地(?:的)?(?:钱|货币|币))(?:付|支付|结算|扣)?|(?:用|选|付|刷)?(?:欧元|美元|美金|日元|英镑|港币|港元|泰铢|韩元|澳元|加元|当地(?:的)?(?:钱|货币|币))还是(?:用|选)?人民币(?:付|支付|结算|扣)?/g,
    '用人民币还是当地货币结算',
  ],
  // A bank's clearing code by its look (还有一个十二个数字的号码): the 12-digit interbank number; which
  // branch a card belongs to (我卡的哪个银行哪个支行): the branch that opened it.
  [/(?:十二|12)(?:个|位)(?:数字|数)(?:的)?(?:号码|号|编号|代码)?/g, '12位联行号'],
  [
    /(?<=卡[^，。？！,.?!]{0,6})(?:是)?(?:哪个|哪家)(?:银行)?(?:的)?(?:哪个|哪家)?(?:支行|分行|网点)/g,
    '开户支行',
  ],
  // A number found in many places asked which one is real (网上好几个电话，哪个是真的): the official one.
  [/(?<=(?:电话|号码|热线)[^。？！?!]{0,12})哪(?:一)?个(?:才)?是真的/g, '哪个是官方的'],
  // A pension raised (退休金涨钱了) and the back pay for it (补的那些钱): its adjustment and the arrears paid.
  [/(?<=(?:养老金|退休金|退休工资|退休费)[^，。？！,.?!]{0,4})涨(?:钱|工资)?(?:了)?/g, '调整了'],
  [
    /(?<=(?:养老|退休|调整|涨)[^。？！?!]{0,16})补(?:的|给的|发的)(?:那些|那笔|那部分|这些)?(?:钱|差额)/g,
    '补发的钱',
  ],
  // A card's last day to pay (信用卡最晚那天还钱) with no interest to pay (不用给利息): the due date, interest-free.
  [/最晚(?:那|哪)(?:一)?天(?=[^。？！?!]{0,4}还)/g, '到期还款日'],
  [/不用(?:给|付|交|出|算)利息/g, '免息'],
  // A safe deposit box asked for as a cabinet, locker or box rented at the bank (在银行租个柜子放东西): not a
  // cabinet rented anywhere else (租个柜台, 租房).
  [/租(?:个|一个|一只|只|用)?(?:小)?(?:柜子|格子|储物柜|储物箱|箱子)/g, '租保管箱'],
  // The personal pension told by what it does: money one saves oneself for old age (自己存钱养老, 攒点钱养老),
  // the state's scheme whose deposits lower one's income tax (养老还能抵税的那个户).
  [/(?:自己|个人)(?:给自己)?(?:存|攒)(?:点|些|一点|一些)?钱(?:来|用来|给)?(?:养老|防老|退休)/g, '个人养老金'],
  [/养老(?=[^，。？！,.?!]{0,6}(?:抵税|抵个税|减税|少交税|少交个税|省税))/g, '个人养老金'],
];

/** The text with every everyday name of a bank thing read as the bank's word. */
export function withBankThingsNamed(norm: string): string {
  if (!/\p{Script=Han}/u.test(norm)) return norm;
  let out = norm;
  for (const [pattern, word] of EVERYDAY_NAMES_FOR_BANK_THINGS) out = out.replace(pattern, word);
  return out;
}
