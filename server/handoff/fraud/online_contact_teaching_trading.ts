/**
 * Someone met on a dating app or online who teaches the customer to trade (gold, forex, crypto, futures) and whose
 * platform takes the customer's money: "a match from Hinge is teaching me gold trading, I've put in 6k and want to
 * cash in my ISA to add more", "探探上认识的一个男的教我炒黄金，已经投了五万，想把定期取出来加仓". The romance and the
 * investment are one scam (杀猪盘, "pig butchering"); the customer only asks how to free more money.
 *
 * Not trading the customer learns from a course or a friend met in person, nor a partner met online with no trading
 * taught (`red_flags.ts`'s `onlinePartner` rules read money asked for by a partner).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const ONLINE_TRADING_TEACHER_CUES = {
  /** Someone met on a dating or social app, or online, never said to be met in person. */
  onlineContact: re(
    [
      String.raw`(网上|网络上|交友(软件|app|平台|网站)(上)?|婚恋(网|平台|app)(上)?|相亲(网站|app|平台|软件)(上)?|探探(上)?|陌陌(上)?|soul(上)?|抖音(上)?|微博(上)?|游戏(里|上)|ins(上)?|脸书(上)?|推特(上)?|领英(上)?)${C}{0,6}(认识|加|聊|交)${C}{0,6}(的)?|网友|网恋|没见过面`,
      String.raw`\b(met|meet|matched with|chatting (to|with)|talking (to|with)) (someone|somebody|a (man|woman|guy|girl|lady|gentleman)|this (man|woman|guy|girl|lady|person)|him|her)\b[^.?!]{0,20}\b(on|through|via|from) (a |the )?(hinge|tinder|bumble|match(\.com)?|plenty of fish|pof|okcupid|grindr|dating (app|site|website)|facebook|instagram|linkedin|telegram|whatsapp|wechat|snapchat|tiktok|twitter|x|discord|a game|online|the internet)\b|\b(my |a )?(hinge|tinder|bumble|dating[- ]app|online) (match|date|boyfriend|girlfriend|friend|partner)\b|\bmatch(ed)? (on|from) (hinge|tinder|bumble|a dating app)\b|\bnever met (him|her|them)( in person)?\b`,
      String.raw`\b(someone|somebody|a (man|woman|guy|girl|lady|gentleman)|this (man|woman|guy|girl|lady|person)) (i|we) (met|matched with|matched|got chatting to|chat with|chatted with|talk to|talked to)\b[^.?!]{0,5}\b(on|through|via) (a |the )?(hinge|tinder|bumble|match(\.com)?|plenty of fish|pof|okcupid|grindr|dating (app|site|website)|facebook|instagram|linkedin|telegram|whatsapp|wechat|snapchat|tiktok|twitter|discord|a game|online)\b`,
    ].join('|'),
  ),
  /** The contact teaches or leads the customer's trading. */
  teachesTrading: re(
    [
      String.raw`(教|带)(我|着我)${C}{0,4}(炒|做|投|买|玩|交易)${C}{0,6}(黄金|外汇|原油|期货|币|比特币|usdt|股票|股|贵金属|数字货币|单)|(教|带)(我|着我)(投资|理财|做单|炒)|他(推荐|给)${C}{0,4}(的)?(平台|app|软件|网站)${C}{0,8}(投|充|买|交易)`,
      String.raw`\b(teach\w*|taught|show\w*|coach\w*|mentor\w*|guid\w*|got) (me|us)\b[^.?!]{0,20}\b(trad\w*|invest\w*|forex|fx|crypto|bitcoin|gold|options|futures|stocks?)\b|\b(his|her|their) (trading|investment|crypto|gold|forex) (platform|app|site|account|strategy|signals?)\b`,
    ].join('|'),
  ),
  /** The customer's money in it: put in, topped up, to be added (as well as `moneyWord`'s words). */
  tradingMoney: re(
    String.raw`投(了|入|资)|充(了|值)|入金|加仓|追加|本金|转${C}{0,4}(\d|[一二两三四五六七八九十几百千万])|取出来|\b(put in|invested|deposited|topped up|add (more|my)|money|savings|isa|pension|funds|£|\$)\b|[£$]\d`,
  ),
};

type Cue = keyof typeof ONLINE_TRADING_TEACHER_CUES | 'hypothetical';

/** An online contact teaching trading, with the customer's money in it. */
export const ONLINE_TRADING_TEACHER_RULES: CueRule<Cue>[] = [
  {
    scheme: 'romance_scam',
    all: ['onlineContact', 'teachesTrading', 'tradingMoney'],
    unless: ['hypothetical'],
    weight: 0.8,
  },
];
