/**
 * What the customer sees: a polite fault report of the app, opened with a greeting and naming the phone, asking whether
 * it is a known issue or how to fix it ("Good afternoon. Since Tuesday's update the app signs me out every few minutes. Is
 * this a known issue? Galaxy S23, Android 14.", 你好，手机银行一打开账单就闪退，荣耀Magic6…别人也这样吗), stays with the
 * assistant however sure the model is of frustration (app_fault_report_with_device.ts, its greeting shape). "Again", "still", a
 * count of days or an outburst beside it still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { verdictReadThroughAFixedModel } from '../testing/verdict_read_through_a_fixed_model.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

// The model sure of frustration, as the trained one read such a report (0.81), read through the signal reader.
const withAlarmedModel = verdictReadThroughAFixedModel(frustrationAlarm(0.81));

describe('a polite fault report with device details', () => {
  it.each([
    "Good afternoon. Since Tuesday's update the app signs me out every few minutes. Is this a known issue? Galaxy S23, Android 14.",
    'Hi, the app freezes on the payments screen since the last update. Is there a workaround? iPhone 13, iOS 17.5',
    '您好，更新以后app过几分钟就自动退出登录，请问是已知问题吗？手机是小米13，澎湃OS',
    '你好，手机银行一打开账单就闪退，荣耀Magic6，安卓14，别人也这样吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(withAlarmedModel(text)).toBeNull();
  });

  it.each([
    'Good morning. The app logs me out again every few minutes. Is this a known issue? Pixel 8',
    'Hello. The app has crashed every day for a week and still no fix. Is this a known issue? iPhone 15',
    '你好，手机银行又闪退了，华为Mate 60，到底有没有办法',
    '您好，app天天闪退，华为P60，烦死了，别人也这样吗',
  ])('"%s" still goes to a person', (text) => {
    expect(withAlarmedModel(text)?.reason).toBe('negative_sentiment');
  });
});
