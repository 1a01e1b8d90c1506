import { describe, expect, it } from 'vitest';
import type { Decision } from '../dialogue/decision.ts';
import type { Understanding } from '../nlu/understanding.ts';
import { loadHandoffConfig } from './handoff_config.ts';
import { HandoffExtension } from './handoff_extension.ts';
import { HandoffPolicy, type PolicyVerdict } from './handoff_policy.ts';
import { HandoffSignalReader } from './handoff_signals.ts';
import type { HandoffModelScores } from './model/handoff_model.ts';

const config = loadHandoffConfig({});
const policy = new HandoffPolicy(config);
const reader = new HandoffSignalReader(config.trendAlpha);
const fallback: Decision = { type: 'fallback', reason: 'low_confidence' };

function understanding(intent?: string, confidence = 0.9): Understanding {
  const top = intent ? { intent, confidence } : null;
  return {
    text: '',
    locale: 'zh-CN',
    intent: { top, ranking: top ? [top] : [], outOfScope: !top },
    entities: [],
    faq: [],
    sentiment: 0,
  };
}

function decide(
  text: string,
  opts: {
    intent?: string;
    decision?: Decision;
    fallbackCount?: number;
    prev?: Partial<HandoffExtension>;
    turn?: number;
  } = {},
): PolicyVerdict | null {
  const prev = HandoffExtension.parse(opts.prev ?? {});
  const signals = reader.read(text, prev);
  const u = understanding(opts.intent);
  const decision = opts.decision ?? fallback;
  const context = { fallbackCount: opts.fallbackCount ?? 0, extensions: {} };
  return (
    policy.fraud({ signals, understanding: u, decision }) ??
    policy.decide({
      signals,
      understanding: u,
      decision,
      context,
      prev: { ...prev, ...signals.next },
      turn: opts.turn ?? 0,
    })
  );
}

