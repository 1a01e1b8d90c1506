/**
 * The one engine that runs every flow in `flow_definitions.ts`. A turn either starts a flow (from the
 * policy's decision, or a transfer cue such as "transfer 200 to John"), continues the running one, or passes.
 * Continuing: cancel at any step (a cancel of something else, "取消预约" in a transfer, is answered and the
 * flow goes on); fill or correct slots from the message, or from the option an ordinal answer picks
 * ("第二个", "the last one"); thanks, a greeting or a plain "ok" get a courteous word (social_remarks.ts) and
 * the question again; answer an FAQ or a small-talk intent and resume; a detail given while verification is
 * still needed is said back (slot_noted.ts); then `advance`: verification
 * first (phone -> SMS code -> PIN as the level needs), slots resolved against the verified customer's data,
 * risk checks, read-back and explicit confirmation, and finally the action. `resume` advances after a
 * successful `verify.submit` (outside a text turn). The book_appointment intent starts `cancel_appointment`
 * when the message asks to cancel or change one; inside that flow "取消" at the read-back is a yes and "保留"
 * keeps it (`cancel_appointment_request.ts`). A lost passbook never starts the card flow: it gets the passbook
 * article and a branch appointment offer (`passbook_item.ts`). Another flow asked for mid-flow ("先查下余额"
 * during a transfer) sets the running one aside and offers it back when done (`paused_flow.ts`); another bill
 * asked for during a bill payment ("水费也一起交了吧") is paid after it, offered when it is done, and a clear
 * switch ("不交电费了，交水费") replaces it with a word (`next_bill.ts`). A message
 * that calls the running flow off and goes on to something else ("算了不查了，帮我看看附近网点几点关门", "不是挂失，
 * 是解挂") ends it, and the rest is a turn of its own (`callOff`, call_off.ts). Lifting a loss report ("解除挂失")
 * is told how it is done, never a new loss report (lift_loss_report.ts); a card the bank froze ("我的卡被冻结了")
 * gets the article on restrictions, not the unfreeze flow at once (frozen_by_bank.ts). In a flow that moves
 * money, four digits alone that end one of the customer's accounts name that account (own_tail.ts), a number
 * alone never replaces a bill's amount due (bill_amount.ts), and "那转4000吧" heard as a goodbye is a new amount;
 * with no flow running it starts a transfer with that amount (amount_to_send.ts). Right after a freeze, "找到了，
 * 不用冻结了" unfreezes that card and "我的卡还能用吗" is told its state (card_just_frozen.ts), at any other time
 * the states of all the customer's cards once verified (card_state_question.ts); while booking, "周六
 * 开门吗" gets the branch hours and the question again (branch_hours_question.ts).
 */
import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../banking/audit_log.ts';
import type { BranchServices, TicketStatus } from '../banking/branch_services.ts';
import type { CoreBanking } from '../banking/core_banking.ts';
import type { Decision } from '../dialogue/decision.ts';
import { optionIndex } from '../dialogue/ordinal_answer.ts';
import { socialRemarkOf, type SocialRemark } from '../dialogue/social_remarks.ts';
import { languageWish } from '../dialogue/language_switch.ts';
import { saysFarewell } from '../dialogue/farewell.ts';
import { onlySaysDone } from '../dialogue/cancel_phrases.ts';
import { leadingCancelOf } from '../dialogue/leading_cancel.ts';
import { languageLead, languageOutcome } from '../dialogue/language_switch_replies.ts';
import { leavesSubjectToFlow } from './refers_to_flow.ts';
import { mentionsTransfer } from '../nlu/entities/transfer_verb.ts';
import { isPhoneNumberAnswer } from '../nlu/phone_number_answer.ts';
import { saysACode } from '../privacy/code_in_message.ts';
import type { Logger } from '../logger.ts';
import type { IntentCatalog } from '../nlu/intent_catalog.ts';
import type { EntityExtractor, FaqHit, KnowledgeBase } from '../nlu/understanding.ts';
import type { CallOff, ReplyDraft, TurnContext, TurnResult, TurnStepInput } from '../pipeline/stages.ts';
import type { Entity, Locale, QuickReply, Source } from '../protocol/protocol.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { missingFactor } from '../verification/verification_levels.ts';
import type { VerificationService } from '../verification/verification_service.ts';
import {
  readVerification,
  writeVerification,
  type VerificationState,
} from '../verification/verification_state.ts';
import { bookingReadBack, bookOption, cancelReadBack } from './appointment_replies.ts';
import { appointmentRequestOf, cancelFlowAnswer } from './cancel_appointment_request.ts';
import { runAction, type ActionDeps } from './flow_actions.ts';
import { FLOWS } from './flow_definitions.ts';
import { say, type FlowMessage } from './flow_messages.ts';
import { joinText, kioskSafeText, toReplyDraft, withPrefix, type FlowOutput } from './flow_replies.ts';
import { newFlow, readFlow, writeFlow, type FlowState, type SlotValues } from './flow_state.ts';
import type { FlowDefinition, FlowId } from './flow_types.ts';
import { assessRisk, type RiskPolicy, type RiskReason } from './risk_checks.ts';
import { heldOutput, overLimitNote, readBack } from './read_back.ts';
import { ticketsHeld, ticketUrl } from './queue_ticket_replies.ts';
import { PASSBOOK_ARTICLE, reportsLostPassbook } from './passbook_item.ts';
import { asksForLaterTransfer, SCHEDULED_TRANSFERS_ARTICLE } from './later_transfer.ts';
import { asksToSendAmount, namesAmountToSend } from './amount_to_send.ts';
import { ACCOUNT_CLOSURE_ARTICLE, asksToCloseCard } from './card_closure.ts';
import { CHEQUE_ARTICLE, namesChequeOnly } from './cheque_item.ts';
import { ENDED_BY_A_FOUND_CARD, saysCardFound } from './card_found.ts';
import { justLostReply, noteLossReport, readJustLost } from './card_just_reported_lost.ts';
import { asksAboutExpiredCard, CARD_EXPIRY_ARTICLE } from './expired_card.ts';
import { callOffRest } from './call_off.ts';
import { RESTRICTED_BY_BANK_ARTICLE, saysCardWasFrozen } from './frozen_by_bank.ts';
import { CARD_KEPT_ARTICLE, saysMachineKeptCard } from './card_kept_by_machine.ts';
import { asksToLiftLossReport, LOST_CARD_ARTICLE } from './lift_loss_report.ts';
import {
  cancelledWithOthers,
  notSent,
  notSentEither,
  oneAtATime,
  readNextTransfers,
  transferSlots,
  transfersAsked,
  withNextTransferOffer,
  withSaid,
  writeNextTransfers,
  type Said,
  type TransferAsked,
} from './next_transfer.ts';
import {
  asksToResume,
  offerAnswer,
  readPausedFlow,
  withResumeOffer,
  writePausedFlow,
} from './paused_flow.ts';
import {
  billNoted,
  billsAskedAfterFirst,
  billsCancelledWithOthers,
  billsNotPaid,
  billsNotPaidEither,
  billsOneAtATime,
  billSwitched,
  otherBillOf,
  readNextBills,
  withNextBill,
  writeNextBills,
} from './next_bill.ts';
import { queueRequestOf } from './queue_ticket_request.ts';
import { heldTickets, rememberTicket } from './queue_tickets_held.ts';
import { scamPhrases } from './scam_phrases.ts';
import { extractSlots, mergeSlots } from './slot_extract.ts';
import { resolveSlots, type CustomerData, type Gap, type Resolved } from './slot_resolve.ts';
import { shortBalance } from './short_balance.ts';
import { notedBeforeVerifying, notedOutOfTurn } from './slot_noted.ts';
import { onlyRestates } from './restated_detail.ts';
import { ownTailNamed } from './own_tail.ts';
import { transferAdded, transferNoted } from './added_transfer.ts';
import { correctedPayee } from './payee_correction.ts';
import { asksForNewCard, CARD_REPLACEMENT_ARTICLE, withoutSideQuestionLead } from './side_question.ts';
import { bothKindsNote } from './both_card_kinds.ts';
import { asksAboutSalary, salaryAnswer } from './salary_question.ts';
import {
  asksAboutOtherAccounts,
  balanceJustShown,
  noteBalanceShown,
  otherAccountsNote,
} from './balance_follow_up.ts';
import { OWN_ACCOUNT_TRANSFER, saysOwnAccount } from './own_account_payee.ts';
import { payItAnswer, saysPayIt } from './pay_it.ts';
import { askSameCode, codeStillAwaited } from './code_still_awaited.ts';
import { asksBillDue, billDueNote } from './bill_due_question.ts';
import { bareBillAmount } from './bill_amount.ts';
import { readHeldPayment, writeHeldPayment, type HeldPayment } from './held_payment.ts';
import { offeredTail, TAIL_SLOT_KINDS, tailAnswerOf, tailText } from './tail_answer.ts';
import { signalsOf, type TurnSignals } from './turn_signals.ts';
import { afterPhone, askCode, askPhone, askPin, awaitOwnCode, codeHelp } from './verification_prompts.ts';
import { isVagueOpener } from '../dialogue/vague_opener.ts';
import { asksWhatWouldHappen } from '../dialogue/what_if_question.ts';
import { awaitingTheQuestion, whatIsTheQuestion } from './vague_opener_in_flow.ts';
import { appointmentMove, rememberBooked } from './appointment_move.ts';
import { asksBranchHours } from './branch_hours_question.ts';
import { branchHoursText } from '../banking/branch_hours.ts';
import { saysOnlyADay } from './bare_day.ts';
import { asksAboutOwnCardState } from './card_state_question.ts';
import {
  asksIfCardWorks,
  frozenCardState,
  noteCardChange,
  readFrozen,
  undoesFreeze,
  unfreezeJustFrozen,
  type Frozen,
} from './card_just_frozen.ts';

export type StepOutcome = Omit<TurnResult, 'understanding'>;

export interface FlowEngineOptions {
  /** A flow idle for longer is dropped (the customer is told on their next flow-like message). */
  flowIdleMs: number;
  verificationIdleMs: number;
  faqThreshold: number;
  /** The branch a kiosk stands in (queue tickets at a kiosk need not ask). */
  kioskBranchId: string;
  risk: RiskPolicy;
}

