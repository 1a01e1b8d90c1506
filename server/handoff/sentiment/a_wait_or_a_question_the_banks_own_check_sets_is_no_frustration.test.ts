/**
 * A calm question about a wait or a question the bank's own check sets ("给新收款人转账要等24小时，这是你们的规定吗",
 * "柜员问我取钱做什么用，这个每次都要问吗", "on hold for additional checks… what documents do you need?") stays with the
 * assistant: the lexicon no longer reads the rule's wait, "on hold" or "every time?" as anger at the bank
 * (calm_check_question.ts). Exasperation at the same check is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a calm question about a wait or a question set by the bank’s own check', () => {
  it.each([
    '给新加的收款人转账说要等24小时才能到，这是你们的规定吗？我是给房东交房租',
    '在柜台取两万块，柜员问我是不是有人让我取的，我是自己装修用，这个每次都要问吗',
    'My payment to my sister in Manila is on hold and the app says additional verification is needed. It is my own savings, what documents do you need?',
    '取钱时柜员问我是不是有人让我取的，我是自己给儿子交学费，这个每次都要问吗',
    'Payment to my brother in Nepal is on hold and the app says additional verification needed. It is my own money, what documents do you need?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '又要等24小时，你们这规定到底什么意思，耽误我交房租',
    'My payment is on hold AGAIN for additional checks, this is ridiculous. What documents do you need now?',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