describe('the handoff policy', () => {
  it('does not take a declined ask for a person as an ask', () => {
    expect(decide('好了，不需要转人工了', { intent: 'human_agent' })).toBeNull();
    expect(decide('all fine now, no need for an agent', { intent: 'human_agent' })).toBeNull();
  });

  it('does not hand over for a problem told as sorted, unless still very upset or sarcastic', () => {
    expect(decide('The card reader was slow at lunch but it works now, thanks')).toBeNull();
    expect(decide('刚才登录老失败，现在好了')).toBeNull();
    expect(decide('Is it fixed yet? I have been waiting for days')?.reason).toBe('negative_sentiment');
    expect(decide('It works now after three days of this useless, pathetic nonsense')?.reason).toBe(
      'negative_sentiment',
    );
  });

  it('escalates an explicit ask, by phrase or by intent', () => {
    expect(decide('转人工')?.reason).toBe('asked_for_human');
    expect(decide('xyz', { intent: 'human_agent' })?.reason).toBe('asked_for_human');
    const trigger: Decision = {
      type: 'intent',
      intent: 'human_agent',
      confidence: 0.9,
      trigger: { type: 'handoff', reason: 'asked_for_human' },
    };
    expect(decide('xyz', { decision: trigger })?.because).toEqual(['intent:human_agent']);
  });

  it('escalates complaints and threats as complaint', () => {
    expect(decide('我要投诉')?.reason).toBe('complaint');
    expect(decide('hmm', { intent: 'complaint' })?.reason).toBe('complaint');
    expect(decide("I'll report you to the regulator")?.because).toEqual(['threat:strong']);
  });

  it('escalates a negative sentiment trend and says why', () => {
    const v = decide('呵呵，你们的效率真是太高了');
    expect(v?.reason).toBe('negative_sentiment');
    expect(v?.because).toContain('sarcasm');
  });

  it('escalates repeated fallbacks counted since the last handoff', () => {
    expect(decide('blorp', { fallbackCount: 3 })?.reason).toBe('repeated_fallback');
    expect(decide('blorp', { fallbackCount: 4, prev: { fallbackBase: 2 } })).toBeNull();
  });

  it('does not count answers to a running flow as fallbacks', () => {
    const prev = HandoffExtension.parse({});
    const signals = reader.read('500', prev);
    const context = { fallbackCount: 5, extensions: { flow: { flow: 'transfer_money' } } };
    expect(
      policy.decide({
        signals,
        understanding: understanding(),
        decision: fallback,
        context,
        prev: signals.next,
        turn: 4,
      }),
    ).toBeNull();
  });

  it('puts fraud before everything else', () => {
    expect(decide('转人工！有人让我把钱转到安全账户')?.reason).toBe('fraud_risk');
    expect(decide('hmm', { intent: 'fraud_report' })?.because).toEqual(['intent:fraud_report']);
  });

  it('keeps automatic reasons quiet right after a handoff, but not explicit asks', () => {
    const quiet = { quietUntilTurn: 5 };
    expect(decide('太离谱了，气死我了', { prev: quiet, turn: 3 })).toBeNull();
    expect(decide('太离谱了，气死我了', { prev: quiet, turn: 5 })?.reason).toBe('negative_sentiment');
    expect(decide('转人工', { prev: quiet, turn: 3 })?.reason).toBe('asked_for_human');
  });

  it('escalates a customer who keeps asking the same question', () => {
    const prev = HandoffExtension.parse({});
    let ext = prev;
    const verdicts: Array<string | null> = [];
    for (let turn = 0; turn < 3; turn++) {
      const signals = reader.read('我的转账为什么还没到账', ext);
      const verdict = policy.decide({
        signals,
        understanding: understanding(),
        decision: fallback,
        context: { fallbackCount: 0, extensions: {} },
        prev: signals.next,
        turn,
      });
      verdicts.push(verdict?.reason ?? null);
      ext = signals.next;
    }
    expect(verdicts[0]).toBeNull();
    expect(verdicts[2]).toBe('negative_sentiment');
  });

  it('does not trust a complaint, fraud or human_agent intent that the message contradicts', () => {
    const trigger = (intent: string, reason: 'complaint' | 'fraud_risk' | 'asked_for_human'): Decision => ({
      type: 'intent',
      intent,
      confidence: 0.9,
      trigger: { type: 'handoff', reason },
    });
    expect(
      decide('不是投诉，就是问一下年费怎么收', { decision: trigger('complaint', 'complaint') }),
    ).toBeNull();
    expect(
      decide("I'm quite happy with your service", { decision: trigger('complaint', 'complaint') }),
    ).toBeNull();
    expect(decide('如何识别诈骗电话', { decision: trigger('fraud_report', 'fraud_risk') })).toBeNull();
    expect(
      decide('How do I recognise a scam call', { decision: trigger('fraud_report', 'fraud_risk') }),
    ).toBeNull();
    expect(
      decide('你们的客服电话是多少', { decision: trigger('human_agent', 'asked_for_human') }),
    ).toBeNull();
    // An approach the customer turned down is no scam under way.
    expect(
      decide('有个自称检察院的打电话给我，我直接挂了', { decision: trigger('fraud_report', 'fraud_risk') }),
    ).toBeNull();
    expect(
      decide('Got a text saying I won a car, I deleted it', {
        decision: trigger('fraud_report', 'fraud_risk'),
      }),
    ).toBeNull();
    // …but keeps them when the message agrees.
    expect(decide('服务太差了', { decision: trigger('complaint', 'complaint') })?.reason).toBe('complaint');
    expect(decide('我的卡被盗刷了', { decision: trigger('fraud_report', 'fraud_risk') })?.reason).toBe(
      'fraud_risk',
    );
    expect(
      decide('请转人工，客服电话打不通', { decision: trigger('human_agent', 'asked_for_human') })?.reason,
    ).toBe('asked_for_human');
  });

  it('leaves calm banking questions alone', () => {
    for (const t of [
      '怎么给我妈转账',
      'what are your opening hours',
      '不是不满意，就问下利率',
      "I'm not unhappy, just curious",
    ])
      expect(decide(t)).toBeNull();
  });

  it('switches the fraud rules and the model off for a question about scams, not for a story', () => {
    expect(decide('安全账户是不是骗人的')).toBeNull();
    expect(decide('如果有人自称警察让我转账，我该怎么办')).toBeNull();
    expect(decide('how do I report a scam call')).toBeNull();
    expect(decide('安全账户这种说法是不是都是骗人的')).toBeNull(); // 骗人 here is not anger at the bank
    const model = scores({ neutral: 0.05, fraud_risk: 0.95, fraud: true });
    // The model's alarm below `modelSureFraud` (0.9) stands down with the rules; the real model reads this 0.004.
    const unsure = scores({ neutral: 0.15, fraud_risk: 0.85, fraud: true });
    expect(
      decideWith('Would the police ever tell someone to move money to a safe account', unsure),
    ).toBeNull();
    expect(decide('the police told me to move my money to a safe account, how do I do it?')?.reason).toBe(
      'fraud_risk',
    );
    expect(decide('警察说要我把钱转到安全账户，怎么转')?.reason).toBe('fraud_risk');
    expect(decideWith('有人让我把验证码告诉他，这正常吗', model)?.reason).toBe('fraud_risk');
  });

  it('does not trust a handoff intent without a supporting signal when the model reads the message as neutral', () => {
    const neutral = scores({ neutral: 0.7 });
    const trigger = (intent: string, reason: 'complaint' | 'fraud_risk' | 'asked_for_human'): Decision => ({
      type: 'intent',
      intent,
      confidence: 0.9,
      trigger: { type: 'handoff', reason },
    });
    expect(decideWith('视频柜员能办理什么业务', neutral, trigger('complaint', 'complaint'))).toBeNull();
    expect(
      decideWith('短信里说我的积分快过期了，在哪查', neutral, trigger('fraud_report', 'fraud_risk')),
    ).toBeNull();
    expect(
      decideWith(
        "I'd like to use video customer service",
        neutral,
        trigger('human_agent', 'asked_for_human'),
      ),
    ).toBeNull();
    // Supported: a threat, a fraud pattern, an explicit phrase, or the model's own class.
    expect(decideWith('再不处理我就投诉', neutral, trigger('complaint', 'complaint'))?.reason).toBe(
      'complaint',
    );
    expect(
      decideWith('hmm', scores({ neutral: 0.6, fraud_risk: 0.3 }), trigger('fraud_report', 'fraud_risk'))
        ?.reason,
    ).toBe('fraud_risk');
    expect(decideWith('转人工', neutral, trigger('human_agent', 'asked_for_human'))?.reason).toBe(
      'asked_for_human',
    );
    // Without a model the intent is trusted as before.
    expect(decide('视频柜员能办理什么业务', { decision: trigger('complaint', 'complaint') })?.reason).toBe(
      'complaint',
    );
  });
});