export interface FlowEngineDeps extends ActionDeps {
  audit: AuditLog;
  branches: BranchServices;
  core: CoreBanking;
  verification: VerificationService;
  catalog: IntentCatalog | null;
  /** Looks up a question asked mid-flow about the flow's subject ("what's the fee for that"); optional. */
  knowledge?: KnowledgeBase | null;
  /** Used when the understanding stage has no entity extractor yet. */
  entities: EntityExtractor | null;
  logger: Logger;
  options: FlowEngineOptions;
}

/** One pass through the engine: the turn's inputs and the state it is building. */
interface Pass {
  ctx: TurnContext;
  context: DialogueContext;
  verification: VerificationState;
  entities: Entity[];
  intentConfidence: number;
  /** The text turn (session turn count) that answers a question asked in this pass. */
  nextTurn: number;
}

/** What a social remark mid-flow gets before the flow's question; a plain acknowledgement gets nothing. */
const COURTESY: Record<SocialRemark, FlowMessage | null> = {
  thanks: 'youAreWelcome',
  greeting: 'hello',
  acknowledgement: null,
};

/**
 * What the lost-card and freeze flows would stop a card for, but is answered by an article: "银行卡过期了怎么办"
 * (renewed, expired_card.ts), "支票丢了怎么办" (stopped by whoever wrote it, cheque_item.ts), "我要注销这张卡"
 * (closed, card_closure.ts).
 */
const NOT_A_CARD_STOP: ReadonlyArray<readonly [(text: string) => boolean, string]> = [
  [asksAboutExpiredCard, CARD_EXPIRY_ARTICLE],
  [namesChequeOnly, CHEQUE_ARTICLE],
  [asksToCloseCard, ACCOUNT_CLOSURE_ARTICLE],
];

/** The details that make a message heard as a goodbye an answer to the flow instead (`givesDetail`). */
const DETAILS: ReadonlyArray<keyof SlotValues> = [
  'amount',
  'payee',
  'payee_account',
  'from',
  'account',
  'card',
  'tails',
  'biller',
];

/** The article on branch hours, the source of the hours said during a booking. */
const BRANCH_HOURS_ARTICLE = 'branch_hours';

/** The flows that stop or free a card: what a lift of a loss report is heard as. */
const CARD_FLOWS: ReadonlySet<FlowId> = new Set(['report_lost_card', 'freeze_card', 'unfreeze_card']);

/** The intent an article or an answer intent was chosen for; none for a handoff intent or no intent. */
function answeredIntent(decision: Decision): string | null {
  if (decision.type === 'faq') return decision.intent;
  return decision.type === 'intent' && decision.trigger.type === 'answer' ? decision.intent : null;
}

/**
 * What the unfreeze flow (or a card stop) would start for, but is answered by an article with the unfreeze of
 * the customer's own freeze as a quick reply: a card the bank froze ("我的卡被冻结了", frozen_by_bank.ts).
 */
const NOT_AN_UNFREEZE: ReadonlyArray<readonly [(text: string) => boolean, string]> = [
  [saysCardWasFrozen, RESTRICTED_BY_BANK_ARTICLE],
];

export class FlowEngine {
  constructor(private readonly deps: FlowEngineDeps) {}

  /**
   * A message that calls the running flow off and goes on to something else (call_off.ts): the flow ends as a
   * cancel ends it (a code being waited for, the transfers asked for with it and a flow it set aside are
   * dropped), and the rest of the message is a turn of its own, its reply led by "余额查询没有办理。".
   */
  callOff(text: string, ctx: TurnContext): CallOff | null {
    const opts = this.deps.options;
    const before = ctx.session.context;
    const flow = readFlow(before);
    if (!flow || ctx.now.getTime() - flow.updatedAt > opts.flowIdleMs) return null;
    // "算了，卡找到了" during a loss report: the flow ends itself, with a word on the card (card_found.ts).
    if (ENDED_BY_A_FOUND_CARD.has(flow.flow) && saysCardFound(text)) return null;
    // "I'm done, …" at a read-back: not surely a cancel (see `turn`).
    const lead = leadingCancelOf(text);
    if (flow.status === 'confirming' && lead && onlySaysDone(lead.cancel)) return null;
    const def = FLOWS[flow.flow];
    const { locale } = ctx;
    // Entities only: while a payee is asked for, any words would pass for a name.
    const answers = (rest: string): boolean => {
      const entities = this.deps.entities?.extract(rest, locale, ctx.now) ?? [];
      const heard = extractSlots(def, { text: rest, entities }, this.deps.branches.branches);
      return Object.values(heard).some((v) => v !== undefined);
    };
    const rest = callOffRest(text, flow.flow, answers);
    if (rest === null) return null;
    const verification = readVerification(before, ctx.now, opts.verificationIdleMs);
    const queued = def.id === 'transfer_money' ? readNextTransfers(before, ctx.now, opts.flowIdleMs) : null;
    const bills = def.id === 'pay_bill' ? readNextBills(before, ctx.now, opts.flowIdleMs) : null;
    const either = queued
      ? notSentEither(queued.transfers, locale)
      : bills
        ? billsNotPaidEither(bills.billers, locale)
        : null;
    const noted = joinText(
      locale,
      calledOff(def, locale),
      ctx.channel === 'kiosk' ? either?.kiosk : either?.text,
    );
    const context = writeNextBills(
      writeNextTransfers(
        writePausedFlow(
          writeFlow(writeVerification(before, { ...verification, pending: undefined }), null),
          null,
        ),
        null,
      ),
      null,
    );
    return { rest, context, acknowledge: (reply) => ledBy(reply, noted, locale) };
  }

