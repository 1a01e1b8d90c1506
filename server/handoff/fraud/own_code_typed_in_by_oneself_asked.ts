/**
 * The rule "never tell anyone the code" quoted, then asked whether the customer may still type in a code they asked for
 * themselves: "社区讲座说验证码不能给别人，那我自己在手机银行登录收到的验证码，我自己输进去没问题吧", "they keep saying never
 * share your OTP, but when I log in myself I just type it into the app, that's fine right?". The code is the customer's own
 * and nobody asked for it; read as an informational frame by `scam_question.ts`, where anyone who asked for the code or
 * called ("客服让我念一下", "the caller said to read it out") still makes it a story.
 */

/**
 * Nobody in it who called, asked or sent a link: the quoted advice is blanked before a story is read, so the frame itself
 * keeps out of a message with a caller in it.
 */
const NOBODY_ASKED = String.raw`^(?![\s\S]*(打电话|来电|打来|让我念|让我报|叫我念|要我|链接|网址|对方|\b(caller|called|rang|phoned|texted|messaged|link|page (he|she|they) sent|asked (me )?for)\b))`;

/** Informational frames (regular expression sources, lower-cased text). */
export const OWN_CODE_TYPED_IN_BY_ONESELF_ASKED: string[] = [
  // zh: "我自己登app收到的验证码可以自己填吧", "我自己输进去没问题吧".
  NOBODY_ASKED +
    String.raw`[\s\S]*?(?:(我)?自己(登|登录|登陆|操作|用|办|在app|在手机|在网银|在手机银行)[^。！？]{0,14}验证码[^。！？]{0,10}(自己)?(填|输|输入|填写|用)[^。！？]{0,6}(吧|吗|么|可以|没事|没问题|行|对吧)|验证码[^。！？]{0,6}(我)?自己(填|输|输入|填写)[^。！？]{0,6}(吧|吗|么|可以|没事|没问题|行|对吧))`,
  // en: "when I log in myself I just type it into the app, that's fine right?".
  NOBODY_ASKED +
    String.raw`[\s\S]*?(?:\b(i|when i) (log|sign) (in|on) (myself|on my own)\b[^.?!]{0,40}\b(type|enter|put|key)\b[^.?!]{0,30}\b(fine|ok|okay|right|allowed|safe)\b|\b(type|enter|put|key) (it|the code|the otp|my own code|my own otp) in (myself|on my own)\b[^.?!]{0,20}\b(fine|ok|okay|right|allowed|safe)\b)`,
];