function scores(p: Partial<HandoffModelScores>): HandoffModelScores {
  return { frustrated: 0, explicit: 0, neutral: 0, fraud_risk: 0, escalate: false, fraud: false, ...p };
}

/** `decide` with the model's reading of the message fixed to `model`. */
function decideWith(
  text: string,
  model: HandoffModelScores,
  decision: Decision = fallback,
  modelNeutralVeto = 0.8,
): PolicyVerdict | null {
  const prev = HandoffExtension.parse({});
  const signals = { ...reader.read(text, prev), model };
  const u = { ...understanding(), text };
  const context = { fallbackCount: 0, extensions: {} };
  const p = new HandoffPolicy({ ...config, modelNeutralVeto });
  return (
    p.fraud({ signals, understanding: u, decision }) ??
    p.decide({ signals, understanding: u, decision, context, prev: signals.next, turn: 0 })
  );
}

describe('a denial beside the model', () => {
  const upset = scores({ frustrated: 0.9, neutral: 0.1, escalate: true });
  it('overrules the model reading frustration when nothing negative is beside it', () => {
    expect(decideWith('我对你们没意见，就想问下积分怎么换', upset)).toBeNull();
    expect(decideWith('No complaints from me, just wondering how the points work', upset)).toBeNull();
  });
  it('not when the message is negative too', () => {
    expect(decideWith('我对你们没意见，但这都第五次了', upset)?.reason).toBe('negative_sentiment');
    expect(decideWith("Not complaining, but I've asked three times now", upset)?.reason).toBe(
      'negative_sentiment',
    );
  });
});

describe('a bare question word beside the model', () => {
  const upset = scores({ frustrated: 0.85, neutral: 0.15, escalate: true });
  it('asks for the last answer to be explained: no handoff ("why", "为什么")', () => {
    for (const text of ['why', 'why?', 'Why', '为什么', '为啥？', '什么意思'])
      expect(decideWith(text, upset)).toBeNull();
  });
  it('an angry one is still read as upset', () => {
    expect(decideWith('WHY???', upset)?.reason).toBe('negative_sentiment');
    expect(decideWith('why is my card still blocked', upset)?.reason).toBe('negative_sentiment');
  });
});

describe('anger words about something other than the bank, beside the model', () => {
  const upset = scores({ frustrated: 0.9, neutral: 0.1, escalate: true });
  it("overrule the model's frustration when they are all the message has", () => {
    expect(decideWith('雾霾太糟糕了，今天网点几点关门', upset)).toBeNull();
    expect(
      decideWith('Horrible storm today, does the mobile app work for cheque deposits?', upset),
    ).toBeNull();
  });
  it('not when the bank is blamed too', () => {
    expect(decideWith('雾霾太糟糕了，你们网点又不开门，白跑一趟', upset)?.reason).toBe('negative_sentiment');
  });
  it("overrule the classifier's complaint too: the anger is at a shop, not at the bank", () => {
    const complaint: Decision = {
      type: 'intent',
      intent: 'complaint',
      confidence: 0.92,
      trigger: { type: 'handoff', reason: 'complaint' },
    };
    expect(
      decideWith(
        'The Apple Store overcharged me and won’t fix it, cheeky sods. Can you help with a dispute?',
        upset,
        complaint,
      ),
    ).toBeNull();
    expect(
      decideWith('商家太坑了，多收了我两百还不给退，信用卡这笔能申请拒付吗', upset, complaint),
    ).toBeNull();
    expect(decideWith('你们多收了我两百还不给退，太坑了', upset, complaint)?.reason).toBe('complaint');
  });
});

