/**
 * A calm request to automate a payment the customer makes by hand every month ("那个水费 每个月我都要跑一趟 能不能从卡上自动
 * 扣", "every month I have to come in to pay the council tax, can it come out of my account automatically?") is no
 * frustration: the model's frustration is set aside (errand_to_automate.ts). Said with a word of exasperation or
 * anger ("烦死了", "sick of", "why can't you"), it is more than a request.
 */
import { describe, expect, it } from 'vitest';
import { escalatesWithAnUpsetModel } from '../testing/upset_model.ts';

/** The model hears frustration in every message, as the trained one did in these (0.94 to 0.98). */
const escalates = escalatesWithAnUpsetModel(0.95);

describe('a monthly errand asked to be automated', () => {
  it.each([
    '每个月交电费都要跑一趟 能不能从卡上自动扣',
    '物业费每季度都得来交一次 能不能办个代扣',
    'every month I have to come in to pay the council tax, can it just come out of my account automatically?',
    'I need to pop in every month to pay my rent, could I set up a standing order instead?',
  ])('"%s" is a calm request, and the model’s frustration does not stand', (text) => {
    expect(escalates(text)).toBe(false);
  });

  it.each([
    '每个月都要跑一趟 烦死了 你们就不能弄个自动扣款吗',
    '每个月都得来排队交水费 到底能不能自动扣 说了好几次了',
    "I'm sick of coming in every month to pay the council tax, why can't you just set up a direct debit like a normal bank",
    'every month I have to come in again to pay the rent, can it be automatic, seriously',
  ])('"%s" is more than a request', (text) => {
    expect(escalates(text)).toBe(true);
  });
});
