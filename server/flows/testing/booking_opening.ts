/**
 * Test support: the opening of a branch booking through the real server, in both languages: ask for a
 * booking, verify as the sandbox customer, name the branch. The booking then asks for the day.
 */
import type { Locale } from '../../protocol/protocol.ts';
import { Chat, type TransactionsServer } from './transactions_test_kit.ts';

/** The sandbox customer and the words of the opening, per language. */
export const BOOKING_OPENING = {
  'zh-CN': {
    customer: { phone: '13800000001', pin: '135790' },
    book: '我想预约网点',
    branch: '中关村支行',
  },
  en: {
    customer: { phone: '13800000004', pin: '864200' },
    book: 'book an appointment',
    branch: 'Zhongguancun',
  },
} as const;

/** Opens an app conversation in `locale`, asks for a booking, verifies and names the branch: the day is asked. */
export async function bookingAtTheDay(kit: TransactionsServer, locale: Locale): Promise<Chat> {
  const s = BOOKING_OPENING[locale];
  const chat = await Chat.open(kit, 'app', locale);
  await chat.say(s.book);
  await chat.verify(s.customer.phone, s.customer.pin);
  await chat.say(s.branch);
  return chat;
}
