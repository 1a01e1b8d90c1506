/**
 * What the assistant says about a queue ticket: when it is issued, and when a customer who holds one asks
 * where it stands (people ahead now, the estimated wait, or that it has been called). Both carry the ticket
 * card with its QR code, which opens `/queue/<id>` on the customer's phone.
 */
import QRCode from 'qrcode';
import {
  QUEUE_SERVICES,
  type Branch,
  type QueueTicket,
  type TicketStatus,
} from '../banking/branch_services.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { card, joinText, type FlowOutput } from './flow_replies.ts';

const L = (locale: Locale, zh: string, en: string): string => (locale === 'zh-CN' ? zh : en);

/** "1 person is" / "3 people are" ahead. */
const peopleAhead = (n: number): string => (n === 1 ? '1 person is' : `${n} people are`);

/** The button that asks for a second ticket (read by `queue_ticket_request.ts` as "another"). */
export function anotherTicketOption(locale: Locale): QuickReply {
  return locale === 'zh-CN'
    ? { label: '再取一个号', text: '再取一个号' }
    : { label: 'Take another ticket', text: 'take another ticket' };
}

export function ticketUrl(publicUrl: string, ticket: QueueTicket): string {
  return `${publicUrl.replace(/\/$/, '')}/queue/${ticket.id}`;
}

async function ticketCard(
  status: TicketStatus,
  branch: Branch | undefined,
  url: string,
  locale: Locale,
): Promise<FlowOutput['card']> {
  const { ticket } = status;
  const image = await QRCode.toDataURL(url, { margin: 1, width: 200, errorCorrectionLevel: 'M' });
  const fields: Array<[string, string]> = [
    [L(locale, '号码', 'Number'), ticket.number],
    [L(locale, '业务', 'Service'), QUEUE_SERVICES[ticket.service].name[locale]],
  ];
  if (status.called) fields.push([L(locale, '状态', 'Status'), L(locale, '已叫号', 'Called')]);
  else {
    fields.push([L(locale, '前面等候', 'Ahead of you'), String(status.ahead)]);
    if (status.ahead > 0)
      fields.push([
        L(locale, '预计等候', 'Estimated wait'),
        L(locale, `约${status.waitMinutes}分钟`, `about ${status.waitMinutes} min`),
      ]);
  }
  if (branch) fields.push([L(locale, '网点', 'Branch'), branch.name[locale]]);
  return card('ticket', L(locale, '排队号', 'Queue ticket'), fields, { image });
}

/** A ticket just issued. */
export async function ticketIssued(
  status: TicketStatus,
  branch: Branch | undefined,
  url: string,
  locale: Locale,
): Promise<FlowOutput> {
  const { ticket, ahead, waitMinutes } = status;
  const service = QUEUE_SERVICES[ticket.service].name[locale];
  // Nobody ahead: "you are next", not "0 people are ahead of you" / "前面还有0人等候".
  const place =
    ahead > 0
      ? L(
          locale,
          `前面还有${ahead}人等候，预计等候约${waitMinutes}分钟`,
          `${peopleAhead(ahead)} ahead of you, about ${waitMinutes} minutes' wait`,
        )
      : L(locale, '前面没有人等候，马上就叫到您', 'nobody is ahead of you, so you will be called next');
  return {
    text: L(
      locale,
      `您的排队号码是${ticket.number}（${service}），${place}。扫描二维码可在手机上查看叫号进度。`,
      `Your number is ${ticket.number} (${service}); ${place}. Scan the QR code to follow the queue on your phone.`,
    ),
    card: await ticketCard(status, branch, url, locale),
    expression: 'happy',
  };
}

/** Where the tickets a customer already holds stand; the card shows the newest. */
export async function ticketsHeld(
  statuses: TicketStatus[],
  branches: readonly Branch[],
  url: (t: QueueTicket) => string,
  locale: Locale,
): Promise<FlowOutput> {
  const lines = statuses.map((s) => {
    const branch = branches.find((b) => b.id === s.ticket.branchId);
    const what = `${QUEUE_SERVICES[s.ticket.service].name[locale]}${L(locale, '，', ', ')}${branch?.name[locale] ?? ''}`;
    const n = s.ticket.number;
    if (s.called)
      return L(
        locale,
        `您的号码${n}（${what}）已经叫到了，请尽快到柜台办理。`,
        `Your number ${n} (${what}) has been called; please go to the counter now.`,
      );
    if (s.ahead === 0)
      return L(
        locale,
        `您已取号${n}（${what}），前面已经没有人了，马上就叫到您，请留意叫号。`,
        `You have number ${n} (${what}). Nobody is ahead of you now; you will be called next.`,
      );
    return L(
      locale,
      `您已取号${n}（${what}），前面还有${s.ahead}人，预计等候约${s.waitMinutes}分钟。`,
      `You have number ${n} (${what}): ${peopleAhead(s.ahead)} ahead of you, about ${s.waitMinutes} minutes' wait.`,
    );
  });
  const newest = statuses[0]!;
  const branch = branches.find((b) => b.id === newest.ticket.branchId);
  return {
    text: joinText(locale, ...lines),
    card: await ticketCard(newest, branch, url(newest.ticket), locale),
    quickReplies: [anotherTicketOption(locale)],
    expression: 'neutral',
  };
}