  async turn(input: TurnStepInput): Promise<StepOutcome | null> {
    const { ctx, decision, text } = input;
    const now = ctx.now;
    const opts = this.deps.options;
    const entities =
      input.understanding.entitiesExtracted || input.understanding.entities.length > 0
        ? input.understanding.entities
        : (this.deps.entities?.extract(text, ctx.locale, now) ?? []);
    let context = input.context;
    let flow = readFlow(context);
    const expired = flow !== null && now.getTime() - flow.updatedAt > opts.flowIdleMs ? flow : null;
    if (expired) {
      flow = null;
      context = writeFlow(context, null);
    }
    const signals = signalsOf(text, decision, flow?.flow);
    const pass: Pass = {
      ctx,
      context,
      verification: readVerification(context, now, opts.verificationIdleMs),
      entities,
      intentConfidence: decision.type === 'intent' ? decision.confidence : 1,
      nextTurn: ctx.session.turnCount + 1,
    };
    const startId = this.flowToStart(decision, text, entities);

    // "前面还有几个人" / "is it my turn yet" / "我要取号" again from a customer who holds a ticket today: that
    // ticket's place and wait, not a second ticket (one is issued when clearly asked for).
    if (!flow || flow.flow === 'queue_ticket') {
      const held = await this.ticketsHeldReply(pass, decision, text, startId, flow !== null);
      if (held) return this.output(pass, flow, 'ticket_status', held, 'queue_ticket');
    }

    if (!flow) {
      // After another flow finished: "继续" / "yes" picks the flow set aside for it up again (or the next of
      // the transfers asked for together); "不用了" lets it go; anything else is handled as usual, and the
      // offer stays open for one more "继续" at most (offerAnswer), then is not made again.
      const back = await this.offeredBack(pass, text, startId, signals);
      if (back) return back;
      // "找到了，不用冻结了" / "I found it, don't freeze it" right after a freeze: the unfreeze of that card, not a
      // second freeze; "我的卡现在还能用吗" / "is my card still working?": its state (card_just_frozen.ts).
      const frozen = readFrozen(context, now, opts.flowIdleMs);
      if (frozen && undoesFreeze(text)) {
        const undo = unfreezeJustFrozen(frozen, text, ctx.locale, now);
        return this.advance(pass, undo.flow, { prefix: undo.prefix, kioskPrefix: undo.kioskPrefix });
      }
      if (frozen && asksIfCardWorks(text)) {
        const state = await this.frozenCardReply(pass, frozen);
        return this.output(pass, null, 'card_state', state, 'freeze_card');
      }
      // "i found it actually" / "can i unfreeze it" right after a loss report: that card was reported lost, which
      // no unfreeze undoes; how the report is lifted (card_just_reported_lost.ts). Another card named by its
      // digits is unfrozen as asked.
      const lost = readJustLost(context, now, opts.flowIdleMs);
      const namesCard = entities.some((e) => e.type === 'card_tail' || e.type === 'account_tail');
      if (
        lost &&
        (saysCardFound(text) || (startId === 'unfreeze_card' && !namesCard) || asksToLiftLossReport(text)) &&
        (startId === null || CARD_FLOWS.has(startId))
      ) {
        const lift = this.liftReply(pass, justLostReply(lost, text, ctx.locale));
        if (lift) return lift;
      }
      // The same question at any other time: the customer's cards and their states, once verified
      // (card_state_question.ts), never an article that shares its words.
      if ((startId === null || CARD_FLOWS.has(startId)) && asksAboutOwnCardState(text))
        return this.start(pass, 'card_status', text, signals);
      // "算了 改到后天上午吧" right after booking: that appointment moved, read back first (appointment_move.ts).
      const move =
        startId === null || startId === 'book_appointment' || startId === 'cancel_appointment'
          ? appointmentMove(
              context,
              { text, entities },
              {
                now,
                idleMs: opts.flowIdleMs,
                branches: this.deps.branches.branches,
                locale: ctx.locale,
              },
            )
          : null;
      if (move) return this.advance(pass, move.flow, { prefix: move.note });
      // "存折丢了" / "my bank book is missing": the passbook article, never the card flow.
      const passbook = await this.passbookReply(pass, decision, text, startId);
      if (passbook) return passbook;
      // "每个月给我妈转2000" / "send 500 to Bob next Friday": this flow sends money now, once (later_transfer.ts).
      if (startId === 'transfer_money' && asksForLaterTransfer(text)) {
        const later = this.laterTransferReply(pass);
        if (later) return later;
      }
      // "我要解除挂失" / "cancel the loss report": how a loss report is lifted, never a new one.
      // So is "卡找到了" on its own (a card reported lost earlier turned up), not the unfreeze flow.
      if (
        (startId === null || CARD_FLOWS.has(startId)) &&
        (asksToLiftLossReport(text) || saysCardFound(text, { namesCard: true }))
      ) {
        const lift = this.liftReply(pass);
        if (lift) return lift;
      }
      // "我的卡被冻结了" / "why is my card frozen": what to do about a freeze by the bank, and the unfreeze of
      // the customer's own freeze one tap away; "帮我解冻银行卡" still starts the flow.
      if (startId && CARD_FLOWS.has(startId)) {
        const article = NOT_AN_UNFREEZE.find(([says]) => says(text))?.[1];
        const options = [unfreezeOwnCard(ctx.locale)];
        const reply = article ? this.articleReply(pass, article, 'unfreeze_card', options) : null;
        if (reply) return reply;
      }
      // "我卡被吞了" / "the ATM ate my card": the article on a card a machine kept, with a freeze one tap away;
      // never an unfreeze or a loss report started at once (card_kept_by_machine.ts). Nor a card_declined
      // reply or another article when no flow would start ("卡拿不出来了", "my card won't come out of the machine").
      if ((startId === null || CARD_FLOWS.has(startId)) && saysMachineKeptCard(text)) {
        const freeze = { label: say('freezeCardOption', ctx.locale), text: say('freezeCardAsk', ctx.locale) };
        const heard = startId ? FLOWS[startId].intent : answeredIntent(decision);
        const reply = this.articleReply(pass, CARD_KEPT_ARTICLE, heard, [freeze]);
        if (reply) return reply;
      }
      // An expired card, a lost cheque, a card to close: an article, never a loss report or a freeze.
      if (startId === 'report_lost_card' || startId === 'freeze_card') {
        const article = NOT_A_CARD_STOP.find(([asks]) => asks(text))?.[1];
        const reply = article ? this.articleReply(pass, article, FLOWS[startId].intent, []) : null;
        if (reply) return reply;
      }
      // "那转四万九吧" right after a hold: the same payment with a new amount (payee and account kept).
      const held = readHeldPayment(context, now, opts.flowIdleMs);
      if (held && this.newAmountFor(held, decision, startId, entities))
        return this.start(pass, held.flow, text, signals, held);
      // "and my savings?" right after the balance was shown: their accounts' balances again, saying which
      // accounts they have (balance_follow_up.ts).
      const customerId = pass.verification.customerId;
      if (
        (startId === null || startId === 'check_balance') &&
        balanceJustShown(context, now, opts.flowIdleMs) &&
        customerId &&
        asksAboutOtherAccounts(text)
      ) {
        const prefix = otherAccountsNote(await this.deps.core.listAccounts(customerId), text, ctx.locale);
        return this.advance(pass, newFlow('check_balance', now), { prefix });
      }
      if (startId) return this.start(pass, startId, text, signals);
      if (expired && (signals.affirm || signals.bareCode || entities.length > 0)) {
        pass.verification = { ...pass.verification, pending: undefined };
        return this.output(pass, null, 'timeout', { text: say('timedOut', ctx.locale) }, expired.flow);
      }
      return null;
    }

    const def = FLOWS[flow.flow];
    // Cancelling an appointment: "取消" / "确认取消" at its read-back is a yes, "保留" keeps it.
    const answer =
      flow.flow === 'cancel_appointment'
        ? cancelFlowAnswer(text, signals, {
            confirming: flow.status === 'confirming',
            names:
              extractSlots(def, { text, entities }, this.deps.branches.branches).appointment !== undefined,
          })
        : null;
    if (answer === 'keep') return this.cancel(pass, def);
    if (answer === 'confirm')
      return this.advance(pass, { ...flow, updatedAt: now.getTime() }, { confirmed: true });
    // "I'm done" at a read-back may be "that's all, go ahead": neither a cancel nor a yes; the read-back again.
    const doneAtReadBack = signals.onlyDone && flow.status === 'confirming';
    if (signals.cancel && answer !== 'again' && !doneAtReadBack) return this.cancel(pass, def);
    if (doneAtReadBack) return this.advance(pass, { ...flow, updatedAt: now.getTime() }, {});
    // "卡找到了" / "oh wait, found it" during a loss report or freeze: not needed any more (card_found.ts).
    if (ENDED_BY_A_FOUND_CARD.has(def.id) && saysCardFound(text)) {
      pass.verification = { ...pass.verification, pending: undefined };
      const found = joinText(ctx.locale, calledOff(def, ctx.locale), say('cardFound', ctx.locale));
      return this.output(pass, null, 'cancelled', { text: found }, def.id);
    }
    // "那转4000吧" / "ok then send 4000" while checking a balance or booking a visit: a transfer of that amount,
    // with the running flow set aside (its slot reading would take 4000 as an account's tail, its goodbye
    // check as a farewell). A flow that moves money reads it as its new amount below.
    if (
      startId === 'transfer_money' &&
      !def.slots.some((slot) => slot.kind === 'amount') &&
      namesAmountToSend(text, entities)
    ) {
      if (Object.keys(flow.slots).length > 0) pass.context = writePausedFlow(pass.context, flow, now);
      return this.start(pass, startId, text, signals);
    }
    // "bye" / "再见" in the middle of a flow: the customer is leaving; end it and say what was not done.
    // "那转4000吧" / "那就转4000吧" heard as a goodbye (the model knows "那就这样吧") gives the flow a new amount:
    // without a goodbye's own words, a message that gives a detail of the flow is that, not a goodbye.
    if (
      decision.type === 'intent' &&
      decision.intent === 'goodbye' &&
      (saysFarewell(text) || !this.givesDetail(def, text, entities))
    )
      return this.leave(pass, def);
    // "switch to English" / "说中文": the session took that language before the turn; confirmed, and the
    // question again in it (language_switch.ts).
    const language = languageWish(text);
    if (language) {
      const prefix = languageLead(languageOutcome(language, ctx), ctx.locale);
      return this.advance(pass, { ...flow, updatedAt: now.getTime() }, { prefix });
    }
    // A request for a person goes to the handoff step / responder; the flow waits (and times out).
    if (signals.human) return null;
    // "取消预约" during a transfer: say the transfer goes on (and how to stop it, in this flow's words), and
    // ask again.
    if (signals.cancelElsewhere) {
      const note =
        def.stillRunning?.[ctx.locale] ?? say('notThisFlow', ctx.locale, { flow: def.name[ctx.locale] });
      const prefix = joinText(ctx.locale, note, say('resume', ctx.locale));
      return this.advance(pass, { ...flow, updatedAt: now.getTime() }, { prefix });
    }
    const pending = pass.verification.pending;
    // Digits alone while a code is awaited ("123", "135790"), or said with their name ("验证码是204806", "the
    // code is 124219"): a code typed into the chat, not a new request (the transcript keeps it as stars).
    if ((signals.digits || saysACode(text)) && (pending === 'otp' || pending === 'pin')) {
      const again =
        pending === 'pin' ? askPin(ctx.locale) : askCode(ctx.locale, pass.verification.phoneMasked ?? '');
      return this.output(
        pass,
        flow,
        'verification',
        withPrefix(again, say('codeInChat', ctx.locale), ctx.locale),
        def.id,
      );
    }
    // "验证码忘了" / "I didn't get the code" while the code is awaited: about that code (how long it is valid,
    // a new one offered), never the password-reset article; the flow waits. A number given sends a new one.
    const phoneGiven = pass.entities.some((e) => e.type === 'phone');
    if (pending === 'otp' && signals.codeTrouble && !signals.resend && !phoneGiven)
      return this.output(pass, flow, 'verification', await this.codeTroubleReply(pass), def.id);
    // "我有个问题" / "I have a question": what about, the flow kept for after it (vague_opener_in_flow.ts).
    if (isVagueOpener(text)) {
      const asked = { text: whatIsTheQuestion(def, ctx.locale) };
      return this.output(pass, awaitingTheQuestion(flow, def), 'question', asked, def.id);
    }

    // "周末营业吗？周六开门吗" / "are you open on Saturday?" while booking: the branch hours, then the question
    // again; the day the question names is not the visit's (branch_hours_question.ts).
    if (def.slots.some((slot) => slot.kind === 'date') && asksBranchHours(text))
      return this.advance(pass, { ...flow, updatedAt: now.getTime() }, this.branchHoursAside(ctx.locale));
    // "我的卡现在还能用吗" in a flow right after a freeze (the unfreeze asking for the PIN): the card's state,
    // then the question again (card_just_frozen.ts).
    const justFrozen = readFrozen(context, now, opts.flowIdleMs);
    if (justFrozen && asksIfCardWorks(text)) {
      const state = await this.frozenCardReply(pass, justFrozen);
      const resume = say('resume', ctx.locale);
      return this.advance(
        pass,
        { ...flow, updatedAt: now.getTime() },
        {
          prefix: joinText(ctx.locale, state.text, resume),
          kioskPrefix: joinText(ctx.locale, state.kioskText, resume),
        },
      );
    }
    // "要交多少钱" / "how much is it?" while paying a bill: what is due on it, then the question again
    // (bill_due_question.ts), not the account balances.
    if (flow.flow === 'pay_bill' && flow.slots.biller && asksBillDue(text, entities)) {
      const due = await this.billDue(pass, flow.slots.biller);
      return this.advance(pass, { ...flow, updatedAt: now.getTime() }, due);
    }

    // "上个月工资到了没" when asked which account's transactions: the account the salary goes into, or the
    // account asked for again saying what for (salary_question.ts).
    const verifiedId = pass.verification.customerId;
    if (
      flow.flow === 'recent_transactions' &&
      flow.awaiting === 'account' &&
      verifiedId &&
      asksAboutSalary(text)
    ) {
      const salary = await salaryAnswer(this.deps.core, verifiedId, ctx.locale);
      const slots = salary.account ? { ...flow.slots, account: salary.account.tail } : flow.slots;
      return this.advance(pass, { ...flow, slots, updatedAt: now.getTime() }, { prefix: salary.text });
    }

    // "给我" / "转给我自己" / "to me": money to the customer's own account, made in the app; the payee named so
    // far is dropped and who the money is for asked again (own_account_payee.ts).
    if (def.slots.some((slot) => slot.kind === 'payee') && saysOwnAccount(text, flow.awaiting)) {
      const { payee: _payee, payee_account: _account, ...slots } = flow.slots;
      const prefix = OWN_ACCOUNT_TRANSFER[ctx.locale];
      return this.advance(
        pass,
        { ...flow, slots, status: 'collecting', updatedAt: now.getTime() },
        { prefix },
      );
    }

    // "好的 交吧" / "ok pay it" when asked which bill: the one bill due, or the bills due listed (pay_it.ts).
    if (flow.awaiting === 'biller' && pass.verification.customerId && saysPayIt(text)) {
      const answer = payItAnswer(await this.deps.core.listBills(pass.verification.customerId), ctx.locale);
      const asked = { ...flow, updatedAt: now.getTime() };
      if ('billerId' in answer)
        return this.advance(pass, { ...asked, slots: { ...flow.slots, biller: answer.billerId } }, {});
      return this.advance(pass, asked, answer);
    }

    const before = flow.riskSignals.length;
    const slotsBefore = flow.slots;
    // "第二个" / "the last one", "4321那个" / "the 4321 one": as if the customer had pressed that quick reply.
    const picked = this.pickedOption(flow, signals) ?? this.pickedByTail(flow, def, text, ctx.locale);
    // "2468" where one of the customer's accounts ends so, in a flow that moves money: that account, never
    // ¥2,468 (own_tail.ts).
    const own = picked === null ? ownTailNamed(flow, def, text, ctx.locale) : null;
    const heard =
      own?.slots ??
      extractSlots(
        def,
        {
          text: picked ?? text,
          entities: picked ? (this.deps.entities?.extract(picked, ctx.locale, now) ?? []) : entities,
          ...(flow.awaiting ? { awaiting: flow.awaiting } : {}),
        },
        this.deps.branches.branches,
      );
    // "sorry, I meant Zhang Wei, not Alice" / "不是李娜，是王芳": the payee, corrected by name alone.
    if (!heard.payee && def.slots.some((slot) => slot.kind === 'payee')) {
      const meant = correctedPayee(text, flow.slots);
      if (meant) heard.payee = { name: meant };
    }
    // "100" alone in a bill payment does not replace the amount due; how to say another amount (bill_amount.ts).
    const plainly = own ? null : bareBillAmount(flow, def, text, heard, ctx.locale);
    if (plainly) delete heard.amount;
    // "水费也一起交了吧" while the electricity bill is paid: kept for after it; "不交电费了，交水费": paid instead,
    // the first said not to be paid (next_bill.ts).
    const otherBill = own || picked ? null : this.otherBill(pass, flow, text, heard);
    // "再给张三转300" / "now send 50 to Alice too" while a transfer is read back: done after it, never in its
    // place (added_transfer.ts).
    const added = own || picked || otherBill ? null : this.addedTransfer(pass, flow, text, heard);
    const merged = mergeSlots(otherBill?.slots ?? flow.slots, heard);
    flow = {
      ...flow,
      slots: merged.slots,
      updatedAt: now.getTime(),
      riskSignals: [...new Set([...flow.riskSignals, ...(def.risk ? scamPhrases(text) : [])])],
    };
    if (flow.riskSignals.length > before) return this.hold(pass, def, flow, ['scam_phrase']);
    if (added) {
      const verifying = await this.verificationReply(pass, def, text, signals);
      if (verifying)
        return this.output(pass, flow, 'verification', withPrefix(verifying, added.text, ctx.locale), def.id);
      return this.advance(
        pass,
        { ...flow, status: 'collecting' },
        { prefix: added.text, kioskPrefix: added.kiosk },
      );
    }
    if (otherBill) {
      const { said } = otherBill;
      // "13800000001，水费也交" while the phone is asked: the code is sent, and the bill noted with it.
      const verifying = await this.verificationReply(pass, def, text, signals);
      if (verifying)
        return this.output(pass, flow, 'verification', withPrefix(verifying, said.text, ctx.locale), def.id);
      return this.advance(
        pass,
        { ...flow, status: 'collecting' },
        { prefix: said.text, kioskPrefix: said.kiosk },
      );
    }
    // "存折也丢了" in the middle of a flow (a card's loss report too): the passbook article, and this flow's
    // question again.
    if (startId && !merged.changed && reportsLostPassbook(text, startId)) {
      const article = this.deps.knowledge?.get(PASSBOOK_ARTICLE, ctx.locale);
      if (article) {
        const prefix = joinText(ctx.locale, article.answer, say('resume', ctx.locale));
        return this.advance(pass, flow, { prefix, source: { id: article.id, title: article.title } });
      }
    }
    // "取消挂失" / "解除挂失" mid-flow: how a loss report is lifted. A card flow is left for it ("挂失没有办理。");
    // any other flow goes on after the answer.
    if (!merged.changed && asksToLiftLossReport(text)) {
      if (CARD_FLOWS.has(flow.flow)) {
        pass.verification = { ...pass.verification, pending: undefined };
        const lift = this.liftReply(pass);
        const noted = calledOff(def, ctx.locale);
        if (lift) return { ...lift, reply: lift.reply && ledBy(lift.reply, noted, ctx.locale) };
      } else {
        const article = this.deps.knowledge?.get(LOST_CARD_ARTICLE, ctx.locale);
        const prefix = joinText(ctx.locale, say('liftLossReport', ctx.locale), say('resume', ctx.locale));
        if (article)
          return this.advance(pass, flow, { prefix, source: { id: article.id, title: article.title } });
      }
    }
    // Another flow's intent switches flows, unless the message answered this one ("ending 4321", or the phone
    // number asked for, "138 0000 0002", which the intent model may hear as a transfer).
    // Not "冻结之后还能用支付宝吗" / "if I freeze it, can I still use Apple Pay?": a question about what the
    // other flow would do, answered below like any question, the running flow kept (what_if_question.ts).
    const whatIf = asksWhatWouldHappen(text);
    if (
      startId &&
      startId !== flow.flow &&
      decision.type === 'intent' &&
      !merged.changed &&
      !signals.digits &&
      !isPhoneNumberAnswer(text) &&
      !whatIf
    ) {
      // "等等，我卡里还有多少钱" during a transfer: the transfer, with what was heard for it, is set aside and
      // offered again when the balance check is done (paused_flow.ts).
      if (Object.keys(flow.slots).length > 0) pass.context = writePausedFlow(pass.context, flow, now);
      // A code already sent for it is still the one to enter (code_still_awaited.ts).
      const keepCode = codeStillAwaited(pass.verification, flow);
      return this.start(pass, startId, text, signals, undefined, keepCode);
    }
    // A tail said again that matches none of the options: say again which there are, without "sorry".
    if (picked !== null && !merged.changed) return this.advance(pass, flow, {});

    const verifying = await this.verificationReply(pass, def, text, signals);
    if (verifying) return this.output(pass, flow, 'verification', verifying, def.id);
    if (plainly && !merged.changed) return this.advance(pass, flow, { prefix: plainly });

    if (flow.status === 'confirming' && !merged.changed) {
      // "好的 交吧" / "ok pay it" at a bill's read-back is a yes (pay_it.ts).
      if (signals.affirm || (def.id === 'pay_bill' && saysPayIt(text)))
        return this.advance(pass, flow, { confirmed: true });
      if (signals.deny) {
        const example = def.changeExample?.[ctx.locale];
        const text = example
          ? say('whatToChange', ctx.locale, { example })
          : say('whatToChangePlain', ctx.locale);
        return this.output(pass, flow, 'confirm', { text }, def.id);
      }
    }
    // The request said again ("取消预约" while choosing): ask what is still open, without "sorry".
    if (!merged.changed && answer === 'again') return this.advance(pass, flow, {});
    // "我前面还有几个人" before the ticket is taken: that shows once it is, and the question again.
    if (!merged.changed && flow.flow === 'queue_ticket' && queueRequestOf(text) === 'status')
      return this.advance(pass, flow, { prefix: say('aheadOnceTaken', ctx.locale) });
    // "can i unfreeze it" while the unfreeze asks for the PIN: yes, that is under way; the question again, not
    // "Sorry, I didn't catch that". A detail said again ("1234" twice at a bill's read-back) is no such request.
    if (!merged.changed && !merged.restated && startId === flow.flow && decision.type === 'intent')
      return this.advance(pass, flow, {
        prefix: say('underWay', ctx.locale, { flow: def.name[ctx.locale] }),
      });
    // "谢谢" / "ok thanks" / "你好" / "好的": a courteous word (none for a plain acknowledgement) and the question
    // again; never an article, and no "sorry, I didn't catch that".
    // A detail said again ("上午十点", "in the morning" when the morning was heard) is no question to look up
    // and no greeting the classifier heard in "morning": it is noted below. "good morning" is still a greeting.
    const restated = !merged.changed && merged.restated && onlyRestates(text);
    const remark = merged.changed
      ? null
      : (socialRemarkOf(text, restated ? undefined : decision) ??
        (signals.affirm ? 'acknowledgement' : null));
    if (remark) {
      const courtesy = COURTESY[remark];
      return this.advance(pass, flow, courtesy ? { prefix: say(courtesy, ctx.locale) } : {});
    }
    if (!merged.changed && !restated) {
      const aside = this.aside(input, signals, def);
      const prefix = aside
        ? joinText(ctx.locale, aside.text, say('resume', ctx.locale))
        : say(whatIf ? 'noAnswerAside' : 'notUnderstood', ctx.locale);
      return this.advance(pass, flow, { prefix, ...(aside?.source ? { source: aside.source } : {}) });
    }
    // A detail given while verification is still needed ("尾号3321" when the phone was asked): kept, said back,
    // and why verification comes first.
    const noted = missingFactor(def.verification, pass.verification.factors)
      ? notedBeforeVerifying(def, slotsBefore, flow.slots, ctx.locale)
      : null;
    // "哦不对，是给李娜" while the account is asked: the new payee said back, not taken silently.
    const newPayee = heard.payee?.name;
    const payeeChanged =
      newPayee && slotsBefore.payee?.name && newPayee !== slotsBefore.payee.name
        ? say('payeeChanged', ctx.locale, { name: newPayee })
        : undefined;
    const prefix =
      own?.text ??
      noted?.text ??
      payeeChanged ??
      notedOutOfTurn(slotsBefore, flow.slots, flow.awaiting, ctx.locale) ??
      (restated ? say('noted', ctx.locale) : undefined);
    const kioskPrefix = own?.kiosk ?? noted?.kiosk;
    return this.advance(
      pass,
      { ...flow, status: 'collecting' },
      prefix ? { prefix, ...(kioskPrefix !== undefined ? { kioskPrefix } : {}) } : {},
    );
  }

