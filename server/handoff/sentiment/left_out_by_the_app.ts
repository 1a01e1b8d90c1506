/**
 * The bank's app leaving people out, told as a reproach: "Your app won't run on any phone older than 2 years. Not
 * everyone can afford a new iPhone, you know.", "新版手机银行我这旧手机装不了，不是每个人都换得起新手机吧", "app更新后老手机
 * 用不了，难道要我为了你们专门买个新手机？". The model reads the plain words as calm; being shut out of one's own bank
 * for want of a new phone is the grievance. A question whether the app runs on an old phone ("我手机五年了还能装吗",
 * "will the app work on an iPhone 8?") carries no reproach and stays with the assistant.
 */
import { ruleText } from '../rule_text.ts';

/** The app does not run, install or work on the customer's phone, or only on new ones. */
const APP_FAILS_EN =
  /\b(app|update|new version|online banking)\b[^.?!]{0,40}\b(won'?t|doesn'?t|does not|will not|can'?t|cannot|no longer|stopped) (run|work|install|support|load|open)\w*\b|\b(only (runs|works) on|not supported on|no longer supports?|dropped support for)\b|\bolder than \w+ (years?|months?)\b/;
const APP_FAILS_ZH =
  /(app|手机银行|网银|新版|更新|升级)[^。！？]{0,20}(用不了|装不了|不支持|运行不了|打不开|安装不了|下载不了|不兼容)|只(能|支持)(在|用)?新/;

/** Not everyone can afford a new phone; people made to buy one; who is left out. */
const REPROACH_EN =
  /\bnot (everyone|everybody|all of us) (can afford|has|have|owns|is made of money|wants to buy)\b|\bsome of us (can'?t afford|don'?t have|aren'?t made of money)\b|\b(force|forcing|forced|make|making|expect|expecting) (us|me|people|customers|pensioners|everyone) to (buy|get|upgrade to|have) a (new|newer) (phone|iphone|smartphone|handset)\b|\bwhat about (people|those|customers|pensioners|older people|the elderly) (who|without)\b/;
const REPROACH_ZH =
  /不是(每个人|人人|谁|所有人)都(买得起|换得起|用得起|有钱)|(逼|强迫|非要|非得|硬要)(我|我们|大家|老人|用户)(去)?(换|买)(个|部)?(新)?手机|难道(要|让|得)(我|我们)(为了你们)?(专门)?(去)?(换|买)(个|部)?新手机|(老年人|老人|没钱换手机的人)(怎么办|就不配|活该)/;

/** The app's failure on older phones told beside a reproach (see the file comment). */
export function isLeftOutByTheApp(text: string): boolean {
  const lower = ruleText(text);
  return (
    (APP_FAILS_EN.test(lower) || APP_FAILS_ZH.test(lower)) &&
    (REPROACH_EN.test(lower) || REPROACH_ZH.test(lower))
  );
}