describe('a threat word beside a model that is sure the message is ordinary', () => {
  it('is overruled when the model is at least 0.95 sure: questions about the complaint procedure, closed cases', () => {
    const sure = scores({ neutral: 0.97 });
    expect(decideWith('帮儿子做学校作业，他要了解银行的客户投诉处理机制', sure)).toBeNull();
    expect(decideWith('how long do i have to make a complaint after something happens', sure)).toBeNull();
  });
  it('still counts when the model is less sure, or reads it as upset', () => {
    expect(decideWith('我要打12378举报你们', scores({ neutral: 0.9 }))?.reason).toBe('complaint');
    expect(decideWith("I'm filing a complaint with the ombudsman", scores({ neutral: 0.9 }))?.reason).toBe(
      'complaint',
    );
    const upset = scores({ frustrated: 0.9, neutral: 0.1, escalate: true });
    expect(decideWith('how long do i have to make a complaint after something happens', upset)?.reason).toBe(
      'complaint',
    );
  });
});

describe('the threat overrule follows the neutral veto setting', () => {
  it('is off when HANDOFF_MODEL_NEUTRAL_VETO is 1', () => {
    const text = 'how long do i have to make a complaint after something happens';
    const verdict = decideWith(text, scores({ neutral: 0.99 }), fallback, 1);
    expect(verdict?.reason).toBe('complaint');
  });
});

describe("the model's fraud alarm beside a question about scams", () => {
  // A victim telling their own scam often ends "is that normal?" or "ok to pay?", which the rules read as a
  // question about scams; the model read the whole message, question frame included.
  const story =
    'My online friend says if I send her £100 in Bitcoin she will send 0.5 ETH back. Is that a normal transfer?';
  const question = 'Are crypto giveaways always scams?';
  it('stands when the model is sure, even though the rules stand down', () => {
    const sure = scores({ fraud_risk: 0.97, neutral: 0.03, fraud: true });
    expect(decideWith(story, sure)?.reason).toBe('fraud_risk');
    expect(decideWith(story, sure)?.because).toContain('model:fraud:0.97');
  });
  it('is stood down by the question frame when the model is less sure', () => {
    const unsure = scores({ fraud_risk: 0.75, neutral: 0.25, fraud: true });
    expect(decideWith(question, unsure)).toBeNull();
  });
});

describe('a plain payment instruction, beside the model', () => {
  const unsure = scores({ neutral: 0.3, fraud_risk: 0.7, fraud: true });
  const sure = scores({ neutral: 0.05, fraud_risk: 0.95, fraud: true });
  it("stands the model's unsure fraud alarm down", () => {
    expect(decideWith('send 20k to Emeka for the generator repair', unsure)).toBeNull();
    expect(decideWith('pay Metro Cash and Carry 18,400 for the stock', unsure)).toBeNull();
    expect(decideWith('转500给李娜', unsure)).toBeNull();
  });
  it('not a sure alarm, nor a payment someone else asks for', () => {
    expect(decideWith('send 20k to Emeka for the generator repair', sure)?.reason).toBe('fraud_risk');
    expect(decideWith('send 2000 to the account the officer gave me', unsure)?.reason).toBe('fraud_risk');
    expect(decideWith('transfer 5000 to Mr Lee for the release fee', unsure)?.reason).toBe('fraud_risk');
    expect(decideWith('转五万给老师 马上', unsure)?.reason).toBe('fraud_risk');
  });
});

describe('a payee who is in the room, beside the model', () => {
  const unsure = scores({ neutral: 0.3, fraud_risk: 0.7, fraud: true });
  it("stands the model's unsure fraud alarm down", () => {
    expect(
      decideWith(
        'my sister asked me to pay her phone bill, shes on the sofa next to me. can i pay ee direct',
        unsure,
      ),
    ).toBeNull();
    expect(decideWith('给我在部队的侄子转一千 卡号是他探亲回来我亲手抄的', unsure)).toBeNull();
  });
  it('not when a scheme is told beside it', () => {
    expect(
      decideWith('the officer is here with me and says to move my savings to a safe account', unsure)?.reason,
    ).toBe('fraud_risk');
  });
});
