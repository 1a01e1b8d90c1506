/**
 * General anti-fraud red flags from bank and police guidance (反诈宣传, UK Finance "Take Five", FTC/FBI
 * warnings), as cue groups in both locales. Like the cues in `fraud_patterns.ts`, none fires alone: the rules
 * at the end of `FRAUD_RULES` combine each flag with money, a code or someone else pushing the customer, so
 * ordinary banking ("my company changed its bank", "我妈手机号换了", "理财产品年化收益多少") stays quiet.
 */

import { IN_CLAUSE, re } from './cue_regex.ts';

/** Chinese numerals as written in amounts ("两万", "十万"). */
const NUM_ZH = String.raw`(\d|[一二两三四五六七八九十百千万几])`;

export const RED_FLAG_CUES = {
  // (1) Secrecy coaching: keep it from the bank, the branch or the family; stay on the line.
  secretive: re(
    String.raw`(不要|不准|不能|别|不许|千万别|千万不要)(跟|和|对|让|告诉)?(我|你)?(的)?(任何人|别人|银行|柜员|柜台|网点|工作人员|家人|家里人|老公|老婆|子女|儿子|女儿|孩子|警察|民警)(说|讲|提|知道|透露)?|(要|让|叫|必须)(我)?保密|(不要|别|不能|不准)挂(断)?(电话)?|挂(了|断)(电话)?(就|的话)|保持通话|(连|对)${IN_CLAUSE}{0,6}(都|也)(不能|不要|别|不许)(说|讲|告诉)|国家机密|一直(开着)?通话|(到|去|在)(了)?(银行|柜台|网点)${IN_CLAUSE}{0,8}(别|不要|不能|不许)(说|讲|提)|(不要|别)相信(银行|柜员|工作人员|警察|家人)|\b(don'?t|do not|not to|must not|never|shouldn'?t|mustn'?t|can'?t|cannot) (tell|mention (it |this )?to|let) (anyone|anybody|the bank|the branch|the staff|staff|the teller|your family|my family|the police|my (husband|wife|son|daughter|kids|children|family))\b|\bnot (to )?(tell|mention it to) (anyone|anybody|the bank|staff|the branch)\b|\bstay on the (line|phone|call)\b|\bkeeps? (me|him|her|them) on the (phone|line)\b|\bif i hang up\b|\b(don'?t|not to) hang up\b|\bkeep (it|this) (secret|quiet|confidential|between us)\b|\b(shouldn'?t|not|don'?t|never) trust (the|your) (staff|bank|branch|teller|police)\b|\b(the bank|the branch|the teller|the cashier|the staff|bank staff|someone at the bank)\b[^.?!]{0,30}\b(is|are|was|were) in on it\b|(银行|柜员|柜台|网点|工作人员)(里)?(的人)?(也)?(是|有)(同伙|内鬼|内应)|\bkeep (it )?quiet\b|\bsay nothing\b|\btell no ?one\b`,
  ),
  /** Money leaves, or cash is taken out. */
  cashOut: re(
    String.raw`还(清|钱|款)|交钱|付钱|取(钱|现|出|款)|取.{0,4}(现金|万|千|块|定期|存款)|提现|转(账|钱|出|走|给|过去)|把钱(转|打|汇|付)|汇(款|钱)|打(钱|款)|\bwithdraw\w*\b|\bcash\b|\btransfer\w*\b|\bsend\w* (money|the money|funds|cash)\b|\bpay\w*\b|\bmov(e|ing) (the |my |all )?(money|funds|savings)\b`,
  ),

  // (2) Threats: frozen, arrested, sued, prosecuted, exposed… unless money moves.
  threat: re(
    String.raw`冻结|逮捕|抓(你|我|人)|告(上|到)?法院|拘留|坐牢|判刑|起诉|上法庭|法院传票|通缉|吊销|曝光|爆(你|我)?通讯录|通讯录|\b(frozen|freeze|arrest\w*|jail|prison|prosecut\w*|sued|sue (me|you)|court|warrant|deport\w*|police (will|would) come|blacklist\w*|my contacts|your contacts|expose)\b`,
  ),
  ultimatum: re(
    String.raw`否则|不然|要不然|要不|如果不|不(马上|立刻|今天|及时)?(转|交|付|还|打|配合)${IN_CLAUSE}{0,4}(的话)?(就|会)|挂(了|断)(电话)?(就|的话)|\bunless\b|\bor (else|i'?ll|i will|you'?ll|you will|we'?ll|they'?ll|they will|my|your|the)\b|\botherwise\b|\bif i (don'?t|do not|didn'?t|did not|refuse|hang up)\b`,
  ),

  /** The threat hangs on paying or moving money ("不交…就", "unless I paid"). */
  payOrElse: re(
    String.raw`不(马上|立刻|今天|及时|配合)?(转|交|付|还|打|汇)${IN_CLAUSE}{0,6}[，,]?(的话)?(就|会)|\b(unless|until) (i|you|we|he|she) (pay|paid|transfer\w*|move[sd]?|send|sent|settle[sd]?|buy|bought)\b|\bif (i|you|we) (don'?t|didn'?t|do not|did not) (pay|transfer|move|send|settle)\b|\bor (else )?(i'?ll|i will|i'?d|you'?ll|we'?ll) be (arrested|prosecuted|sued|taken to court|jailed|deported)\b`,
  ),

  // (3) Pay or top up to unlock a withdrawal, finish tasks, release "earnings".
  payToUnlock: re(
    String.raw`(充|交|付|转|补)${IN_CLAUSE}{0,8}才(能|可以)${IN_CLAUSE}{0,6}(提现|提出|取出|出金|解冻|解锁|激活|返(还)?本金|放款|领)|(做|连做|再做|完成)${IN_CLAUSE}{0,6}(单|任务)才(能|可以)|(充值|充钱|再充|充${NUM_ZH}+|补(交|缴|足|齐|差价)|追加|交(钱|费)|先交|先付|先充|垫付|垫钱|再转|再打).{0,30}(才能|才可以|才可|就能|就可以)?.{0,10}(提现|提出|取出|出金|解冻|解锁|激活|做(下一|后面的|完)|完成(任务|订单)|(下一|后面的)(个|组|轮)?(任务|单))|(提现|提不出|取不出|出金|解冻|解锁|任务|做单|抢单).{0,20}(需要|要|得|必须)(先)?.{0,6}(充值|充钱|交|缴|付|补|转)|\b(top(ped|ping)? up|deposit(ed|ing)? (more|another|again)|add(ed)? (more|another)|pay (a |an |the )?([\w%]+ ){0,2}(fee|tax))\b.{0,40}\b(unlock|withdraw\w*|release|cash out|next (task|set|order)s?|finish|complete)\b|\b(unlock|withdraw\w*|cash out|next (task|set|order)s?|finish the set|complete the set)\b.{0,40}\b(top up|top-up|deposit more|add more|pay (a |an |the )?([\w%]+ ){0,2}(fee|tax))\b|\b(one more|another|a final|the last) (fee|payment|tax|charge)\b|\b(deposit|top up|pay|transfer)\w*\b[^.?!]{0,40}\bto (release|unlock|unfreeze) (it|them|my|the)\b|\b(tax|fee|deposit)\b[^.?!]{0,20}\b(upfront|first|before)\b[^.?!]{0,30}\b(access|withdraw|release|unlock|get)\b|\b(task|order)s?\b.{0,40}\b(went|gone|is|was) negative\b|\b(went|gone) negative\b.{0,40}\b(deposit|top up|pay)\b`,
  ),

  // (4) Upfront fees before a loan, grant, prize, job, parcel or sale is released.
  upfrontFee: re(
    String.raw`(交|付|缴)${IN_CLAUSE}{0,8}(保险费|手续费|服务费|评估费|公证费)|\b(fees?|deposit|tax(es)?) (first|upfront|up front)\b|保证金|解冻金|解冻费|激活费|工本费|验资|认证费|会员费|入职费|培训费|服装费|放款费|审核费|通道费|(刷|做|走)流水|流水不(够|足)|(证明|验证)(你的|我的)?还款能力|\bprove (i|you) can (repay|make (the )?payments)\b|\b(wants?|asks? for|asking for) (£|\$)?\d+ (for|as) (insurance|a fee|fees|admin|processing|tax|taxes|shipping|delivery|customs)\b|\bcover (the )?(shipping|delivery|taxes|tax|fees|customs)\b|只(要|需)(付|交|缴|出)${IN_CLAUSE}{0,6}(费|税)|(先|要先|得先|需要先)(交|付|缴|转).{0,6}(费|税|押金)|\b(refundable|security|good faith|goodwill) deposit\b|\b(delivery|processing|release|admin|administration|clearance|activation|handling|insurance|customs|transfer|registration|verification|unlock|courier) (fee|charge|cost)s?\b|\bdeposit to prove\b|\bpay (for )?(the |a |my )?(training|uniform|equipment|materials|starter kit|background check|work permit)\b|\bpay (a |the )?(small )?(fee|tax|deposit|charge)\b|\banother \d+ for\b`,
  ),
  windfall: re(
    String.raw`放款|网贷|贷款|借款|额度|中奖|奖金|奖品|补贴|补助|助学金|抚恤|退税|兼职|工作|招聘|入职|包裹|快递|海关|遗产|\b(loan|approved|lender|grant|prize|won|winnings|lottery|job|recruiter|parcel|package|customs|inheritance|inherit\w*|compensation|payout|seller|puppy|kitten|shipping|shipped|delivery|refund|rebate)\b`,
  ),

  /** Something granted to the customer that a fee would "release". */
  windfallGift: re(
    String.raw`放款|中奖|奖金|奖品|抽中|被选中|免费领|补贴|补助|退税|遗产|\b(approved|grant|prize|won|winnings|lottery|inheritance|inherit\w*|compensation|payout|tax refund|selected)\b`,
  ),

  // (5) A business's money redirected to a personal or relative's account, or a "new" one after an audit.
  businessParty: re(
    String.raw`公司|老板|工厂|装修|中介|物业|供应商|厂家|商家|卖家|工头|师傅|财务|会计|学校|医院|慈善|基金会|捐款|\b(company|business|firm|supplier|vendor|charity|school|hospital|agency|agent|builder|fitter|plumber|electrician|contractor|roofer|tradesman|decorator|solicitor|invoice|finance team)\b`,
  ),
  /** Paid into a personal or a relative's account ("打到老板个人卡上", "into his wife's account"). */
  intoPersonal: re(
    String.raw`(打|转|付|汇|存|扫)(到|进|入|给)?${IN_CLAUSE}{0,8}((老板|经理|员工|会计|出纳|财务|老婆|老公|妻子|丈夫|亲戚|表哥|表姐|弟弟|妹妹|儿子|女儿|师傅|中介|工头)(的|家)?${IN_CLAUSE}{0,4}|(他|她|对方)(的)?)(个人|私人)(的)?(卡|账户|账号|银行卡|户头)|(老板|经理|员工|会计|出纳|财务|老婆|老公|妻子|丈夫|亲戚|表哥|表姐|表弟|表妹|弟弟|妹妹|儿子|女儿|师傅|工头)(的|家)(卡|账户|账号|银行卡|户头|收款码|微信|支付宝)|(厂长|老板娘|店长|负责人|法人)(的)?(个人|私人)?(的)?(卡|账户|账号|银行卡|户头|收款码)|\b(into|to|pay)\b[^.?!]{0,12}\b((a|an|his|her|their|the|someone'?s) (personal|private) (bank )?account|(his|her|their|the owner'?s|the boss'?s) (wife'?s|husband'?s|partner'?s|brother'?s|sister'?s|son'?s|daughter'?s|cousin'?s|mum'?s|mother'?s|father'?s|personal|private) (bank )?(account|card))\b`,
  ),
  auditReason: re(
    String.raw`年检|审计|年审|(对公)?(账户|卡)(有问题|被冻结|冻结了|出问题|用不了|不能用|暂时不能)|\b(being |under )?audit(ed)?\b|\baccount is (frozen|under review|being reviewed|suspended)\b|\b(business|company) (one|account) is (frozen|blocked|being)\b`,
  ),

  /** New account details from a business ("new IBAN attached", "新的收款账户"). */
  newAccountDetails: re(
    String.raw`新(的)?(收款)?(账户|账号|卡号|银行卡)|换了?(收款)?(账户|账号|卡)|\bnew (iban|account number|sort code|bank details|account details|payment details)\b|\b(remittance|banking|bank|payment|account) details (have |has )?(been )?(changed|updated)\b`,
  ),

  // (6) Someone writing from a new number or a new account.
  newNumber: re(
    String.raw`新(手机)?号(码)?|换了(个|一个)?(新)?(手机号|号|微信|qq|账号)|(拿|用)(了)?(个|一个)?(陌生|别人的|朋友的|新)(的)?(号码|手机|微信)|换号|号码(换了|不一样|不对|变了)|新(的)?(微信|qq|whatsapp)(号)?|另一个(微信|号码|号)|小号|\b(from|on|with) (a |an |his |her |their )?(new|different|unknown|another) (number|phone|mobile|whatsapp|account)\b|\b(his|her|their) number is different\b|\bchanged (his|her|their) (number|phone)\b|\bnew number\b`,
  ),
  /** Asked for money or a code (no "update my number" errand). */
  askedFor: re(
    String.raw`借(钱|点|\d|[一二两三四五六七八九十几])|(让|要|叫|找|求)(我|她|他)(妈|爸)?.{0,10}(转|汇|打|付|交|借|发|给)|(问我|找我|让我|向我)(要)?${IN_CLAUSE}{0,6}验证码|验证码${IN_CLAUSE}{0,10}(给他|给她|发给)|\b(asking|asked|asks|wants?|needs?|needed)\b.{0,30}\b(money|cash|to borrow|me to (pay|send|transfer|wire|buy)|the code|a code|gift cards?)\b|\basked (me )?for (£|\$)?\d|(急着|急需|着急)(要)?(用钱|交|付|转|借)|\bneeds? (£|\$)?\d|\bneeds? help (paying|with (money|bills?|fees|rent))\b|\bhelp (me )?(pay|with a payment|out with)\b|\bpay (her|his|their|the) (rent|bill|invoice|balance)\b|\bsend (money|it) to\b`,
  ),

  /** The usual cover for a new number: the phone was lost or broken. */
  lostPhone: re(
    String.raw`手机(掉|丢|坏|摔坏|被偷|没电)了|\b(lost|broke|broken|dropped|smashed) (his|her|my|their) phone\b|\bphone (is|was|got) (broken|lost|stolen|smashed)\b`,
  ),

  // (7) Someone asking for a code or digits received by SMS.
  smsDigitsAsk: re(
    String.raw`(问|要|套|让我|叫我|要我)${IN_CLAUSE}{0,12}(收到|短信里?|手机上)(的)?${IN_CLAUSE}{0,8}(数字|位数|码|号码|验证码|内容)|(验证码|动态码|短信码)[^。！？]{0,20}(问我要|找我要|让我(告诉|发|报|念)|要我(告诉|发|报|念))|\b(asked|asking|asks|wants?|wanted|needs?) (me )?(for |to (read|tell|give|send) (him|her|them) )?(the|a|my) (\d|four|five|six)[- ]digit (code|number)\b|\b(read|tell|give) (him|her|them) (the )?(numbers|digits)\b.{0,30}\b(text|sms|message)\b|\b(code|digits|numbers) (that was |that were |i )?(sent|texted|got by text)\b.{0,30}\b(asked|wants|needs)\b|\b(asked|asking|asks|wants?|wanted)\b[^.?!]{0,30}\b(code|digits|numbers)\b[^.?!]{0,25}\b((just )?(sent|texted|came|arrived)|i (just )?(got|received))\b|\basked (me )?what (number|code|digits)\b[^.?!]{0,30}\b(text|sms|message)\b`,
  ),
  /** Entering a code in the bank's own app or page is no code given away. */
  enterInApp: re(
    String.raw`(输入|填|填写)(到|进|在)?${IN_CLAUSE}{0,4}(app|页面|手机银行|系统|网银)|\benter (it|the code|the number) (in|into|on) (the|your|my) (app|website|screen)\b`,
  ),
  smsAsker: re(
    String.raw`快递(员|小哥)?|外卖|朋友|同事|网友|同学|老乡|客服|工作人员|(老公|老婆)的(朋友|同事)|\b(courier|delivery (driver|man|guy)|friend|colleague|buyer|buying|customer service|support|agent|rep|engineer|landlord|buyer|seller)\b`,
  ),

  // (8) Guaranteed or unrealistic returns.
  unrealisticReturns: re(
    String.raw`(一年|每年|年|每月|一个月|月|每天|每日|日|每周|周)(就|就能|能|可以)?(固定|稳定|保底)?(返|回报|分红|收益|利息|赚)(百分之${NUM_ZH}+|${NUM_ZH}+(万|千|百|块|元|个点|%|倍))|(一年|半年|一个月|几个月|\d+天)(就|能|就能)?翻(一|两|三|几|\d)?(倍|番)|(日|每天|每日)(收益|利息|回报|息|化)(率)?(\d|百分之)|保本(保息|高息|高收益)|只(赚|涨)不(赔|亏|跌)|包(赚|赔|赢)|稳赢|必赢|(稳|准)(赢|赚)的漏洞|漏洞.{0,10}(稳赚|必赢|稳赢)|\b\d+(\.\d+)? ?(%|percent) (daily|a day|per day|every (single )?day|each day|weekly|a week|per week|every week)\b|\b(daily|weekly) (returns?|profits?|interest) of \d|\b(always|never) (wins?|loses?)\b|\bloophole\b|\bno risk\b.{0,20}\b(return|profit|invest)|\b(double|triple) (your|my|his|her|the) (money|investment|savings)\b|\b(double|triple)s?\b[^.?!]{0,20}\b(in|within) (a|one|two|three|\d+) (days?|weeks?|months?)\b`,
  ),

  // (9) An online partner (never met) and money.
  onlinePartner: re(
    String.raw`网恋|网友|交友(软件|app|网站|平台)|婚恋(网|平台|app)|相亲(网|app|平台|软件)|(网上|网络上|游戏里|抖音上|微信上|ins上|facebook上)(认识|交)${IN_CLAUSE}{0,6}的|没见过面的|\b(dating (site|app|website)|met (him|her|them) online|online (boyfriend|girlfriend|partner|friend|lover)|friend from the internet|(boy|girl)friend (from|on) (a |the )?(dating|tinder|hinge|bumble|facebook|instagram|internet|online|game)|never met (him|her|them)( in person)?|never met in person|\b(only|never) (talked|spoken|chatted|met)\b[^.?!]{0,20}\b(online|on (telegram|whatsapp|facebook|instagram|snapchat|tiktok|the app|a game))\b|soldier (in|on|overseas|abroad|stationed)|(engineer|doctor) (on an oil rig|overseas|abroad)|oil rig)\b|\bmet (a|an|this) (man|woman|guy|lady|girl|soldier|widower|doctor|engineer) (on|through|via) [^.?!]{0,25}\b(app|site|game|online|facebook|instagram|tiktok|friends)\b`,
  ),
  /** Money of any kind changing hands. */
  moneyWord: re(
    String.raw`\bfunds\b|加钱|追加|转(账|钱|给)|打钱|投(了|入|资|\d|[一二两三四五六七八九十几])|汇(款|钱)|借(钱|给)|要钱|投资|充值|机票|签证|手续费|礼品卡|\b(send|sent|transfer|wire|pay\w*|lend|loan|borrow|invest\w*|remortgage|money|cash|gift cards?|fees?|plane ticket|flight|paperwork|visa|customs)\b`,
  ),

  // (10) Paid to open, lend or hand over accounts or cards; payments "passing through" the customer's card.
  accountForPay: re(
    String.raw`代收代付.{0,30}(赚|提成|佣金|日结|好处费|每天|一单|工资)|(兼职|有人|他|她|对方|朋友).{0,10}代收代付|(钱|款|资金|流水)(从|在)?(过|走)(一下|一遍)?(我的)?(卡|账户|账)|过(一下)?我的(卡|账户)|(用|拿|借|租)(我的)?(名字|身份证|身份)(去)?(开|办|注册)|(开|办|注册)(一|几)?(张|个)?(卡|账户|对公户|公司户|营业执照)[^。！？]{0,20}(给(他|她|对方|他们)|交给|寄给|租金|好处费|报酬|佣金|提成|每(个)?月给|一个月给)|(卡|银行卡|账户|u盾)(放|寄|交)(到|给)?(他|她|对方|他们)(那|手上|那里)?[^。！？]{0,20}(租金|好处费|报酬|每(个)?月|一个月|\d+)|\b(open|set up|register)\w* (a |an |some )?(business |bank |new |company )?(accounts?|cards?|compan(y|ies))\b.{0,20}\bin (my|your|his|her) name\b.{0,40}\b(they|he|she|someone)('ll| will| would)? (manage|use|run|control|keep)\b|\b(pay|paid|paying|offer\w*) (me|you|him|her|them|my (son|daughter|kid|grandson|granddaughter|husband|wife|mum|mom|dad))\b.{0,30}\bto (open|set up|register|lend|hand over)\b.{0,20}\b(accounts?|cards?)\b|(花|出)${IN_CLAUSE}{0,6}(收购|买)${IN_CLAUSE}{0,6}(银行卡|u盾|账户|对公户|卡)|(收购|高价收)${IN_CLAUSE}{0,6}(银行卡|u盾|账户|对公户)|\b(offered|pay|paying|give|giving)\b( me)?[^.?!]{0,15}\bto (use|borrow|rent) (my|your) (bank )?(account|card)s?\b|\b(money|payments?|funds) (go|goes|going|pass|passing|run|running) through my (bank )?(account|card)\b|\b(post|send|give|hand)\w* (him|her|them) my (bank )?card and (pin|password)\b|\b(open|set up)\w*\b[^.?!]{0,30}\b(account|card)s?\b[^.?!]{0,30}\b(post|send|give|hand)\w*( over)? (the |my )?(card|bank card|debit card|login|details)\b[^.?!]{0,6}\b(to )?(them|him|her)\b`,
  ),

  // (11) Money moved "to protect it" from hackers or fraud, at someone else's word.
  protectMove: re(
    String.raw`(转|取|移|存)(出|走|到|进)?.{0,12}(保护|以免被(盗|冻结)|防止被(盗|冻结)|才安全)|(取|提)(出)?${IN_CLAUSE}{0,6}(现金|钱)${IN_CLAUSE}{0,12}(交给|给)${IN_CLAUSE}{0,10}(保管|代管)|上门(取|收)(钱|现金)|\b(hand|give)\w* (it|them|the cash|the money|the gold)\b[^.?!]{0,10}\bto a courier\b|\b(move|transfer|withdraw|put|hand|give|buy)\w*\b.{0,40}\bto (protect|stop|secure|keep (it|them) safe)\b|\b(protect|keep) it (safe )?from (hackers|fraudsters|criminals)\b|\bbitcoin atm\b`,
  ),

  /** Someone else tells, asks or pushes (not the customer's own plan). */
  pushed: re(
    String.raw`(发(了|来)?(消息|短信|微信|邮件|通知)|打电话|来电话|通知)(来)?[，,]?(说|让|要)|^说|[，,。]说|说(要|得|必须|需要)|(他|她|对方|那人|人|那边|平台|客服|网站|app|公司|中介|快递员|朋友|网友|老师|有人|群|上级|领导|贷|工厂|厂家|供应商|物业|房东|老板)${IN_CLAUSE}{0,10}(说|让我|叫我|要我|让她|让他|问我|催|非要|发(来|了|消息|短信|微信))|(让|叫|要)我|陌生人|\b(he|she|they|someone|somebody|(a|an|the|my|his|her|our|their) (\w+'?s? )?(caller|man|woman|lady|guy|person|site|website|app|platform|lender|company|recruiter|seller|agent|broker|stranger|detective|officer|courier|friend|team|offer))\b[^.?!]{0,20}\b(says?|said|told|tells|asked|asks|wants?|wanted|texted|messaged|emailed|wrote|writes|called|keeps?|saying|promised|promises|guaranteed|swears)\b|\b(wrote|emailed|texted|messaged|says|said) that\b|\bwon'?t let me\b|\bwants? (him|her|me|us|my \w+) to\b|\b(talked|convinced|persuaded|pressur\w*|pushing|pushed) (him|her|me|my \w+)\b|威胁|恐吓|\b(told|asked|want\w*|instructed|offered|texted|messaged|threaten\w*|made|warned|begged|got) me\b|\bi (was|am|'m|have been|got) (told|asked|instructed)\b|\b(wrote|emailed|texted|messaged|called|rang|phoned)\b[^.?!]{0,40}\b(to say|saying|and said|and says|and told)\b|\b(said|says|told me|sent me)\b,? (that )?(i|i'?m|i'?ve|my|me)\b|\b(says|said|told (me|us)) to (send|pay|transfer|wire|move|put|buy|withdraw)\b|\b(a|an|the|my) (lawyer|solicitor|attorney|barrister|notary) (who|that) (needs?|wants?|asks?)\b|\b(the )?(police|cops|detectives?)\b (said|says|told|tells|want|wants|asked|asks)\b`,
  ),
  /** The customer is made to ("I'm supposed to", "now I have to"), as in task scams. */
  obliged: re(
    String.raw`\bi'?m supposed to\b|(?<!\b(do|did|would|will|should|shall) )\b(now )?i (have|need) to\b|\bthey (say|said) i (have|need) to\b|(让|叫|要)我|我(得|必须|需要)先|(要|得|需要|必须)先(交|付|缴|转|打|充)${IN_CLAUSE}{0,14}才(能|可以)[^，。！？,.!?吗么嘛]{0,8}([，。！,.!]|$)|(?<!\b(do|did|would|will|should|shall) (i|we|you) )\b(have|need) to pay\b`,
  ),

  // (14) Pressure to act at once ("马上", "right now", "within the hour"): with someone else pushing a payment.
  rushed: re(
    String.raw`马上|立刻|立即|赶紧|赶快|火速|十万火急|急着要|急用|急需|(一|半|两|几)个?(小时|钟头)(之|以)?内|今晚之前|\b(right now|right away|immediately|urgent(ly)?|asap|straight away|at once|within (an|the|one|two|24) hours?|in (an|one|the next) hour|before (midnight|tonight|the end of the day))\b`,
  ),

  // (15) Payment taken off the marketplace's own channel ("加微信直接转账", "bank transfer instead of PayPal").
  offPlatform: re(
    String.raw`(加|拉)(我|他|她)?(的)?(微信|qq|私聊|好友)${IN_CLAUSE}{0,12}(转账|付款|交易|打钱|付钱|转钱)|私下(交易|转账|付款)|不走平台|绕(过|开)平台|平台外(交易|付款)|\b(instead of|rather than|not through|outside( of)?|off) (paypal|the platform|the app|the site|ebay|marketplace|escrow|vinted|airbnb|the website)\b`,
  ),
  // (16) Someone comes to collect the customer's card or PIN (courier fraud).
  cardHandover: re(
    String.raw`上门(取|收|拿)${IN_CLAUSE}{0,4}(卡|银行卡)|(把|将)(银行卡|卡)${IN_CLAUSE}{0,6}(密码)?${IN_CLAUSE}{0,4}(交给|寄给|给)(快递|他|她|对方|来人)|\b(courier|driver|someone|a man|an officer)\b[^.?!]{0,40}\b(pick(ing)? up|collect(ing)?|com(e|ing) for|fetch(ing)?)\b[^.?!]{0,10}\b(my|the) (bank |debit |credit )?cards?\b|\bpin in the envelope\b`,
  ),

  // (12) The phone number taken over (SIM swap): the phone loses service as codes or resets arrive.
  simLost: re(
    String.raw`(手机|电话卡|sim卡?|号码)${IN_CLAUSE}{0,10}(突然|一直|就)?(没(有)?信号|无服务|停机|失效|被(过户|补卡|注销))|\b(phone|sim|mobile|number)\b[^.?!]{0,20}\b(no service|no signal|stopped working|deactivated|sos only|emergency calls only|was ported|been ported)\b|\bsim (swap|was swapped|card was replaced)\b`,
  ),
  /** Worry about receiving codes while the signal is weak ("会不会影响收验证码", "will I still get the code"). */
  codeWorry: re(
    String.raw`(影响|能不能|会不会|能否|还能)(收|接收)(到)?${IN_CLAUSE}{0,4}(验证码|短信|动态码)|收不到(验证码|短信|动态码)|\b(will|would|can|could) i (still )?(get|receive)\b[^.?!]{0,25}\b(code|otp|texts?|sms)\b`,
  ),
  /** Codes, password resets, logins or money leaving that the customer did not start. */
  accountAlert: re(
    String.raw`验证码|动态码|密码(重置|修改|被改)|(钱|余额|存款)${IN_CLAUSE}{0,6}(转走|被转|被扣|没了|少了)|(网银|账户|卡)(里|上)${IN_CLAUSE}{0,4}(少了|没了|被转走)|异地登录|登录提醒|\b(codes?|otp|password reset|reset (my )?password|log-?in (alert|attempt)s?|sign-?in (alert|attempt)s?|money (is |was )?(gone|missing)|payments? i (didn'?t|did not|never) (make|made)|(payments?|transfers?) i never (made|authori[sz]ed))\b`,
  ),

  // (13) Overpayment: money or a cheque sent "by mistake" or for too much, the rest to be sent back.
  overpaid: re(
    String.raw`多(转|付|打|汇)了[^。！？]{0,16}(退|转回|还|返)|(退|转|还|返)(回)?${IN_CLAUSE}{0,6}(多(出|余|转|付)的|差额|剩下的)|\b(overpa(id|ying|yment)|too much|more than (the )?(price|asked|agreed|amount))\b[^.?!]{0,60}\b(send|refund|return|wire|pay|transfer)\w*\b[^.?!]{0,30}\b(back|difference|extra|rest|excess|left ?over|agent)\b|\bsend (back )?(the difference|the rest|what'?s left( over)?|the extra|the excess)\b|\b(cheque|check)\b[^.?!]{0,80}\bsend (it )?back\b`,
  ),

  // (17) Paying for a home or an item never seen: no viewing, the owner abroad, the keys "sent by post".
  unseenDeal: re(
    String.raw`(没|还没|没有|不能|不用|没法|不方便|看不了)(去)?(看|看过|实地看)(过)?(房|房子)|(不用|不需要|没法|不能)(看房|见面)|钥匙${IN_CLAUSE}{0,8}(寄|快递|邮寄)(给我|过来)|(寄|快递)(给我)?钥匙|房东${IN_CLAUSE}{0,8}(在国外|出国了|在外地|不在本地)${IN_CLAUSE}{0,20}(看不了|没法看|不能看|寄|快递)|\b(no|without( a)?|before( a| any)?|skip( the)?|can'?t do( a)?) viewings?\b|\bsight unseen\b|\b(post|mail|courier|send)\w* (me )?the keys\b|\bkeys (in|by|through) the (post|mail)\b|\bhaven'?t (seen|viewed|visited) (it|the (flat|place|house|room|property|car|puppy))\b`,
  ),
  /** Rent, a deposit or a first payment for it. */
  upfrontRent: re(
    String.raw`押金|定金|订金|房租|租金|首付|预付|\b(deposit|first month|rent|holding fee|advance)\b`,
  ),

  // (18) A buyer or a "platform" sends the seller a link to "receive" the money, which asks for card details.
  receiveLink: re(
    String.raw`收款链接|(点|通过|打开|进|用)${IN_CLAUSE}{0,6}链接${IN_CLAUSE}{0,10}(收款|收钱|领取|领钱|接收)|(买家|对方|客服)${IN_CLAUSE}{0,12}(发|给)${IN_CLAUSE}{0,6}链接[^。！？]{0,20}(收|领)|\b(link|page|form)\b[^.?!]{0,25}\b(to )?(receive|claim|collect|accept|release|get) (the |my |your )?(payment|money|funds|refund|cash)\b|\b(receive|claim|collect|accept) (the |my )?(payment|money|funds)\b[^.?!]{0,25}\b(link|page|form)\b`,
  ),
  /** Card details or codes that a page asks for. */
  cardDetails: re(
    String.raw`卡号|密码|验证码|有效期|cvv|安全码|\bcard (details|number|info)\b|\botp\b|\bcvv\b|\bpin\b|\b(security|verification|one-time) code\b|\bexpiry\b`,
  ),
} as const;
