/**
 * The customer's own thing sold through a second-hand platform's own checkout, the buyer sent there and paid there,
 * and the customer asks when the money reaches them: "有个陌生人加我微信要买我闲鱼上的自行车，我让他直接在闲鱼上拍，他拍了，
 * 我也发货了，收钱要多久", "a buyer messaged me about my camera, I told him to buy it through eBay checkout, he did and I've
 * posted it, when do I get paid?". The classifier and the model hear the marketplace scam in a stranger and a sale;
 * here the platform holds the payment and nothing is asked of the customer. It counts as money coming in to the
 * customer (`money_coming_in.ts`), and the model's alarm stands only when it is sure (`../handoff_policy.ts`).
 *
 * Not when the buyer pays or asks off the platform, or brings the marketplace scam's props: a link, a QR code, a
 * "customer service", a deposit or a fee to unfreeze the sale, a screenshot, a code, money to send back.
 */

/** The customer's own thing, sold or wanted by a buyer. */
const OWN_THING_SOLD =
  /卖|要买我|想买我|买我(的)?|\b(sell(ing)?|sold|buy my|bought my|wanted my|interested in my)\b/u;

/** The buyer sent to the platform's own checkout and paid there. */
const PAID_ON_THE_PLATFORM =
  /(在|上|走)(闲鱼|转转|咸鱼|平台)[^，。！？,.!?]{0,4}(拍|下单|付款|买)|(闲鱼|转转|咸鱼)上(直接)?(拍|下单)|\bthrough (the )?(ebay|vinted|depop|etsy)('s)? (checkout|app)\b|\b(on|via) (ebay|vinted|depop) (checkout|itself)\b/u;

/** The customer sent the thing. */
const SHIPPED =
  /发货|寄出|寄了|发了快递|\b(posted|shipped|sent) (it|the item)\b|\bi'?ve (posted|shipped) it\b/u;

/** The customer asks when the money comes. */
const ASKS_WHEN =
  /多久|多长时间|什么时候|啥时候|几天|到账|\b(how long|when (do|will) i (get paid|receive)|when does the money)\b/u;

/** The marketplace scam's props, or payment off the platform. */
const SCHEME_SIGNS =
  /链接|二维码|扫码|客服|保证金|手续费|解冻|冻结|激活|认证|截图|验证码|密码|退(还|回|给)|多(付|转|打)了|私下|微信转|支付宝转|银行卡转|\b(link|qr|customer service|deposit|fee|unfreeze|frozen|screenshot|code|otp|password|refund|overpa\w*|off the (platform|app)|paypal friends|bank transfer)\b/u;

/** Whether a lower-cased message tells of the customer's own sale paid through a platform's own checkout. */
export function isSoldThroughThePlatformsCheckout(lower: string): boolean {
  return (
    OWN_THING_SOLD.test(lower) &&
    PAID_ON_THE_PLATFORM.test(lower) &&
    SHIPPED.test(lower) &&
    ASKS_WHEN.test(lower) &&
    !SCHEME_SIGNS.test(lower)
  );
}