  /** After a successful `verify.submit`: carry on with the running flow (or just say so). */
  async resume(ctx: TurnContext): Promise<StepOutcome> {
    const pass: Pass = {
      ctx,
      context: ctx.session.context,
      verification: readVerification(ctx.session.context, ctx.now, this.deps.options.verificationIdleMs),
      entities: [],
      intentConfidence: 1,
      nextTurn: ctx.session.turnCount,
    };
    const flow = readFlow(pass.context);
    const verified = say('verified', ctx.locale);
    if (!flow || ctx.now.getTime() - flow.updatedAt > this.deps.options.flowIdleMs)
      return this.output(pass, null, 'verified', { text: verified }, null);
    return this.advance(pass, { ...flow, updatedAt: ctx.now.getTime() }, { prefix: verified });
  }

  /** Verification locked from `verify.submit`: the running flow ends, the customer is offered an agent. */
  locked(ctx: TurnContext, state: VerificationState, out: FlowOutput): StepOutcome {
    const pass: Pass = {
      ctx,
      context: ctx.session.context,
      verification: state,
      entities: [],
      intentConfidence: 1,
      nextTurn: ctx.session.turnCount,
    };
    const flow = readFlow(pass.context);
    return this.output(pass, null, 'locked', out, flow?.flow ?? null);
  }

