/**
 * The bank's own scam check quoted from its app while the customer pays: "the app says 'could this be a scam? do you
 * know the payee?' — yes, known him 20 years", "转账时弹窗问“您是否遇到诈骗”，我是给我哥转的，选哪个". The quoted words are
 * the bank's question, not the customer's story: they are read as "the bank's check", so that the victim cue does not
 * hear a scam in them, and whatever else the message tells still decides.
 */

/** The app's (or the screen's) own prompt, in quotes, that names a scam. */
const PROMPT_EN =
  /\b(app|screen|pop-?up|warning|message|banking) (says|said|asks|asked|shows|showed|is asking|popped up)(:)? ?["“'‘]([^"”'’]{0,80}\b(scam|fraud)\w*[^"”'’]{0,80})["”'’]/gu;
const PROMPT_ZH =
  /(app|弹窗|弹出|页面|屏幕|手机银行|提示)[^，。！？]{0,6}(说|问|提示|显示)?[:：]?[“"「]([^”"」]{0,40}(诈骗|骗)[^”"」]{0,40})[”"」]/gu;

/** The message with the bank's quoted scam check told as "the bank's check" / "银行的提示". */
export function withoutBanksOwnScamPrompt(lower: string): string {
  return lower
    .replace(PROMPT_EN, (_m, where: string) => `${where} shows the bank's check`)
    .replace(PROMPT_ZH, (_m, where: string) => `${where}显示银行的提示`);
}
