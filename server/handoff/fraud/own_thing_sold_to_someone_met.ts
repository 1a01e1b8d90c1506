/**
 * The customer sold their own thing (a car, an e-bike, a sofa) to a buyer they deal with face to face, who pays by
 * bank transfer, and asks what to give him or when the money arrives: "旧摩托卖给楼下大爷了，他说用手机银行转我，我告诉他
 * 卡号和名字就够了吧", "sold my old Corolla to a guy from work, he'll transfer £3,800 before I hand over the keys —
 * how long does a big payment take to land?". The classifier and the model hear a marketplace scam in a buyer and a
 * transfer (0.9 and over); here the customer is the one paid, gives only what a payer needs, and in person.
 * It counts as money coming in to the customer (`money_coming_in.ts`), and the model's alarm stands only when it is
 * all but certain (`../handoff_policy.ts`).
 *
 * Not when the buyer is met online or on a platform, says he has paid already (a screenshot, a receipt, "payment
 * sent"), overpays, wants money back, sends a link, a QR code or a code, brings a courier or an agent, or wants
 * anything beyond the receiving details (a card's back, a PIN, a password, a login).
 */

/** The customer sold their own thing, or is selling it. */
const OWN_THING_SOLD =
  /(把)?(我|我家|家里)?(那|这)?(台|辆|部|个|套|张|块)?[^，。！？,.!?]{0,12}卖(给|掉|了)|\b(sold|selling|sell(ing)? off)\b (my|our|the|an?|his|her) (old |used |second-hand |spare )?\w+/u;

/** Someone the customer deals with face to face: a neighbour, a colleague, a friend, a buyer met in person. */
const MET_IN_PERSON =
  /邻居|楼下|楼上|同事|朋友|熟人|亲戚|同学|老乡|大爷|大妈|陪他|当面|见面|过户|车管所|看车|试驾|上门看|\b(neighbou?r|colleague|friend|mate|guy from work|someone from work|cousin|relative|in person|face to face|came round|came over|test drive|hand over the keys|before i hand over|logbook|v5c?)\b/u;

/** The buyer pays by transfer into the customer's account. */
const PAYS_BY_TRANSFER =
  /(银行|手机银行|网银)?转(账)?(给)?我|(银行|手机银行|网银|跨行)转账|打(钱|款)给我|\b(transfer|bank transfer|pay|paying|send)\b[^.?!]{0,30}\b(me|my account|into my)\b|\bby (bank )?transfer\b|\bwill transfer\b|\bhe'?ll transfer\b|\bshe'?ll transfer\b/u;

/** The customer asks what to give or when it arrives. */
const ASKS =
  /(给|告诉|发)(他|她|对方)?[^，。！？]{0,4}(卡号|账号|户名|名字|开户行)|(多久|多长时间|什么时候|啥时候|几天)(能|才能|会)?(到|到账)|到账|\b(what (details|info)|which details|sort code|account number|how long|when will|arrive|land|clear|show up)\b/u;

/** A platform, a buyer who says he paid or overpaid, money going back, a link, a code, a courier or more details. */
const SCHEME_SIGNS =
  /闲鱼|转转|淘宝|拼多多|平台|网上|客服|截图|凭证|回执|已(经)?(转|付|打)|转(过来)?了|付了|打了|多(付|转|打)了|退(还|回|给)|差价|链接|二维码|扫码|验证码|密码|卡背|有效期|保证金|手续费|冻结|解冻|快递|物流|代收|中介|\b(online|marketplace|facebook|ebay|gumtree|craigslist|platform|screenshot|receipt|already (sent|paid|transferred)|payment (sent|confirmation)|overpa\w*|refund|send (back|the difference)|difference|link|qr|code|otp|pin|password|log ?in|cvv|card number|expiry|courier|shipping|agent|escrow|paypal|crypto|fee)\b/u;

/** Whether a lower-cased message tells of the customer's own thing sold to someone met, paid by transfer. */
export function isOwnThingSoldToSomeoneMet(lower: string): boolean {
  return (
    OWN_THING_SOLD.test(lower) &&
    MET_IN_PERSON.test(lower) &&
    PAYS_BY_TRANSFER.test(lower) &&
    ASKS.test(lower) &&
    !SCHEME_SIGNS.test(lower)
  );
}