  private flowToStart(decision: Decision, text: string, entities: Entity[]): FlowId | null {
    if (decision.type === 'intent' && decision.trigger.type === 'flow') {
      const id = decision.trigger.flow;
      if (!(id in FLOWS)) return null;
      // One intent books, changes and cancels appointments: "取消预约" / "改约" cancel one (a change is
      // cancel-then-book, said so when the flow starts).
      return id === 'book_appointment' && appointmentRequestOf(text) ? 'cancel_appointment' : (id as FlowId);
    }
    if (decision.type === 'intent' && decision.trigger.type !== 'answer') return null;
    const has = (t: string): boolean => entities.some((e) => e.type === t);
    if (has('amount') && has('payee') && mentionsTransfer(text)) return 'transfer_money';
    // "那转4000吧" / "ok then send 4000" heard as a goodbye or nothing at all (amount_to_send.ts).
    return asksToSendAmount(text, decision, entities) ? 'transfer_money' : null;
  }

  /**
   * `carried`: the payment a risk check held just before; this message gives it a new amount, so its
   * slots (payee, account) and the scam phrases heard with it are carried over.
   */
  private async start(
    pass: Pass,
    id: FlowId,
    text: string,
    signals: TurnSignals,
    carried?: HeldPayment,
    /** A code was sent for the flow this one replaces: it is asked for, not a new verification. */
    keepCode = false,
  ): Promise<StepOutcome> {
    const def = FLOWS[id];
    const flow = newFlow(id, pass.ctx.now);
    pass.context = writeHeldPayment(pass.context, null);
    // "改到周四": the day named is the new one, not the appointment to cancel.
    const change = id === 'cancel_appointment' && appointmentRequestOf(text) === 'change';
    const changeNote = change ? say('changeByCancel', pass.ctx.locale) : undefined;
    flow.slots = change
      ? {}
      : extractSlots(def, { text, entities: pass.entities }, this.deps.branches.branches);
    if (carried) flow.slots = mergeSlots(carried.slots, flow.slots).slots;
    // "给小王转500，再给小李转300": the first now, the others kept and offered one by one (next_transfer.ts).
    const asked = id === 'transfer_money' && !carried ? transfersAsked(text, pass.entities) : null;
    // "电费和水费都交了": the first bill now, the others kept and offered one by one (next_bill.ts).
    const bills = id === 'pay_bill' && flow.slots.biller ? billsAskedAfterFirst(text) : [];
    if (id === 'pay_bill') pass.context = writeNextBills(pass.context, bills, pass.ctx.now);
    const plan = asked
      ? oneAtATime(asked[0]!, asked.slice(1), pass.ctx.locale)
      : bills.length > 0
        ? billsOneAtATime(flow.slots.biller!, bills, pass.ctx.locale)
        : undefined;
    if (asked) {
      flow.slots = { ...flow.slots, ...transferSlots(asked[0]!) };
      pass.context = writeNextTransfers(pass.context, asked.slice(1), pass.ctx.now);
    }
    flow.riskSignals = [
      ...new Set([...(carried?.riskSignals ?? []), ...(def.risk ? scamPhrases(text) : [])]),
    ];
    if (flow.riskSignals.length > 0) return this.hold(pass, def, flow, ['scam_phrase']);
    const { phoneMasked } = pass.verification;
    if (keepCode && phoneMasked && missingFactor(def.verification, pass.verification.factors) === 'otp') {
      const asked = withPrefix(
        askSameCode(pass.ctx.locale, phoneMasked),
        def.intro[pass.ctx.locale],
        pass.ctx.locale,
      );
      return this.output(pass, { ...flow, awaiting: 'verification' }, 'verification', asked, def.id);
    }
    pass.verification = { ...pass.verification, pending: undefined };
    const verifying = await this.verificationReply(pass, def, text, signals);
    if (verifying) {
      const intro = missingFactor(def.verification, pass.verification.factors)
        ? joinText(pass.ctx.locale, changeNote, def.intro[pass.ctx.locale])
        : changeNote;
      const shown = withPrefix(verifying, intro, pass.ctx.locale);
      return this.output(
        pass,
        { ...flow, awaiting: 'verification' },
        'verification',
        plan ? withSaid(shown, plan, pass.ctx.locale) : shown,
        def.id,
      );
    }
    const prefix = plan?.text ?? changeNote;
    return this.advance(pass, flow, {
      intro: true,
      ...(prefix ? { prefix } : {}),
      ...(plan ? { kioskPrefix: plan.kiosk } : {}),
    });
  }

  /**
   * Whether a message gives the flow one of the details a goodbye never carries: an amount, a payee, an
   * account or card, a bill. Read from entities only (while a payee is asked for, any words would pass for a
   * name); days and half-days are left out ("明天再说吧" is still a goodbye), unless the message is a day and
   * nothing more ("礼拜六", which the model hears as 拜拜; bare_day.ts).
   */
  private givesDetail(def: FlowDefinition, text: string, entities: Entity[]): boolean {
    const heard = extractSlots(def, { text, entities }, this.deps.branches.branches);
    if (heard.date !== undefined && saysOnlyADay(text, entities)) return true;
    return DETAILS.some((k) => heard[k] !== undefined);
  }

  /** The branch hours said before the flow's question again, with the hours article as its source. */
  private branchHoursAside(locale: Locale): { prefix: string; source?: Source } {
    const prefix = joinText(locale, branchHoursText(locale), say('resume', locale));
    const article = this.deps.knowledge?.get(BRANCH_HOURS_ARTICLE, locale);
    return article ? { prefix, source: { id: article.id, title: article.title } } : { prefix };
  }

  /** The state of the card just frozen: read from the core while the customer is verified. */
  private async frozenCardReply(pass: Pass, frozen: Frozen): Promise<FlowOutput & { kioskText: string }> {
    const customerId = pass.verification.customerId;
    const cards = customerId ? await this.deps.core.listCards(customerId) : [];
    const status = cards.find((c) => c.id === frozen.cardId)?.status ?? 'frozen';
    const state = frozenCardState(frozen, status, pass.ctx.locale);
    return { ...state, kioskText: state.kioskText ?? state.text };
  }

  /**
   * Whether a message right after a hold gives the held payment a new amount: an amount, no payee or
   * account number named, and either that flow's intent or nothing that starts another flow or a handoff.
   */
  private newAmountFor(
    held: HeldPayment,
    decision: Decision,
    startId: FlowId | null,
    entities: Entity[],
  ): boolean {
    if (!entities.some((e) => e.type === 'amount') || entities.some((e) => e.type === 'payee')) return false;
    if (entities.some((e) => e.type === 'card_tail' || e.type === 'account_tail')) return false;
    if (startId !== null) return startId === held.flow;
    return !(decision.type === 'intent' && decision.trigger.type !== 'answer');
  }

  /** The text of the quick reply an ordinal answer picks, among those offered with the question just asked. */
  private pickedOption(flow: FlowState, signals: TurnSignals): string | null {
    const offered = flow.offered;
    if (signals.ordinal === null || !offered || offered.slot !== flow.awaiting) return null;
    const index = optionIndex(signals.ordinal, offered.texts.length);
    return index === null ? null : (offered.texts[index] ?? null);
  }

  /**
   * Four digits alone ("4321那个", "the 4321 one") while accounts or cards are offered: the option ending
   * so. Digits that end none of them are taken as that tail, so the flow says there is no such account or
   * card and lists the options. Null when the flow is not choosing an account or card.
   */
  private pickedByTail(flow: FlowState, def: FlowDefinition, text: string, locale: Locale): string | null {
    const offered = flow.offered;
    if (!offered || offered.slot !== flow.awaiting) return null;
    const slot = def.slots.find((s) => s.name === offered.slot);
    if (!slot || !TAIL_SLOT_KINDS.includes(slot.kind)) return null;
    const tail = tailAnswerOf(text);
    if (!tail) return null;
    const matching = offered.texts.filter((t) => offeredTail(t) === tail);
    return matching.length === 1 ? matching[0]! : tailText(slot.kind, tail, locale);
  }

