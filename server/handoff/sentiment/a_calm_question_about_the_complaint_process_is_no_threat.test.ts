/**
 * A calm question about the complaint process (how long the bank has to answer, when the ombudsman or the regulator
 * can be asked, the redressal process of a complaint registered under its number, the final response letter of a
 * closed complaint) stays with the assistant (sentiment/complaint_process_question.ts). A deadline with a threat
 * beside it is still a complaint.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
/** The model unsure either way, not calm enough to overrule a threat word on its own. */
const notSure = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('a calm question about the complaint process', () => {
  it.each([
    '投诉一般多久要给答复？超过多久可以去找金融监管总局反映？',
    '我已经登记了投诉，编号TS20931，想了解一下投诉处理的流程和时限',
    'What is the time limit for the bank to answer a complaint, and when could I take it to the ombudsman?',
    'My complaint was closed in May but the final response letter never came. Could you email it to me?',
    'I have a complaint number CP-7781 already. Can you tell me the grievance redressal process and how long each step takes?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
    expect(notSure(text)).toBeNull();
  });

  it.each([
    '投诉多久能处理完？再拖我就找媒体曝光',
    '投诉了两个月都没答复，再不处理我就去金融监管总局',
    'What is the time limit on my complaint? If you do not answer by Friday I am going to the ombudsman.',
    'My complaint number is CP-7781 and nobody has called me back, this is a disgrace, I am going to the ombudsman.',
  ])('"%s" is a complaint', (text) => {
    expect(verdict(text)?.reason).toBe('complaint');
    expect(notSure(text)?.reason).toBe('complaint');
  });
});
