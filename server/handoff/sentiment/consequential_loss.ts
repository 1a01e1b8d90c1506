/**
 * The bank's failure cost the customer something elsewhere: a direct debit bounced because of a hold, a flat
 * lost because a transfer was stuck, a late fee because the app was down on the due date ("还款那天app登不上去，
 * 现在显示逾期还要交滞纳金"). A worry that it might happen ("will I get a late fee if…", "会不会逾期") is a question,
 * and a cause of the customer's own ("my card expired so the payment bounced") is no failure of the bank.
 */

const CAUSE_EN =
  "\\b(hold|freeze|frozen|block|blocked|stuck|delayed|delay|outage|glitch|went down|was down|your (app|system|error|mistake)|the bank'?s (error|mistake))\\b";
const LOSS_EN =
  '\\b(bounced?|bouncing|lost (the|my|a|our)|missed (the|my|a)|(charging|charged|fined|penali[sz]ed) (me|us)|late (fee|payment charge)|in arrears|defaulted)\\b';
const CAUSE_ZH =
  '(登不上|登录不了|用不了|打不开|卡住|卡着|卡在|失败|冻结|没到账|系统(故障|问题|出错|维护)|故障|延迟|到不了|被锁)';
const LOSS_ZH = '(逾期|滞纳金|罚息|违约金|没赶上|错过了|黄了|被罚|扣了?(我)?罚)';
/** A worry, not something that happened. */
const HYPOTHETICAL =
  /\b(will|would|could|might|if|whether) (i|we|it|that|they|there)\b|会不会|会不|是否|万一|担心|怕|吗|[?？]\s*$/;

const LOSS = new RegExp(`${CAUSE_EN}[^.?!]{0,60}${LOSS_EN}|${CAUSE_ZH}[^。！？?]{0,30}${LOSS_ZH}`);

/** The bank's failure led to a loss the customer already has. */
export function consequentialLoss(lower: string): boolean {
  return LOSS.test(lower) && !HYPOTHETICAL.test(lower);
}
