/**
 * Messages whose words look upset but are not: English praise and nothing else (praise_only.ts, the model heard frustration),
 * a wasted trip feared ahead beside the question that spares it (trip_worried_ahead.ts, the lexicon read "nobody",
 * 白跑), and "on purpose" said of the customer's own choice (own_choice_on_purpose.ts, the lexicon read an
 * accusation). Praise beside a problem, a trip made for nothing and the bank's doing "on purpose" still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION, frustrationAlarm } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, frustrationAlarm(0.8));
const unsure = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('praise only', () => {
  it.each([
    'Kudos to whoever redesigned the statements page, much cleaner.',
    'The new savings screen is really intuitive, good job.',
  ])('"%s" stays with the assistant though the model hears frustration', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    '点赞，又扣了我一次年费',
    'Well done, locked out of the app again.',
    'Great job, now the app crashes on login.',
    // Praise with a cost told beside it is sarcasm.
    'Love the new app, brilliant, it logs me out every five minutes.',
    'Great job on the new queue system, kept me standing for an hour.',
    // Mandarin praise is left to the model: praise said to mean its opposite is how complaints are put politely.
    '服务真贴心，让我在大厅排了两个小时',
    '你们这效率，点个赞',
  ])('"%s" still goes to a person', (text) => {
    expect(alarmed(text)?.reason).toBe('negative_sentiment');
  });
});

describe('a wasted trip feared ahead', () => {
  it.each([
    '周日支行开门吗？我怕白跑一趟',
    'Is the Market Street branch open on Saturdays? I do not want to drive over and find nobody there.',
    'What time does the counter close? Asking in case there is nobody there after four.',
  ])('"%s" stays with the assistant', (text) => {
    expect(unsure(text)).toBeNull();
  });

  it.each(['专门请假跑到网点，结果关门了', 'Drove 30 minutes to the branch and it was shut.'])(
    '"%s" still goes to a person',
    (text) => {
      expect(unsure(text)?.reason).toBe('negative_sentiment');
    },
  );
});

describe('the customer’s own choice, on purpose', () => {
  it.each([
    'I set my daily limit low on purpose. How do I raise it for one payment?',
    'I am deliberately paying my gold dealer in two parts, my own account there. How do I get the second one released?',
  ])('"%s" stays with the assistant', (text) => {
    expect(unsure(text)).toBeNull();
  });

  it.each(['You blocked my card on purpose.', '你们是故意拖着不给我退的吧'])(
    '"%s" still goes to a person',
    (text) => {
      expect(unsure(text)?.reason).toBe('negative_sentiment');
    },
  );
});
