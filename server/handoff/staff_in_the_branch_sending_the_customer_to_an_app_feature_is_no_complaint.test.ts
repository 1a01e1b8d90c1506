/**
 * Staff in the branch sent the customer to a feature of the app, and the customer asks where it is or how it works
 * ("the teller told me the card activation is done in the app under Cards. Which menu?", 大堂经理让我用手机银行里的视频办理…
 * 入口在哪) (sent_to_an_app_feature_by_branch_staff.ts): the classifier's complaint is not trusted and the model's
 * frustration is set aside. Something gone wrong beside it, a complaint made or an insistent repetition still escalate.
 */
import { describe, expect, it } from 'vitest';
import { loadHandoffConfig } from './handoff_config.ts';
import { HandoffExtension } from './handoff_extension.ts';
import { HandoffPolicy } from './handoff_policy.ts';
import { HandoffSignalReader } from './handoff_signals.ts';
import { frustrationAlarm } from './testing/model_readings.ts';
import { verdictReadThroughAFixedModel } from './testing/verdict_read_through_a_fixed_model.ts';

/** The model hearing frustration (0.88), as the trained one read such a message. */
const FRUSTRATED = frustrationAlarm(0.88);
const verdict = verdictReadThroughAFixedModel(FRUSTRATED);

const config = loadHandoffConfig({});
const reader = new HandoffSignalReader(config.trendAlpha);
const policy = new HandoffPolicy(config);
/** Whether the classifier's complaint intent is set aside for the message, the model reading frustration. */
const complaintVetoed = (text: string): boolean =>
  policy.vetoed('complaint', { ...reader.read(text, HandoffExtension.parse({})), model: FRUSTRATED });

describe('staff in the branch sending the customer to an app feature', () => {
  it.each([
    'Standing at the counter in your Hillcrest branch - the teller told me card activation is done in the app under Cards. Which menu exactly?',
    "I'm in your Northgate branch and the receptionist suggested I use the remote signing option in the mobile app for the loan papers. How do I get to it?",
    '我在你们人民路网点，大堂经理让我用手机银行里的视频办理把开户弄完，入口在哪',
    '我到了你们支行，柜员说让我在app上自己提交征信授权，在哪个菜单里',
  ])('"%s" is no complaint or frustration', (text) => {
    expect(complaintVetoed(text)).toBe(true);
    expect(verdict(text)).toBeNull();
  });

  it.each([
    "I'm at your branch and the teller said to use the video feature in the app, but it doesn't work and nobody will help. Ridiculous.",
    '我在你们网点，柜员让我用手机银行办，结果又办不了，白跑一趟',
    'At the branch, the teller said to use the app, where is the button? Third time I am asking!!!',
  ])('"%s" still escalates', (text) => {
    expect(complaintVetoed(text)).toBe(false);
    expect(verdict(text)).not.toBeNull();
  });
});
