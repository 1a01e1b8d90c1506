/**
 * A login on the customer's own new phone, approved with a code the customer asked for themselves, then the bank's own
 * device check asked about ("approved the login on my new phone with the code I requested, now the app says the device is
 * being verified for 24 hours. is that normal?", "换了新手机，自己点的验证码登录的，现在app提示新设备验证中，要等24小时，正常
 * 吗"). The model hears a scam in a code, a new device and a wait (0.72); here the customer started it for their own
 * phone and asks about the bank's own check, nobody else in it. Read as an `ordinary` frame: the model's unsure fraud
 * alarm is set aside (`handoff_policy.ts`).
 *
 * Not when anyone else asked for, was told or was sent the code, the customer did not start it, a login was approved
 * for someone else's device, or money is to move: the rules and the model read those as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The customer's own new phone or device. */
const OWN_NEW_DEVICE = re(
  String.raw`(换了|换的|买了|刚换|用|我的|在)(个|部|台)?新(的)?(手机|设备|iphone|平板)|\b(my|a|the) (new|replacement) (phone|iphone|mobile|device|handset|tablet|ipad)\b`,
);

/** The code asked for by the customer themselves. */
const OWN_CODE = re(
  String.raw`(我)?(自己|本人)(点|申请|要|获取|发|请求)(的)?(验证码|动态码|短信)?|(验证码|动态码)(是)?(我)?(自己|本人)(点|申请|要|获取|请求)的|\b(the |a )?(code|otp|passcode) (i|that i) (requested|asked for|requested myself|asked for myself|triggered|sent myself)\b|\bi (requested|asked for|triggered) (the |a )?(code|otp|passcode)\b`,
);

/** The bank's own device check or wait after the login. */
const DEVICE_CHECK = re(
  String.raw`(新)?设备(正在|在)?(验证|认证|核验|审核|绑定)(中)?|(验证|认证|核验|审核)(中|期)|(保护期|冷静期|观察期)|(等|等待)${C}{0,4}(24|二十四|48|四十八|\d+)(个)?(小时|天)|\b(device|phone) (is )?(being|under) (verified|verification|checked|reviewed)\b|\b(verifying|checking) (the |my |this )?(device|phone)\b|\b(cool(ing)?[- ]off|security hold|holding period|waiting period)\b|\b(24|48|\d+)[- ]?(hours?|hrs?)\b`,
);

/** Someone else in it: asked for, told or sent the code, a device not the customer's, money to move. */
const SOMEONE_ELSE = re(
  String.raw`(他|她|对方|有人|客服|快递|警察|朋友|陌生人)${C}{0,4}(要|让|问|说)|告诉(了)?(他|她|对方)|(发|报|念)给(了)?(他|她|对方)|没(有)?(申请|点|操作|要)|不是我|(转|汇|打)(到|给)|打钱|安全账户|\b(someone|somebody|he|she|they|caller|the man|the woman|agent|friend|stranger)\b[^.?!]{0,20}\b(asked|asks|wants|wanted|told|said|needs)\b|\b(read (it )?out|told (him|her|them)|gave (it|the code|him|her|them)|shared (it|the code)|sent (it|the code) to)\b|\b(didn'?t|did not|never) (ask|request)\b|\bnot (my|mine)\b|\b(transfer|send money|move (my )?money|safe account)\b`,
);

/** Whether a lower-cased message asks about the bank's check after a login on one's own new phone with one's own code. */
export function isOwnNewPhoneLoginWithOwnCode(lower: string): boolean {
  return (
    OWN_NEW_DEVICE.test(lower) &&
    OWN_CODE.test(lower) &&
    DEVICE_CHECK.test(lower) &&
    !SOMEONE_ELSE.test(lower)
  );
}
