/**
 * Something of the bank's shared on social media because the customer liked it (shared_out_of_liking.ts): no threat
 * to go public, whatever the model is unsure of. Posting to shame the bank, or beside anger, is still a complaint.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const unsure = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('something of the bank shared online out of liking', () => {
  it.each(['新年红包封面做得太可爱了，我已经发朋友圈了', '你们app里的年终总结挺好玩，我刚发微博了'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(unsure(text)).toBeNull();
    },
  );

  it.each(['乱扣我年费，我要发朋友圈让大家看看', '服务这么差，我发微博曝光你们'])(
    '"%s" is still a complaint',
    (text) => {
      expect(unsure(text)?.reason).toBe('complaint');
    },
  );
});
