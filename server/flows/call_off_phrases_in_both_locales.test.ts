/**
 * What calls the running flow off in front of something else (call_off.ts): a cancel then a request, or "not X
 * but Y" where X is the flow. And what does not: a whole-message cancel (the flow's own cancel), a cancel
 * aimed at another flow, a rest that changes the flow's details, a correction of a detail, a question.
 */
import { describe, expect, it } from 'vitest';
import { TextNormalizer } from '../pipeline/normalize_text.ts';
import { RuleEntityExtractor } from '../nlu/entities/extract_entities.ts';
import { callOffRest } from './call_off.ts';
import { FLOWS } from './flow_definitions.ts';
import type { FlowId } from './flow_types.ts';
import { extractSlots } from './slot_extract.ts';

const normalizer = new TextNormalizer();
const entities = new RuleEntityExtractor();
const now = new Date('2026-12-10T03:00:00Z');

/** As the flow engine reads it: the rest answers the flow when it gives one of its details. */
function restAfterCallOff(text: string, flow: FlowId): string | null {
  const locale = /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en';
  const answers = (rest: string): boolean =>
    Object.keys(extractSlots(FLOWS[flow], { text: rest, entities: entities.extract(rest, locale, now) }, []))
      .length > 0;
  return callOffRest(normalizer.normalize(text, locale), flow, answers);
}

describe('a flow called off in front of something else', () => {
  it.each<[string, FlowId, string]>([
    ['算了不查了，帮我看看附近网点几点关门', 'check_balance', '帮我看看附近网点几点关门'],
    ['算了不转了，帮我查下余额', 'transfer_money', '帮我查下余额'],
    ['不用了，谢谢，我自己去网点', 'pay_bill', '我自己去网点'],
    ['never mind, forget it, what time do branches close?', 'check_balance', 'what time do branches close?'],
    ['cancel that and check my balance', 'transfer_money', 'check my balance'],
    ['ok never mind then what is my balance', 'transfer_money', 'what is my balance'],
    ['不是挂失，是解挂', 'report_lost_card', '解挂'],
    ['不是冻结，是解冻', 'freeze_card', '解冻'],
    ['我说的是解冻，不是冻结', 'freeze_card', '解冻'],
    ['no, not lost, I want to unfreeze it', 'report_lost_card', 'I want to unfreeze it'],
    ['I said unfreeze, not block', 'freeze_card', 'unfreeze'],
    ["it's not a loss report, I want to unfreeze my card", 'report_lost_card', 'I want to unfreeze my card'],
    // Spaces, full stops or nothing between the cancel and the request, and the cancels people type.
    ['算了 不查了 你们今天开门到几点', 'check_balance', '你们今天开门到几点'],
    ['算了不查了你们今天开门到几点', 'check_balance', '你们今天开门到几点'],
    ['不转了 我问下几点关门', 'transfer_money', '我问下几点关门'],
    ['不用了 我想问下汇率', 'transfer_money', '我想问下汇率'],
    ['不用了我想问下汇率', 'transfer_money', '我想问下汇率'],
    ['不办了 帮我取个号', 'report_lost_card', '帮我取个号'],
    ["forget it. where's the nearest branch", 'transfer_money', "where's the nearest branch"],
    ["nvm, what's the euro rate", 'transfer_money', "what's the euro rate"],
    ['nvm what time do u close today', 'check_balance', 'what time do u close today'],
    ['scratch that. what is the usd rate', 'transfer_money', 'what is the usd rate'],
    ['actually no, just the rate', 'freeze_card', 'the rate'],
    ['哦不，只要查汇率', 'freeze_card', '查汇率'],
  ])('"%s" during %s leaves "%s"', (text, flow, rest) => {
    expect(restAfterCallOff(text, flow)).toBe(rest);
  });

  it.each<[string, FlowId]>([
    ['算了', 'check_balance'],
    ['不用了，谢谢', 'transfer_money'],
    ['never mind, thanks', 'transfer_money'],
    ['算了，转300吧', 'transfer_money'],
    ['算了，换成李四吧', 'transfer_money'],
    ['算了，还是转给李四吧', 'transfer_money'],
    ['forget it, make it 300', 'transfer_money'],
    ['never mind, send it to Bob instead', 'transfer_money'],
    ['不用短信验证可以吗', 'check_balance'],
    ['取消预约，帮我查下余额', 'transfer_money'],
    ['不是张三，是李四', 'transfer_money'],
    ['不是转账给张三，是李四', 'transfer_money'],
    ['no, not John, Alice', 'transfer_money'],
    ['I said unfreeze, not block', 'unfreeze_card'],
    ['never mind the fee, how long does it take?', 'transfer_money'],
    ['不用了 300', 'transfer_money'],
    ['算了 转300吧', 'transfer_money'],
    ['不用了 谢谢', 'transfer_money'],
    ['不用了吗', 'transfer_money'],
    ['算了. send it to Bob', 'transfer_money'],
    ['actually no', 'transfer_money'],
    ['actually no, make it 300', 'transfer_money'],
    ['no, just 300', 'transfer_money'],
    ['不不，只转100', 'transfer_money'],
    ['stop sending me texts', 'transfer_money'],
  ])('"%s" during %s does not', (text, flow) => {
    expect(restAfterCallOff(text, flow)).toBeNull();
  });
});
