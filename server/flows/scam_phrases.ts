/**
 * Quick check of the current message for what people say while being scammed into a transfer: "safe
 * account", police or court instructions, refund/part-time "刷单" jobs, fees to unlock a loan or a prize,
 * remote screen sharing, being told to keep it from the bank. Returns the ids of the phrases found; the
 * risk check holds the transfer on any of them. (The handoff feature's fraud detector looks at the whole
 * conversation and sets `context.extensions.risk.hold`.)
 */
const PHRASES: Array<[id: string, re: RegExp]> = [
  ['safe_account', /安全账户|安全帐户|safe account|secure account|protected account/i],
  ['authority', /公检法|警察|警官|公安|检察院|法院|police|officer|court|prosecutor/i],
  ['money_laundering', /涉嫌洗钱|洗钱|money laundering/i],
  ['impersonation', /冒充|自称(?:是)?(?:客服|银行|警察)|pretending to be|claims? to be from/i],
  [
    'told_to_transfer',
    /(?:让|叫|要求)我(?:转账|转钱|汇款|打钱|转到|转给)|(?:told|asked|instructed) me to (?:transfer|send|move|wire)/i,
  ],
  ['task_scam', /刷单|返利|做任务|垫付|兼职.*(?:佣金|返现)|part-time job|commission task/i],
  [
    'advance_fee',
    /保证金|解冻费|手续费才能|先交.{0,6}?(?:手续费|保证金|激活费|解冻费|税费|个税|工本费|服务费|押金|会员费|费用|钱)|中奖|unlock fee|release fee|processing fee|you(?:'ve| have) won|prize/i,
  ],
  ['remote_access', /屏幕共享|共享屏幕|远程控制|向日葵|anydesk|teamviewer|screen shar|remote access/i],
  ['secrecy', /(?:不要|别|不能)告诉(?:银行|家人|任何人)|don'?t tell (?:the bank|anyone)|keep it secret/i],
  [
    'gift_card',
    /礼品卡|游戏点卡|gift cards?|crypto(?:currency)? investment|guaranteed returns?|稳赚|高回报/i,
  ],
  ['code_request', /(?:对方|他|她|客服)(?:要|让我说|问我要)验证码|asked (?:me )?for (?:the|my) code/i],
];

export function scamPhrases(text: string): string[] {
  return PHRASES.filter(([, re]) => re.test(text)).map(([id]) => id);
}
