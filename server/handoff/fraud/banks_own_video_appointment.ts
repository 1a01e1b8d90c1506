/**
 * Sharing the screen on a video appointment the customer booked with the bank themselves, in the bank's own app or
 * site ("How do I share my screen on the video banking call? I booked a mortgage appointment in your app for 2pm",
 * "我在你们手机银行预约了视频面签，客户经理说到时候要共享屏幕一起填表，怎么操作"). Screen sharing is a remote-access scam's
 * step when a caller asks for it; on the bank's own appointment that the customer booked it is how the adviser
 * walks them through a form. The screen-sharing words are read as showing the form, and the model's alarm stands
 * only when it is sure (`../handoff_policy.ts`), as for a question about the customer's own payment.
 *
 * Not when someone called or messaged the customer, an app is to be downloaded or installed (AnyDesk, TeamViewer,
 * 向日葵…), a link was sent, or a code, a password or a PIN is in it.
 */

/** The customer booked the appointment themselves, with the bank, in its own app or site (or at the branch). */
const BOOKED_WITH_THE_BANK =
  /\bi (booked|scheduled|made|arranged|requested|set up)\b[^.?!]{0,40}\b(appointment|video (call|appointment|meeting)|consultation|meeting)\b[^.?!]{0,30}\b(in|on|through|via|with) (your|the bank'?s|the) (app|website|site|online banking|mobile banking|branch)\b|\bi (booked|scheduled|made|arranged)\b[^.?!]{0,20}\b(in|on|through|via) (your|the bank'?s) (app|website|site|online banking)\b|我(在|通过|用)?(你们|贵行|你行)(的)?(手机银行|app|官网|网银|网点|银行)?(上|里)?(预约|约)(了)?[^。！？]{0,16}(视频|面签|面谈|顾问|客户经理|理财经理)/u;

/** The bank's own video appointment. */
const VIDEO_APPOINTMENT =
  /\bvideo (banking |mortgage )?(call|appointment|meeting|chat|consultation)\b|视频(银行|面签|面谈|通话|预约|客服|办理)/u;

/** Someone reached out to the customer, an app or a link to install or open, a code or a secret. */
const SOMEONE_ELSE_OR_PROPS =
  /\b(called|rang|phoned|texted|messaged|emailed) me\b|\b(got|had|received) a (call|text|message|email)\b|\b(download|install)\w*\b|\banydesk|teamviewer|quick ?support|rustdesk|ultraviewer|\blink\b|\bcode\b|\botp\b|\bpin\b|password|passcode|log ?in details|打电话(给我|来)|来电|给我打|短信|发(来|了)(个)?链接|链接|下载|安装|向日葵|todesk|验证码|密码/u;

/** Screen-sharing words, read as showing the form on the bank's own call. */
const SCREEN_SHARE =
  /\bscreen[- ]shar(e|ing)\b|\bshare (my|your|the) screen\b|\bsee my (phone |laptop )?screen\b|共享屏幕|屏幕共享/u;
const SCREEN_SHARE_G = new RegExp(SCREEN_SHARE.source, 'gu');

/** Whether a lower-cased message shares the screen on the bank's own appointment the customer booked. */
export function isBanksOwnVideoAppointment(lower: string): boolean {
  return (
    BOOKED_WITH_THE_BANK.test(lower) &&
    VIDEO_APPOINTMENT.test(lower) &&
    SCREEN_SHARE.test(lower) &&
    !SOMEONE_ELSE_OR_PROPS.test(lower)
  );
}

/** The message with the screen sharing on the bank's own booked appointment read as showing the form. */
export function withoutBanksOwnVideoAppointment(lower: string): string {
  if (!isBanksOwnVideoAppointment(lower)) return lower;
  return lower.replace(SCREEN_SHARE_G, (m) => (/\p{Script=Han}/u.test(m) ? '看表格' : 'show the form'));
}