  /**
   * Where the customer's tickets stand, when the message is about the queue and they hold one today at the
   * branch meant (named in the message, or the kiosk's own). Null when they ask for another ticket, name a
   * service they hold none for, or hold none.
   */
  private async ticketsHeldReply(
    pass: Pass,
    decision: Decision,
    text: string,
    startId: FlowId | null,
    /** A queue-ticket flow is running (another ticket was asked for): only a status question is answered. */
    taking: boolean,
  ): Promise<FlowOutput | null> {
    const { ctx } = pass;
    const request = queueRequestOf(text);
    const aboutQueue = taking
      ? request === 'status'
      : startId === 'queue_ticket' ||
        (startId === null && decision.type !== 'intent' && request === 'status');
    if (!aboutQueue || request === 'another') return null;
    const branches = this.deps.branches;
    const named = extractSlots(FLOWS.queue_ticket, { text, entities: pass.entities }, branches.branches);
    const branchId = named.branch ?? (ctx.channel === 'kiosk' ? this.deps.options.kioskBranchId : undefined);
    const held = heldTickets(pass.context, ctx.now).filter(
      (t) => (!branchId || t.branchId === branchId) && (!named.service || t.service === named.service),
    );
    const statuses = (await Promise.all(held.map((t) => branches.ticketStatus(t.id)))).filter(
      (s): s is TicketStatus => s !== null,
    );
    if (statuses.length === 0) return null;
    return ticketsHeld(statuses, branches.branches, (t) => ticketUrl(this.deps.publicUrl, t), ctx.locale);
  }

  /**
   * A lost passbook (passbook_item.ts): the article (report it by phone or at a branch, then formally at a
   * branch with ID, a new passbook after the waiting period), a branch appointment offered, and a card
   * freeze offered to a verified customer who has a card in use. Null when the message is not about a lost
   * passbook or the article is missing (the flow starts as before).
   */
  private async passbookReply(
    pass: Pass,
    decision: Decision,
    text: string,
    startId: FlowId | null,
  ): Promise<StepOutcome | null> {
    const { locale } = pass.ctx;
    const aboutPassbook =
      startId !== null
        ? reportsLostPassbook(text, startId)
        : decision.type === 'faq' && decision.hit.article.id === PASSBOOK_ARTICLE;
    if (!aboutPassbook) return null;
    const article = this.deps.knowledge?.get(PASSBOOK_ARTICLE, locale);
    if (!article) return null;
    const book = { ...bookOption(locale), label: say('bookForPassbook', locale) };
    const customerId = pass.verification.customerId;
    const cards = customerId ? await this.deps.core.listCards(customerId) : [];
    const freeze = cards.some((c) => c.status === 'active')
      ? [{ label: say('freezeCardOption', locale), text: say('freezeCardAsk', locale) }]
      : [];
    pass.verification = { ...pass.verification, pending: undefined };
    const source = { id: article.id, title: article.title };
    const out = this.output(
      pass,
      null,
      'passbook',
      { text: article.answer, source, quickReplies: [book, ...freeze] },
      null,
    );
    return {
      ...out,
      decision: { type: 'faq', hit: { article, score: 1 }, intent: 'report_lost_card', confidence: 1 },
      reply: out.reply && { ...out.reply, kind: 'faq', intent: 'report_lost_card' },
    };
  }

  /** The scheduled-transfers article, with "send it now instead" as a quick reply. */
  private laterTransferReply(pass: Pass): StepOutcome | null {
    const { locale } = pass.ctx;
    // The payee and amount heard go with "send it now", so nothing has to be said again.
    const payee = pass.entities.find((e) => e.type === 'payee')?.value;
    const amount = pass.entities.find((e) => e.type === 'amount')?.value;
    const ask =
      typeof payee === 'string' && typeof amount === 'number'
        ? say('sendNowAskFor', locale, { payee, amount: String(amount / 100) })
        : say('sendNowAsk', locale);
    const now = { label: say('sendNowOption', locale), text: ask };
    return this.articleReply(pass, SCHEDULED_TRANSFERS_ARTICLE, 'transfer_money', [now]);
  }

  /** An article instead of the flow the message was heard as, with its source and quick replies. */
  private articleReply(
    pass: Pass,
    id: string,
    intent: string | null,
    quickReplies: QuickReply[],
  ): StepOutcome | null {
    const article = this.deps.knowledge?.get(id, pass.ctx.locale);
    if (!article) return null;
    const source = { id: article.id, title: article.title };
    const out = this.output(pass, null, 'article', { text: article.answer, source, quickReplies }, null);
    return { ...out, reply: out.reply && { ...out.reply, kind: 'faq', intent } };
  }

  /**
   * How a loss report is lifted (in the app or at a branch, once the card is found; lift_loss_report.ts), from
   * the lost-card article, with the unfreeze of a card the customer only froze as a quick reply.
   */
  private liftReply(pass: Pass, said?: { text: string; kioskText: string }): StepOutcome | null {
    const { locale } = pass.ctx;
    const article = this.deps.knowledge?.get(LOST_CARD_ARTICLE, locale);
    if (!article) return null;
    // The card just reported lost (`said`): no offer to unfreeze a card, which would not bring it back.
    const out = this.output(
      pass,
      null,
      'article',
      {
        ...(said ?? { text: say('liftLossReport', locale), quickReplies: [unfreezeOwnCard(locale)] }),
        source: { id: article.id, title: article.title },
      },
      null,
    );
    return { ...out, reply: out.reply && { ...out.reply, kind: 'faq', intent: 'unfreeze_card' } };
  }

  /** A phone number or a resend request while the flow waits for verification. */
  private async verificationReply(
    pass: Pass,
    def: FlowDefinition,
    text: string,
    signals: TurnSignals,
  ): Promise<FlowOutput | null> {
    const { ctx } = pass;
    const v = pass.verification;
    if (missingFactor(def.verification, v.factors) !== 'otp') return null;
    const phone = pass.entities.find((e) => e.type === 'phone');
    const svc = this.deps.verification;
    let outcome;
    if (phone)
      outcome = await svc.startWithPhone(ctx.session.id, String(phone.value), v, ctx.locale, ctx.now);
    else if (v.pending === 'otp' && signals.resend && text.length > 0)
      outcome = await svc.resend(ctx.session.id, v, ctx.locale, ctx.now);
    else return null;
    pass.verification = outcome.state;
    return afterPhone(outcome, ctx.locale, ctx.now);
  }

  /** The code the customer forgot or did not get: its validity, a new one offered, the lockout rule. */
  private async codeTroubleReply(pass: Pass): Promise<FlowOutput> {
    const { ctx } = pass;
    const v = pass.verification;
    if (v.resendAt !== undefined) return awaitOwnCode(ctx.locale, v.resendAt, ctx.now);
    const status = await this.deps.verification.codeStatus(ctx.session.id, v, ctx.now);
    return codeHelp(ctx.locale, v.phoneMasked ?? '', status);
  }

  /** A question asked mid-flow (FAQ article or a small-talk intent's answer); never a yes/no. */
  private aside(
    input: TurnStepInput,
    signals: TurnSignals,
    def: FlowDefinition,
  ): { text: string; source: Source | null } | null {
    const { decision, ctx } = input;
    const intent = decision.type === 'intent' || decision.type === 'faq' ? decision.intent : null;
    if (signals.affirm || signals.deny || intent === 'affirm' || intent === 'deny') return null;
    const hit = this.asideArticle(input, def);
    if (hit && hit.score >= this.deps.options.faqThreshold)
      return { text: hit.article.answer, source: { id: hit.article.id, title: hit.article.title } };
    if (decision.type === 'intent' && decision.trigger.type === 'answer') {
      const response = this.deps.catalog?.intents.get(decision.intent)?.responses?.[ctx.locale]?.[0];
      if (response) return { text: response, source: null };
    }
    return null;
  }

  /**
   * The article for a question asked mid-flow. One that leaves its subject to the flow ("what's the fee for
   * that" during a transfer) is looked up with the flow's name added, and that answer wins when it is good.
   */
  private asideArticle(input: TurnStepInput, def: FlowDefinition): FaqHit | undefined {
    const { decision, understanding, ctx } = input;
    const kb = this.deps.knowledge;
    const threshold = this.deps.options.faqThreshold;
    // "how do i get new ones" / "新卡怎么办" in a loss report: the replacement card (side_question.ts).
    const replacement =
      def.id === 'report_lost_card' && asksForNewCard(understanding.text)
        ? kb?.get(CARD_REPLACEMENT_ARTICLE, ctx.locale)
        : undefined;
    if (replacement) return { article: replacement, score: 1 };
    let hit = decision.type === 'faq' ? decision.hit : understanding.faq[0];
    // "顺便问下补卡多少钱": the question looked up without its lead-in when that finds a good article.
    const side = withoutSideQuestionLead(understanding.text);
    if (kb && side !== null && !(hit && hit.score >= threshold)) {
      const found = kb.search(side, ctx.locale, 1)[0];
      if (found && found.score >= threshold) hit = found;
    }
    if (!kb || !leavesSubjectToFlow(understanding.text)) return hit;
    const about = kb.search(`${understanding.text} ${def.name[ctx.locale]}`, ctx.locale, 1)[0];
    if (!about || about.score < threshold) return hit;
    // The same article found on the question's own words: keep that hit.
    return hit && hit.article.id === about.article.id && hit.score >= threshold ? hit : about;
  }

