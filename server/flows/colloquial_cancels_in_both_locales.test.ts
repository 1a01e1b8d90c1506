/**
 * Cancelling a running flow the way people say it, not only "取消" / "cancel": "算了不转了", "不用了谢谢",
 * "nah forget it", "never mind". And what must not cancel: a correction, a question about the flow, another
 * request, a slot value, a cancel of what another flow does ("取消预约" during a transfer).
 */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../dialogue/decision.ts';
import { TextNormalizer } from '../pipeline/normalize_text.ts';
import type { FlowId } from './flow_types.ts';
import { signalsOf } from './turn_signals.ts';

const none: Decision = { type: 'fallback', reason: 'low_confidence' };
const normalizer = new TextNormalizer();
/** As the flow engine sees it: after the pipeline's normaliser. */
const cancels = (text: string, locale: 'zh-CN' | 'en'): boolean =>
  signalsOf(normalizer.normalize(text, locale), none).cancel;

const ZH_CANCELS = [
  '算了',
  '算了不转了',
  '算了，不转了',
  '算了算了',
  '那算了吧',
  '还是算了',
  '不用了谢谢',
  '不用了，谢谢！',
  '不用了',
  '不需要了',
  '不转了',
  '我不转了',
  '不想转了',
  '我不想转了',
  '先不转了吧',
  '暂时不需要了',
  '这笔不转了',
  '不转账了',
  '不办了',
  '不弄了，谢谢',
  '不问了',
  '不交了',
  '不预约了',
  '别转了',
  '取消',
  '取消吧',
  '取消转账',
  '帮我取消这笔转账',
  '我要取消',
  '没事了',
  '没事了，谢谢',
  '放弃',
  '改天再说吧',
  '下次吧',
  '先不了',
  '不了不了，谢谢',
  '哎，算了吧',
];

const EN_CANCELS = [
  'cancel',
  'Cancel it please',
  'nah forget it',
  'Nah, forget it.',
  'never mind',
  'Nevermind',
  'never mind, thanks',
  'ok never mind then',
  'forget it',
  'forget about it',
  'oh forget it',
  'actually, forget it',
  "I've changed my mind",
  'changed my mind',
  "I don't want to transfer anymore",
  "don't send it",
  'no thanks',
  'No thank you',
  'no need',
  "don't bother",
  'stop',
  'stop the transfer',
  'cancel the transfer please',
  'no, cancel',
  'scrap that',
  'scratch that',
  'nvm',
  'never mind that',
  'not now',
  'maybe later',
  "I'll pass",
  'let it go',
];

const NOT_CANCELS: Array<[string, 'zh-CN' | 'en']> = [
  ['不用短信验证可以吗', 'zh-CN'],
  ['不对，是300', 'zh-CN'],
  ['不用了300', 'zh-CN'],
  ['算了，转300吧', 'zh-CN'],
  ['算了，还是转给李四吧', 'zh-CN'],
  ['不转给张三了，转给李四', 'zh-CN'],
  ['不要转给张三', 'zh-CN'],
  ['我想取消一张卡', 'zh-CN'],
  ['取消挂失', 'zh-CN'],
  ['取消转人工', 'zh-CN'],
  ['取消自动扣款怎么弄', 'zh-CN'],
  ['转账取消了能退回吗', 'zh-CN'],
  ['不是', 'zh-CN'],
  ['不对', 'zh-CN'],
  ['张三', 'zh-CN'],
  ['500', 'zh-CN'],
  ['确认', 'zh-CN'],
  ['是的', 'zh-CN'],
  ['no', 'en'],
  ['nope', 'en'],
  ['ok', 'en'],
  ['cancel the 300 and send 200', 'en'],
  ['cancel my card', 'en'],
  ['can I cancel a transfer after sending it?', 'en'],
  ['how do I stop a payment', 'en'],
  ['never mind the fee, how long does it take?', 'en'],
  ['forget it, make it 300', 'en'],
  ["don't send it to John, send it to Alice", 'en'],
  ['stop sending me texts', 'en'],
  ['actually no', 'en'],
  ['John Smith', 'en'],
  ['confirm', 'en'],
];

describe('colloquial cancels inside a flow', () => {
  it.each(ZH_CANCELS)('zh-CN "%s" cancels', (text) => {
    expect(cancels(text, 'zh-CN')).toBe(true);
  });
  it.each(EN_CANCELS)('en "%s" cancels', (text) => {
    expect(cancels(text, 'en')).toBe(true);
  });
  it.each(NOT_CANCELS)('"%s" (%s) is not a cancel', (text, locale) => {
    expect(cancels(text, locale)).toBe(false);
  });
});

describe('a cancel names what it calls off', () => {
  const inFlow = (text: string, flow: FlowId) =>
    signalsOf(normalizer.normalize(text, /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en'), none, flow);

  it.each<[string, FlowId]>([
    ['取消预约', 'transfer_money'],
    ['取消我的预约', 'transfer_money'],
    ['不预约了', 'pay_bill'],
    ['cancel my appointment', 'transfer_money'],
    ['cancel the booking', 'pay_bill'],
    ['不转了', 'book_appointment'],
  ])('"%s" during %s is about something else', (text, flow) => {
    expect(inFlow(text, flow)).toMatchObject({ cancel: false, cancelElsewhere: true });
  });

  it.each<[string, FlowId]>([
    ['取消预约', 'book_appointment'],
    ['cancel my appointment', 'book_appointment'],
    ['取消这笔转账', 'transfer_money'],
    ['算了不转了', 'transfer_money'],
    ['不转了', 'pay_bill'],
    ["don't send it", 'pay_bill'],
    ['cancel the payment', 'transfer_money'],
    ['算了', 'report_lost_card'],
    ['never mind', 'book_appointment'],
  ])('"%s" during %s calls it off', (text, flow) => {
    expect(inFlow(text, flow).cancel).toBe(true);
  });
});