  private async advance(
    pass: Pass,
    flow: FlowState,
    opts: {
      confirmed?: boolean;
      prefix?: string;
      /** Said instead of `prefix` at a kiosk (without the figures `prefix` has). */
      kioskPrefix?: string;
      intro?: boolean;
      source?: Source;
    },
  ): Promise<StepOutcome> {
    const { ctx } = pass;
    const { locale } = ctx;
    const def = FLOWS[flow.flow];
    const out = (o: FlowOutput, step: string, next: FlowState | null): StepOutcome => {
      const shown = withPrefix(
        { ...o, ...(opts.source ? { source: opts.source } : {}) },
        opts.prefix,
        locale,
      );
      if (opts.kioskPrefix !== undefined) {
        const kiosk = o.kioskText ?? (o.card?.sensitive ? say('seeScreen', locale) : o.text);
        shown.kioskText = joinText(locale, opts.kioskPrefix, kiosk);
      }
      return this.output(pass, next, step, shown, def.id);
    };

    const v = pass.verification;
    const missing = missingFactor(def.verification, v.factors);
    if (missing) {
      const intro = opts.intro ? def.intro[locale] : undefined;
      const waiting = { ...flow, awaiting: 'verification' };
      if (missing === 'otp' && v.pending === 'otp' && v.resendAt !== undefined)
        return out(awaitOwnCode(locale, v.resendAt, ctx.now), 'verification', waiting);
      if (missing === 'otp' && v.pending === 'otp' && v.phoneMasked)
        return out(withPrefix(askCode(locale, v.phoneMasked), intro, locale), 'verification', waiting);
      if (missing === 'otp') {
        pass.verification = { ...v, pending: 'phone' };
        return out(withPrefix(askPhone(locale), intro, locale), 'verification', waiting);
      }
      pass.verification = { ...v, pending: 'pin' };
      return out(withPrefix(askPin(locale), intro, locale), 'verification', waiting);
    }
    pass.verification = { ...v, lastActiveAt: ctx.now.getTime() };
    const customerId = v.customerId;

    const data = customerId
      ? await this.customerData(customerId, def, ctx.now)
      : { accounts: [], cards: [], payees: [], bills: [] };
    // Their accounts' and cards' last digits, so that "2468" later names the account (own_tail.ts).
    if (customerId && def.slots.some((s) => s.kind === 'amount'))
      flow = { ...flow, ownTails: [...new Set([...data.accounts, ...data.cards].map((x) => x.tail))] };
    const { resolved, gap } = resolveSlots(def, flow.slots, data, {
      locale,
      channel: ctx.channel,
      now: ctx.now,
      branches: this.deps.branches.branches,
      kioskBranchId: this.deps.options.kioskBranchId,
    });
    if (gap?.deadEnd)
      return out({ text: gap.note ?? say('nothingToDo', locale), quickReplies: gap.options }, 'ended', null);
    const askFor = (gap: Gap): StepOutcome => {
      const asking: FlowState = { ...flow, status: 'collecting', awaiting: gap.slot.name };
      if (gap.options.length > 0)
        asking.offered = {
          slot: gap.slot.name,
          texts: gap.options.map((o) => o.text),
          labels: gap.options.map((o) => o.label),
        };
      else delete asking.offered;
      const ask = gap.ask ?? gap.slot.prompt[locale];
      return out(
        {
          text: joinText(locale, gap.note, ask),
          ...(gap.kioskAsk ? { kioskText: gap.kioskAsk } : {}),
          quickReplies: gap.options,
        },
        gap.slot.name,
        asking,
      );
    };
    if (gap) return askFor(gap);

    if (def.risk && customerId) {
      const reasons = await assessRisk(
        {
          customerId,
          amount: resolved.amount ?? 0,
          newPayee: resolved.payee !== undefined && 'fresh' in resolved.payee,
          now: ctx.now,
          scamSignals: flow.riskSignals,
          externalHold: externalHold(pass.context),
        },
        this.deps.core,
        this.deps.options.risk,
      );
      if (reasons.length > 0) return this.hold(pass, def, flow, reasons, resolved);
    }
    // More than the account holds: said before the read-back, another amount asked (short_balance.ts).
    const short = shortBalance(def, resolved, data.accounts, locale);
    if (short) return askFor(short);

    if (def.confirm && !(opts.confirmed && flow.status === 'confirming' && flow.key)) {
      const next: FlowState = { ...flow, status: 'confirming', awaiting: 'confirm', key: randomUUID() };
      const branches = this.deps.branches.branches;
      const shown = resolved.appointment
        ? cancelReadBack(def, resolved.appointment, branches, locale)
        : def.action === 'book_appointment'
          ? bookingReadBack(def, resolved, locale)
          : readBack(def, resolved, locale);
      // "both debit and credit" lost: which card this report covers, and the other kind (both_card_kinds.ts).
      const both =
        flow.slots.cardKind === 'both' && resolved.card
          ? bothKindsNote(resolved.card, data.cards, locale)
          : undefined;
      return out(withPrefix(shown, both, locale), 'confirm', next);
    }

    const result = await runAction(this.deps, {
      action: def.action,
      resolved,
      customerId,
      key: flow.key ?? randomUUID(),
      locale,
      channel: ctx.channel,
      now: ctx.now,
      ...(flow.replaces ? { replaces: flow.replaces } : {}),
    });
    this.deps.logger.info({ sessionId: ctx.session.id, flow: def.id }, 'flow completed');
    if (result.issuedTicket) pass.context = rememberTicket(pass.context, result.issuedTicket, ctx.now);
    if (result.booked) pass.context = rememberBooked(pass.context, result.booked, ctx.now);
    if (result.cardChanged)
      pass.context = noteCardChange(
        pass.context,
        result.cardChanged.change,
        result.cardChanged.card,
        ctx.now,
      );
    if (def.action === 'show_balance') pass.context = noteBalanceShown(pass.context, ctx.now);
    if (result.cardChanged?.change === 'report_lost')
      pass.context = noteLossReport(pass.context, result.cardChanged.card, ctx.now);
    const idleMs = this.deps.options.flowIdleMs;
    const paused = readPausedFlow(pass.context, ctx.now, idleMs);
    if (paused && paused.flow !== flow.flow && paused.offeredTurn === undefined) {
      pass.context = writePausedFlow(pass.context, paused, ctx.now, pass.nextTurn);
      return out(withResumeOffer(result, paused, locale), 'done', null);
    }
    const queued = flow.flow === 'transfer_money' ? readNextTransfers(pass.context, ctx.now, idleMs) : null;
    if (queued && queued.offeredTurn === undefined) {
      pass.context = writeNextTransfers(pass.context, queued.transfers, ctx.now, pass.nextTurn);
      return out(withNextTransferOffer(result, queued.transfers[0]!, locale), 'done', null);
    }
    const bills = flow.flow === 'pay_bill' ? readNextBills(pass.context, ctx.now, idleMs) : null;
    if (bills && bills.offeredTurn === undefined) {
      const next = withNextBill(result, bills.billers, data.bills, locale);
      pass.context = writeNextBills(pass.context, next.left, ctx.now, pass.nextTurn);
      return out(next.out, 'done', null);
    }
    return out(result, 'done', null);
  }

  /**
   * The answer to "shall we carry on with your transfer?" (a flow set aside, paused_flow.ts) or "you also
   * asked for ¥300 to 小李; shall I do it now?" (next_transfer.ts), on a turn with no flow running. What was
   * set aside is forgotten by any turn that goes through here; a turn that passes (an FAQ, small talk) leaves
   * it stored, and offerAnswer closes the offer after one such turn.
   */
  private async offeredBack(
    pass: Pass,
    text: string,
    startId: FlowId | null,
    signals: TurnSignals,
  ): Promise<StepOutcome | null> {
    const { ctx } = pass;
    const { locale } = ctx;
    const idleMs = this.deps.options.flowIdleMs;
    const paused = readPausedFlow(pass.context, ctx.now, idleMs);
    const queued = readNextTransfers(pass.context, ctx.now, idleMs);
    const bills = readNextBills(pass.context, ctx.now, idleMs);
    if (!paused && !queued && !bills) return null;
    pass.context = writeNextBills(writeNextTransfers(writePausedFlow(pass.context, null), null), null);
    const offered = paused?.offeredTurn !== undefined ? paused : null;
    const next = !offered && queued?.offeredTurn !== undefined ? queued : null;
    const nextBill = !offered && !next && bills?.offeredTurn !== undefined ? bills : null;
    const answer = offerAnswer(
      offered?.offeredTurn ?? next?.offeredTurn ?? nextBill?.offeredTurn,
      ctx.session.turnCount,
    );
    if (answer === 'closed') return null;
    const flowId: FlowId = offered?.flow ?? (nextBill ? 'pay_bill' : 'transfer_money');
    // "继续转账" is heard as the transfer intent: still this transfer, not a new one.
    const explicit = (!startId || startId === flowId) && asksToResume(text);
    if (explicit || (answer === 'any' && !startId && signals.affirm)) {
      if (offered) {
        // Transfers or bills asked for together with it still come after it.
        pass.context = writeNextTransfers(pass.context, queued?.transfers ?? null, ctx.now);
        pass.context = writeNextBills(pass.context, bills?.billers ?? null, ctx.now);
        const { offeredTurn: _offered, ...flow } = offered;
        return this.advance(pass, { ...flow, updatedAt: ctx.now.getTime() }, {});
      }
      if (nextBill) {
        const [biller, ...rest] = nextBill.billers;
        pass.context = writeNextBills(pass.context, rest, ctx.now);
        return this.advance(pass, { ...newFlow('pay_bill', ctx.now), slots: { biller: biller! } }, {});
      }
      const [first, ...rest] = next!.transfers;
      pass.context = writeNextTransfers(pass.context, rest, ctx.now);
      const flow = { ...newFlow('transfer_money', ctx.now), slots: transferSlots(first!) };
      return this.advance(pass, flow, {});
    }
    if (answer === 'any' && !startId && (signals.cancel || signals.deny)) {
      const left = say('leftUndone', locale, { flow: FLOWS[offered?.flow ?? flowId].name[locale] });
      const either = queued
        ? notSentEither(queued.transfers, locale)
        : bills
          ? billsNotPaidEither(bills.billers, locale)
          : null;
      const said: Said = offered
        ? { text: joinText(locale, left, either?.text), kiosk: joinText(locale, left, either?.kiosk) }
        : nextBill
          ? billsNotPaid(nextBill.billers, locale)
          : notSent(next!.transfers, locale);
      return this.output(pass, null, 'cancelled', { text: said.text, kioskText: said.kiosk }, flowId);
    }
    return null;
  }

  /**
   * When a transfer ends without going ahead (cancelled, held, left), the other transfers asked for with it
   * are said not to be done either, and forgotten.
   */
  private othersAskedWith(pass: Pass, def: FlowDefinition): TransferAsked[] | null {
    if (def.id !== 'transfer_money') return null;
    const queued = readNextTransfers(pass.context, pass.ctx.now, this.deps.options.flowIdleMs);
    if (!queued) return null;
    pass.context = writeNextTransfers(pass.context, null);
    return queued.transfers;
  }

  /** The bills asked for with the one being paid (next_bill.ts), forgotten. */
  private billsAskedWith(pass: Pass, def: FlowDefinition): string[] | null {
    if (def.id !== 'pay_bill') return null;
    const queued = readNextBills(pass.context, pass.ctx.now, this.deps.options.flowIdleMs);
    if (!queued) return null;
    pass.context = writeNextBills(pass.context, null);
    return queued.billers;
  }

  private notSentWithIt(pass: Pass, def: FlowDefinition): Said | null {
    const others = this.othersAskedWith(pass, def);
    if (others) return notSentEither(others, pass.ctx.locale);
    const bills = this.billsAskedWith(pass, def);
    return bills ? billsNotPaidEither(bills, pass.ctx.locale) : null;
  }

  /**
   * A bill named while another is being paid (next_bill.ts): "水费也一起交了吧" is kept for after it (neither
   * its biller nor an amount said with it is taken); "不交电费了，交水费" replaces it, and an amount said for
   * the first goes with it. `slots`: the flow's slots to merge the turn into. Null when the message names no
   * other bill, the flow pays none yet, or a bill is what was just asked.
   */
  private otherBill(
    pass: Pass,
    flow: FlowState,
    text: string,
    heard: SlotValues,
  ): { slots: SlotValues; said: Said } | null {
    const current = flow.slots.biller;
    if (flow.flow !== 'pay_bill' || !current || flow.awaiting === 'biller') return null;
    const other = otherBillOf(text, current);
    if (!other) return null;
    const { now, locale } = pass.ctx;
    const queued = readNextBills(pass.context, now, this.deps.options.flowIdleMs)?.billers ?? [];
    if (other.kind === 'also') {
      delete heard.biller;
      delete heard.amount;
      const billers = [...queued, ...other.billers].filter((b) => b !== current);
      pass.context = writeNextBills(pass.context, billers, now);
      return { slots: flow.slots, said: billNoted(other.billers, locale) };
    }
    heard.biller = other.to;
    const billers = [...queued, ...other.after].filter((b) => b !== other.to);
    pass.context = writeNextBills(pass.context, billers, now);
    const { amount: _amount, ...slots } = flow.slots;
    return { slots, said: billSwitched(current, locale) };
  }

  /**
   * Another transfer asked for while this one is under way ("再给张三转300"): kept for after it, and what it
   * said taken out of `heard` so the payment under way keeps its payee and amount.
   */
  private addedTransfer(pass: Pass, flow: FlowState, text: string, heard: SlotValues): Said | null {
    if (flow.flow !== 'transfer_money') return null;
    const asked = transferAdded(text, pass.entities, flow.slots);
    if (!asked) return null;
    const { now, locale } = pass.ctx;
    delete heard.payee;
    delete heard.amount;
    delete heard.payee_account;
    const queued = readNextTransfers(pass.context, now, this.deps.options.flowIdleMs)?.transfers ?? [];
    pass.context = writeNextTransfers(pass.context, [...queued, asked], now);
    return transferNoted(asked, locale);
  }

  /**
   * What is due on the bill being paid, said before the flow's question: once the customer is known (a code
   * is enough to see a bill), else that it is said after verifying. The lobby screen speaks no figures.
   */
  private async billDue(pass: Pass, billerId: string): Promise<{ prefix?: string; kioskPrefix?: string }> {
    const { locale } = pass.ctx;
    const kioskPrefix = say('billDueOnScreen', locale);
    const customerId = pass.verification.customerId;
    const note = customerId
      ? billDueNote(await this.deps.core.listBills(customerId), billerId, locale)
      : null;
    if (note) return { prefix: note, kioskPrefix };
    // No such bill: the flow's question says so once the customer is verified; a customer already verified
    // is not told to verify.
    const verified = !missingFactor(FLOWS.pay_bill.verification, pass.verification.factors);
    return verified ? {} : { prefix: say('billDueAfterVerifying', locale), kioskPrefix };
  }

  /** `resolved`: what the payment was, when known (the limit of its account is said when it is over it). */
  private async hold(
    pass: Pass,
    def: FlowDefinition,
    flow: FlowState,
    reasons: RiskReason[],
    resolved?: Resolved,
  ): Promise<StepOutcome> {
    const customerId = pass.verification.customerId;
    const { locale } = pass.ctx;
    pass.context = writeHeldPayment(pass.context, {
      flow: def.id,
      slots: flow.slots,
      riskSignals: flow.riskSignals,
      at: pass.ctx.now.getTime(),
    });
    await this.deps.audit.append({
      type: 'payment.held',
      at: pass.ctx.now.getTime(),
      actor: customerId ?? 'unverified',
      data: { flow: def.id, reasons, amount: flow.slots.amount ?? null },
    });
    this.deps.logger.warn(
      { sessionId: pass.ctx.session.id, flow: def.id, reasons },
      'payment held by risk checks',
    );
    const over =
      resolved?.from && resolved.amount !== undefined ? overLimitNote(resolved, locale) : undefined;
    const held = heldOutput(reasons, locale, over);
    const either = this.notSentWithIt(pass, def);
    return this.output(
      pass,
      null,
      'held',
      either
        ? {
            ...held,
            text: joinText(locale, held.text, either.text),
            kioskText: joinText(locale, kioskSafeText(held, locale), either.kiosk),
          }
        : held,
      def.id,
    );
  }

  private cancel(pass: Pass, def: FlowDefinition): StepOutcome {
    pass.verification = { ...pass.verification, pending: undefined };
    // Calling off a cancellation keeps the appointment: "已为您取消" would say the opposite.
    const { locale } = pass.ctx;
    const others = this.othersAskedWith(pass, def);
    const bills = others ? null : this.billsAskedWith(pass, def);
    if (others || bills) {
      const said = others ? cancelledWithOthers(others, locale) : billsCancelledWithOthers(bills!, locale);
      return this.output(pass, null, 'cancelled', { text: said.text, kioskText: said.kiosk }, def.id);
    }
    // The flow this one was started in the middle of is offered back, as when this one is done.
    const paused = readPausedFlow(pass.context, pass.ctx.now, this.deps.options.flowIdleMs);
    if (paused && paused.flow !== def.id && paused.offeredTurn === undefined) {
      pass.context = writePausedFlow(pass.context, paused, pass.ctx.now, pass.nextTurn);
      const said = say(def.id === 'cancel_appointment' ? 'appointmentKept' : 'cancelledThis', locale);
      return this.output(pass, null, 'cancelled', withResumeOffer({ text: said }, paused, locale), def.id);
    }
    // Calling off a move (appointment_move.ts) keeps the appointment too.
    const keeps = def.id === 'cancel_appointment' || readFlow(pass.context)?.replaces !== undefined;
    const text = say(keeps ? 'appointmentKept' : 'cancelled', locale);
    return this.output(pass, null, 'cancelled', { text }, def.id);
  }

  private leave(pass: Pass, def: FlowDefinition): StepOutcome {
    const { locale } = pass.ctx;
    pass.verification = { ...pass.verification, pending: undefined };
    const goodbye = this.deps.catalog?.intents.get('goodbye')?.responses?.[locale]?.[0];
    const left = say('leftUndone', locale, { flow: def.name[locale] });
    const either = this.notSentWithIt(pass, def);
    const text = joinText(locale, left, either?.text, goodbye);
    const kioskText = joinText(locale, left, either?.kiosk, goodbye);
    return this.output(pass, null, 'cancelled', { text, kioskText }, def.id);
  }

  private async customerData(customerId: string, def: FlowDefinition, now: Date): Promise<CustomerData> {
    const core = this.deps.core;
    const appointments = def.slots.some((s) => s.kind === 'appointment');
    const [accounts, cards, payees, bills, upcoming] = await Promise.all([
      core.listAccounts(customerId),
      core.listCards(customerId),
      core.listPayees(customerId),
      core.listBills(customerId),
      appointments ? this.deps.branches.appointmentsOf(customerId, now) : undefined,
    ]);
    return { accounts, cards, payees, bills, ...(upcoming ? { appointments: upcoming } : {}) };
  }

  private output(
    pass: Pass,
    flow: FlowState | null,
    step: string,
    out: FlowOutput,
    /** The flow the reply belongs to; null for verification outside any flow. */
    flowId: FlowId | null,
  ): StepOutcome {
    const { ctx } = pass;
    const stamped = flow ? { ...flow, updatedAt: ctx.now.getTime() } : null;
    // The flow answered this turn: a message the classifier could not place ("4321那个", "确认") is an answer
    // to the flow, or met with its question again, not the assistant failing. It does not count toward the
    // handoff's repeated-fallback limit, then or after the flow ends.
    const context = {
      ...writeFlow(writeVerification(pass.context, pass.verification), stamped),
      fallbackCount: ctx.session.context.fallbackCount,
    };
    return {
      decision: { type: 'flow', flow: flowId ?? 'verification', step },
      reply: toReplyDraft(out, {
        channel: ctx.channel,
        locale: ctx.locale,
        intent: flowId ? FLOWS[flowId].intent : null,
        confidence: pass.intentConfidence,
        entities: pass.entities,
      }),
      context,
    };
  }
}

/**
 * Said of a flow called off, before the answer to what came with it: what was not done ("转账没有办理。", "挂失
 * 没有办理。": not "挂失已取消", which reads as a loss report lifted).
 */
function calledOff(def: FlowDefinition, locale: Locale): string {
  // Calling off a cancellation keeps the appointment: "取消预约没有办理" would say it the long way round.
  return def.id === 'cancel_appointment'
    ? say('callOffKept', locale)
    : say('callOffNoted', locale, { flow: def.name[locale] });
}

/** The quick reply that starts the unfreeze of a card the customer froze ("解冻我自己冻结的卡"). */
function unfreezeOwnCard(locale: Locale): QuickReply {
  const text = say('unfreezeOwnCard', locale);
  return { label: text, text };
}

/** A reply with a word in front of it, shown and spoken ("挂失没有办理。"). */
function ledBy(reply: ReplyDraft, lead: string, locale: Locale): ReplyDraft {
  return {
    ...reply,
    text: joinText(locale, lead, reply.text),
    ...(reply.speech !== undefined ? { speech: joinText(locale, lead, reply.speech) } : {}),
  };
}

function externalHold(context: DialogueContext): boolean {
  const risk = context.extensions.risk;
  return typeof risk === 'object' && risk !== null && (risk as { hold?: unknown }).hold === true;
}
