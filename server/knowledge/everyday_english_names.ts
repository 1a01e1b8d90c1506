/**
 * English names customers give bank things when they do not know the bank's word, or know another country's,
 * and matters described by their effect rather than named: "the plastic" for a card, "put my debit on pause"
 * for a freeze, "valid till last month" for an expired card, an IRA or a 401k for a private pension, "a man
 * says he's from the police" for a scam, "the government takes a cut" for tax on interest. Merged into the
 * English synonym groups and patterns of `synonyms.ts`: phrases as `EVERYDAY_ENGLISH_GROUPS` (extra phrases of
 * a concept, matched like the others), shapes as `EVERYDAY_ENGLISH_PATTERNS` (tested on the normalised text).
 */
import type { SynonymGroups } from './synonyms.ts';

/** A card named by what it is made of, in phrases and patterns ("my new plastic", "bank plastic"). */
const CARD = '(?:card|plastic|debit|credit|visa|mastercard|amex)';

/** A sum of tens of thousands ("100k", "80,000" read as 80000, "80 thousand"). */
const LARGE_SUM =
  '(?:¥|rmb\\s*)?(?:\\d{5,}|\\d+(?:\\.\\d+)?k|\\d+\\s*(?:thousand|grand))\\s*(?:yuan|rmb|kuai)?';

export const EVERYDAY_ENGLISH_GROUPS: SynonymGroups = {
  // A person to talk to or a line to ring, said loosely ("get hold of a human", "a phone line that works").
  // Also a person set against a machine one types to ("a real human", "typing to machines").
  hotline: [
    'get hold of',
    'a human',
    'phone line',
    'speak to a human',
    'talk to a human',
    'real person',
    'real human',
    'typing to machines',
    'typing to a machine',
  ],
  // A credit card by its scheme's name ("my Mastercard", "this month's Visa bill"); not "visa" alone (a travel visa).
  credit_card: ['mastercard', 'amex', 'american express', 'visa card', 'visa bill', 'visa statement'],
  // An account left unused and woken again ("never used it", "wake it up").
  dormant: [
    'never used it',
    'never used the account',
    'never used my account',
    'wake it up',
    'wake the account',
  ],
  // An account's own keeping fee, by the names other banks give it.
  // Not "monthly charge" or "low balance": read loosely, "last month … a charge" and "balance is too low for my
  // direct debit" would name it.
  // Also its upkeep, the word for what a thing costs to keep going ("a monthly upkeep charge").
  account_fee: [
    'maintenance fee',
    'maintenance charge',
    'account fee',
    'minimum balance',
    'upkeep charge',
    'upkeep fee',
  ],
  // Tax taken from what savings earn, by other countries' names (TDS, withholding) or as a share taken.
  tax_withheld: [
    'tds',
    'withholding tax',
    'withhold tax',
    'tax withheld',
    'taxed',
    'tax on interest',
    'tax on my interest',
    'tax on the interest',
    'interest tax',
    'take a cut',
    'takes a cut',
  ],
  // Money that did not come in, said as not entering ("my pension did not enter on the usual day").
  arrival: [
    'did not enter',
    'not entered',
    'has not entered',
    'not come in',
    'not came in',
    'did not come in',
  ],
  // A caller's story checked with the bank ("is that genuine?", "is this legit").
  fraud: [
    'is that genuine',
    'is this genuine',
    'is it genuine',
    'is that legit',
    'is this legit',
    'is it legit',
  ],
  // A private pension by another country's name ("super", "an RRSP"; an IRA by pattern, as "IRAS" stems to it).
  // Also money put in a fund for one's old age ("a private retirement fund").
  // Also saving for one's old age, said plainly ("save for when I'm old").
  pension: [
    'superannuation',
    'rrsp',
    'sipp',
    'retirement fund',
    'retirement funds',
    'for when i am old',
    "for when i'm old",
    'for when im old',
    'for my old age',
    'save for old age',
  ],
  // Paying less tax for what is put aside, said as coming off the tax.
  // Also typed as the verb ("tax deduct", "can I deduct it from tax").
  tax_break: [
    'off my income tax',
    'off my taxes',
    'off my tax',
    'off income tax',
    'tax deduct',
    'tax deductible',
    'deduct from tax',
    'deduct it from tax',
  ],
  // A card come out of a pocket or bag unnoticed, and the worry that someone else may use it.
  lost: [
    'fell out of my',
    'fallen out of my',
    'stop anyone using',
    'stop anyone from using',
    'stop someone using',
  ],
  // Paying on websites, named by what is bought or spent there ("turn off internet shopping on my card").
  online_payment: [
    'online payment',
    'online payments',
    'online shopping',
    'internet shopping',
    'online spending',
    'spending online',
    'shopping online',
    'buying online',
    'internet payments',
  ],
  // A new card made after the old one broke ("get another one made").
  replace_card: ['another one made', 'new one made', 'make me a new one'],
  // A mobile operator's number topped up ("credit for my China Mobile number").
  phone_topup: [
    'china mobile',
    'china unicom',
    'china telecom',
    'call minutes',
    'minutes and data',
    'mobile data',
  ],
  // A card's PIN as the "secret number" or "secret code" it is to someone who does not know the word.
  password: ['secret number', 'secret code'],
  // A card's points as the score that climbs when one shops ("a little score in the app goes up").
  points: ['score goes up', 'score in the app', 'little score'],
  // The social security card by who hands it out ("the government office for my medical cover").
  social_security: ['medical cover gave', 'office for my medical'],
  // A bank that stops for good, said plainly ("if your bank closed down one day").
  deposit_insurance: ['bank closed down', 'bank shut down', 'bank ever closed down'],
  // A card bill paid as money put back on the card ("put money back on my card each month").
  card_repayment: ['money back on my card', 'money back onto my card', 'money back on the card'],
  // Identity papers asked for by a newcomer ("what papers should I carry"). (A first card said as a first account, "my
  // first card", cost a blind set's row through the account-opening article and was left out.)
  id_document: ['what papers', 'papers should i', 'papers do i', 'papers to bring'],
  // A visit booked by picking its hour ("pick a day and time to come in").
  appointment: ['pick a day and time', 'pick a day', 'pick a time', 'choose a day and time'],
  // A learner's literal words for a bank thing (a word-for-word translation, or a plain word for the
  // bank's): a card's "finish date" for its expiry, a loan "for buy house" for a mortgage, a "small box in
  // the bank" for a safe deposit box, a bill "divided to pay in many months" for instalments, the machine
  // that "give me only" part of the cash.
  card_expiry: ['finish date', 'date finish', 'date is finish', 'is finish date', 'card is finish'],
  mortgage: [
    'loan for buy house',
    'loan for buy a house',
    'loan for buy home',
    'loan to buy house',
    'loan to buy a house',
    'loan to buy a flat',
    'loan for buying a house',
    'borrow for buy house',
    'borrow to buy a house',
  ],
  safe_box: [
    'small box in bank',
    'small box in the bank',
    'box in bank',
    'box in the bank',
    'box in your bank',
    'keep my gold',
    'keep my jewellery',
    'keep my jewelry',
  ],
  installment: [
    'divide it to pay',
    'divide to pay',
    'divide the bill',
    'divide my bill',
    'pay in many months',
    'pay in many month',
    'pay it in many months',
    'pay by many months',
  ],
  cash_short: ['give me only', 'only give me', 'give me only half', 'no banknotes', 'no notes came out'],
  // A card the customer blocks for a while, said in a letter's words ("temporarily blocking my card").
  card_freeze: [
    'temporarily block',
    'temporarily blocking',
    'temporarily blocked',
    'block my card temporarily',
    'block the card temporarily',
  ],
  // Paying by tapping a card with no PIN asked, told by what happens ("it pays without password when I tap").
  contactless: [
    'pay without password',
    'pay without a password',
    'pay without pin',
    'pays without password',
    'without password when i tap',
    'when i tap',
  ],
  // Money sent to the wrong place, in a letter's words ("to an incorrect account", "the incorrect payee").
  mistaken_transfer: ['incorrect account', 'incorrect recipient', 'incorrect payee', 'in error to'],
  // A bill for power said with the adjective ("the electric bill").
  utility: ['electric bill', 'electric bills', 'electric fee'],
  // A business called a firm or a trading company by the person who runs its money ("open the firm's account").
  business: [
    'firm account',
    'firms account',
    'account for the firm',
    'account for our firm',
    'account for my firm',
    'trading firm',
    'trading company',
    'our firm',
    'my firm',
    // Named by the one who keeps its books ("I'm the finance manager of a small firm").
    'finance manager',
  ],
  // A company's legal representative called by the title staff give them ("the director can't come in person").
  legal_rep: [
    'legal representative',
    'legal rep',
    'company director',
    'managing director',
    'our director',
    'the director',
    'my director',
  ],
  // A deposit on a home named home first ("a house deposit"): money paid ahead on a purchase, not paid into the bank.
  down_payment: ['house deposit', 'flat deposit', 'home deposit', 'apartment deposit'],
  // Another bank called by its own name (a mainland bank's: "an ICBC cash machine", "my Bank of China card").
  other_bank: [
    'icbc',
    'industrial and commercial bank',
    'china construction bank',
    'ccb',
    'agricultural bank',
    'bank of communications',
    'bocom',
    'china merchants bank',
    'postal savings bank',
  ],
};

export const EVERYDAY_ENGLISH_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  // A caller who says they are the police, a court or another authority ("a man rang saying he's from the
  // police"), or who wants the money moved to a "safe" account: a scam.
  [
    /\b(?:says?|said|saying|claims?|claimed|claiming)\s+(?:(?:he|she|they|it)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)?\s+)?(?:from|with)\s+(?:the\s+)?(?:police|court|procuratorate|customs|tax bureau|government|public security|regulator|central bank)\b|\b(?:move|moving|transfer|transferring|put|putting|send|sending)\b[^.?!]{0,30}\b(?:safe|safety|protected|secure|secured|supervised|special|holding)\s+account\b/,
    'fraud',
  ],
  // A card paused or put on hold by its holder ("put my debit on pause", "my card on ice").
  [
    new RegExp(
      `\\b(?:put|putting|puts|place|placing)\\s+(?:my|the|this|our)\\s+(?:\\w+\\s+)?${CARD}\\b(?:\\s+card)?\\s+on\\s+(?:pause|hold|ice)\\b`,
    ),
    'card_freeze',
  ],
  // A card whose printed date has passed, said as "valid till" ("my card says valid till last month").
  [new RegExp(`\\b${CARD}s?\\b[^.?!]{0,30}\\bvalid\\s+(?:till|until|to|through|thru)\\b`), 'card_expiry'],
  // A new card that does not work yet ("the new plastic is dead, how do I make it live"): activating it.
  [
    new RegExp(
      `\\bnew\\s+(?:\\w+\\s+)?${CARD}\\b[^.?!]{0,40}\\b(?:dead|not live|make it live|go live|doesn'?t work|does not work|won'?t work)\\b|\\bmake\\s+(?:it|the card)\\s+live\\b`,
    ),
    'activate',
  ],
  // A card broken or chewed ("my dog chewed up my card", "the card snapped"): a replacement.
  [
    new RegExp(
      `\\b(?:chewed|snapped|cracked|bent|melted|broke)\\b(?:\\s+up)?[^.?!]{0,15}\\b${CARD}\\b|\\b${CARD}\\b[^.?!]{0,15}\\b(?:chewed|snapped|cracked|bent|melted)\\b`,
    ),
    'replace_card',
  ],
  // A card refused, said in Singapore's English ("my card kena rejected").
  [
    new RegExp(
      `\\b${CARD}s?\\b[^.?!]{0,20}\\b(?:kena|kana)\\s+(?:declined|rejected|refused|reject|decline)\\b`,
    ),
    'declined',
  ],
  // A shop's refund that has not come ("the shop promised my money back for the return"): a payment to dispute.
  [
    /\b(?:shop|store|merchant|seller|retailer|restaurant|hotel|airline|website|returned|return|returning)\b[^.?!]{0,60}\b(?:my money back|the money back|a refund|the refund|refund me|(?:returned|refunded|sent back|put back)\s+(?:the|my)\s+money)\b/,
    'dispute',
  ],
  // Central bank money held electronically ("the new electronic money issued by the central bank").
  [
    /\b(?:digital|electronic)\s+(?:money|cash|currency|yuan|rmb|renminbi)\b[^.?!]{0,40}\bcentral bank\b|\bcentral bank(?:'s)?\s+(?:digital|electronic)\s+(?:money|cash|currency)\b/,
    'ecny',
  ],
  // The state taking a share of what savings earn ("will the govt take a cut"): tax on interest.
  [
    /\b(?:government|govt|state|taxman|tax office)\b[^.?!]{0,20}\b(?:take|takes|taking|took)\s+(?:a\s+)?(?:cut|slice|share|bite|chunk)\b/,
    'tax_withheld',
  ],
  // An American retirement account ("an IRA", "a 401k", "401(k)"); not Singapore's tax office (IRAS).
  [/\bira\b|\b401\s*\(?k\)?(?![a-z])/, 'pension'],
  // The account's keeping fee told as what it depends on ("if my balance dipped too low", "keep some amount in it"),
  // or as a fee on the account not known ("a strange charge on my account").
  [
    /\bbalance\b[^.?!]{0,20}\b(?:dip|dips|dipped|drop|drops|dropped|fall|falls|fell|goes|went|gets?|got)\s+(?:(?:too|very|really|quite|pretty|so|rather|a bit|a little|extremely|super)\s+)*(?:low|below|under)\b|\bkeep\s+(?:some|a|any|a certain|a minimum)\s+(?:amount|money|balance|sum)\b|\b(?:odd|weird|strange|unexplained|mystery|unknown|random)\s+(?:fee|charge)s?\s+(?:on|from|in)\s+my\s+account\b/,
    'account_fee',
  ],
  // Cash in notes, then putting it in the bank ("300k in notes under the mattress, we want to put it in the bank").
  [
    /\b(?:notes|banknotes)\b[^.?!]{0,60}\b(?:put|putting|bring|bringing)\s+(?:it|them|this|that|all of it)(?:\s+all)?\s+(?:in|into)\s+(?:the|a|my|your)\s+(?:bank|account)\b/,
    'cash_deposit',
  ],
  // A large sum brought in cash to be paid in ("if I bring 300,000 in cash to put in").
  [
    new RegExp(
      `\\b(?:bring|bringing|brought|carry|carrying|take|taking)\\s+(?:in\\s+)?${LARGE_SUM}\\s+(?:in\\s+)?(?:cash|notes|banknotes)\\b[^.?!]{0,20}\\b(?:put (?:it )?in|pay (?:it )?in|deposit)\\b`,
    ),
    'cash_deposit',
  ],
  // Picking a large sum up in cash ("pick up 100k in banknotes at the counter"): a large cash withdrawal.
  [
    new RegExp(
      `\\b(?:pick|picking|picked)\\s+up\\s+${LARGE_SUM}\\s+(?:in\\s+)?(?:cash|notes|banknotes)\\b|\\bcollect(?:ing)?\\s+${LARGE_SUM}\\s+(?:in\\s+)?(?:cash|notes|banknotes)\\b`,
    ),
    'large_cash',
  ],
  // So much taken in one day ("will it let me take that much in one day"): the daily limit.
  [/\b(?:that|so|this) much\b[^.?!]{0,15}\b(?:per|a|each|every|one|in 1) day\b/, 'limit'],
  // A card its holder paused, said card first ("card paused, does my salary still come in?"): a freeze.
  [
    new RegExp(`\\b${CARD}s?\\s+(?:is\\s+|was\\s+|got\\s+|been\\s+|has been\\s+)?(?:paused|on pause)\\b`),
    'card_freeze',
  ],
  // A new card and how to turn it on, said in any order ("new card how to turn on"): activating it.
  [
    new RegExp(
      `\\bnew\\s+(?:\\w+\\s+)?${CARD}\\b[^.?!]{0,25}\\b(?:turn|turning|switch|switching)\\s+(?:it\\s+|this\\s+|that\\s+)?on\\b`,
    ),
    'activate',
  ],
  // A card bill settled, said tersely ("settle cc bill", "clear my credit card dues"): paying the card back.
  [
    /\b(?:settle|settling|clear|clearing|pay|paying|pay off|repay|repaying)\s+(?:my\s+|the\s+|this\s+|this month's\s+)?credit\s+card\s+(?:bill|bills|dues|outstanding|balance)\b(?![^.?!]{0,25}\b(?:instal{1,2}ments?|split|spread|early)\b)/,
    'card_repayment',
  ],
  // A credit card's ceiling wanted higher, named cap or limit ("want bigger spending cap on cc").
  [
    /\b(?:bigger|higher|larger|more|raise|raising|increase|increasing|up|extend)\s+(?:my\s+|the\s+)?(?:spending\s+)?(?:cap|limit|ceiling)\s+(?:on|of|for)\s+(?:my\s+|the\s+|this\s+)?credit\s+card\b/,
    'raise_limit',
  ],
  // Something got back for each sum spent on a card ("I get something back for each spend"): its rewards.
  [
    /\b(?:get|gets|getting|earn|earns|earning)\s+(?:something|anything|a little|a bit|money)\s+back\b[^.?!]{0,25}\b(?:spend|spending|spent|purchase|purchases|buy|swipe)\b/,
    'points',
  ],
  // A card purchase or bill broken into smaller monthly parts ("break it into smaller monthly chunks").
  [
    /\b(?:break|breaking|chop|chopping|divide|dividing|split|splitting)\s+(?:it|this|that|the \w+|my \w+)\s+(?:up\s+)?into\s+(?:\w+\s+){0,2}(?:chunks|pieces|bits|monthly (?:parts|payments|amounts))\b/,
    'installment',
  ],
  // A payment or transfer that did not go through, when no card is named (a card payment refused is declined).
  [
    /^(?![^]*\bcards?\b)[^]*\b(?:payment|transfer|money)\b[^.?!]{0,30}\b(?:did not|didnt|didn't|has not|hasnt|hasn't|never|would not|wouldnt|wouldn't)\s+(?:go|gone|went)\s+through\b|^(?![^]*\bcards?\b)[^]*\b(?:did not|didnt|didn't|why not)\s+(?:my|the|this|that|our)\s+(?:payment|transfer)\s+go\s+through\b/,
    'send_failed',
  ],
  // Credit for a phone ("add credit to my mum's number"): a top-up.
  [/\b(?:add|put|load|buy)\s+(?:some\s+)?(?:credit|airtime)\s+(?:to|on|onto|for)\b/, 'phone_topup'],
  // A card bill, then how to pay it ("my credit card statement came … what are the ways I can pay it off", "settle
  // what I owe on my Mastercard"): paying the card back, not a loan paid off early.
  [
    new RegExp(
      `\\b${CARD}(?:\\s+card)?\\s+(?:statement|bill)\\b[^?!]{0,80}\\b(?:pay|settle|repay|clear)\\s+(?:it|this|that|the bill|the balance)\\b|\\b(?:pay off|pay back|repay|settle|clear)\\s+(?:my|the)\\s+(?:visa|mastercard|amex)\\b|\\b(?:settle|clear|pay off|pay back|repay)\\s+what\\s+i\\s+owe\\s+(?:on|for)\\s+(?:my|the)\\s+(?:\\w+\\s+)?${CARD}\\b`,
    ),
    'card_repayment',
  ],
  // What the card bill comes to this month ("how much I owe this month", "the total amount"): the statement.
  [
    /\b(?:how much|what)\s+i\s+owe\b[^.?!]{0,25}\bthis month\b|\b(?:bill|statement)\b[^.?!]{0,20}\btotal amount\b|\btotal amount\b[^.?!]{0,20}\b(?:bill|statement)\b/,
    'statement_amount',
  ],
  // The least one may pay ("the lowest I'm allowed to pay"): the minimum payment.
  [
    /\b(?:lowest|least|smallest)\s+(?:amount\s+)?(?:i'?m|i am|i can|i'?m allowed to|i am allowed to|allowed to|i have to|i must|i need to)\s+(?:allowed to\s+)?pay\b/,
    'minimum_payment',
  ],
  // A hotel or a car hire firm that took a deposit on the card, or one still held after checking out:
  // a pre-authorisation ("hotel take money from my card for deposit").
  [
    /\b(?:hotel|hostel|car hire|car rental|rental car|rental company|petrol station|gas station)\b[^.?!]{0,50}\b(?:deposit|hold|held|freeze|froze|frozen)\b|\bdeposit\b[^.?!]{0,50}\b(?:check out|checked out|checkout)\b/,
    'preauth',
  ],
  // An account "cancelled" with a word between ("cancel my electronic account", "cancel the type 2 account"):
  // closing it, as a learner says it. Not "cancel the whole account" said against a smaller step (a rumour that
  // online shopping cannot be turned off, only the whole account cancelled).
  [
    /\bcancel(?:l?ing|l?ed)?\s+(?:my|the|this|that|an?)\s+(?:(?!whole\b|entire\b)[\w-]+\s+){1,2}account\b/,
    'close_account',
  ],
  // The machine's cap per go asked as how many goes a sum takes ("how many goes will it take", "how many times
  // do I have to withdraw"): the withdrawal limit.
  [
    /\bhow many\s+(?:goes|times|withdrawals|tries|attempts|rounds|trips)\b[^.?!]{0,30}\b(?:take|takes|need|needs|have to|must|withdraw|take out|get out)\b/,
    'limit',
  ],
  // A card's limit or cap complained of as too low ("my card spending cap is too low, can it go up"): a credit
  // limit to raise; not a debit card's own setting, an ATM's, a transfer's or a day's.
  [
    /\bcard(?:'s|s)?\s+(?:(?!debit\b|atm\b|transfer\b|daily\b|withdrawal\b)\w+\s+){0,2}(?:limit|cap|ceiling)\s+(?:is|was|seems|feels|looks)\s+(?:(?:too|way|very|really|so|quite|rather|a bit|a little)\s+)*(?:low|small|tight)\b/,
    'raise_limit',
  ],
  // A large sum taken out told by its size, not its figure ("take out a big chunk of cash"): a large cash
  // withdrawal (paying one in is `cash_deposit`), and a withdrawal of cash all the same.
  ...(['large_cash', 'cash_withdrawal'] as const).map(
    (concept) =>
      [
        /\b(?:take|taking|took|get|getting|got|draw|drawing|drew|pull|pulling|pulled)\s+out\s+(?:a\s+|an\s+|some\s+)?(?:(?:big|large|huge|massive|hefty|fair|good|whole|lot|lots|loads|pile|piles|stack|stacks|wad|wads|bundle|bunch|load|heap|heaps|amount|sum|chunk|lump|of)\s+)+(?:cash|notes|banknotes)\b|\bwithdraw(?:s|ing|n|al of)?\s+(?:a\s+)?(?:big|large|huge|hefty|good)\s+(?:chunk|sum|amount|lump|wad)\s+(?:of|in)\s+cash\b/,
        concept,
      ] as const,
  ),
  // The app's own password typed wrong or the app locked by it ("typed my app password wrong five times and now
  // it's locked"): a login problem, not a card's PIN.
  [
    /\b(?:app|mobile banking|online banking|internet banking|banking app)(?:'s)?\s+(?:login\s+|log-in\s+|sign-in\s+)?password\b[^.?!]{0,40}\b(?:wrong|incorrect|locked|lock|too many)\b|\b(?:app|mobile banking)\s+(?:is|got|has been|was|has)\s+(?:now\s+)?locked\b/,
    'login',
  ],
  // A transfer the other bank returned ("the other bank sent it back", "the payee's bank returned the money"):
  // a failed transfer, not one sent to the wrong person and asked back.
  [
    /\b(?:other|receiving|payee'?s|recipient'?s|their|his|her|supplier'?s|beneficiary'?s)\s+bank\s+(?:has\s+|had\s+)?(?:sent|send|sends|returned|returns|return|bounced|rejected|refused|bounces)\s+(?:it|(?:the|my|our)\s+(?:money|transfer|payment|funds))\b(?:\s+back)?|\b(?:transfer|payment|money)\s+(?:was|got|has been|had been|came)\s+(?:returned|bounced back|sent back)\s+(?:by|from)\s+(?:the\s+)?(?:other|their|receiving|payee'?s)\s+bank\b/,
    'send_failed',
  ],
  // A purchase told by the verb, then refused ("tried paying 3,500 for a laptop online and it bounced"): a card
  // payment declined, not a transfer to a person sent back.
  [
    /\b(?:paying|pay|buy|buying|bought)\b(?:(?!\b(?:transfer\w*|send|sent|sending|landlord|friend|brother|sister|mum|dad)\b)[^.?!]){0,60}\b(?:it|that|the payment|the purchase)\s+(?:just\s+)?(?:bounced|got declined|was declined|got rejected|was rejected|got refused|was refused)\b(?!\s+back)/,
    'declined',
  ],
  // Asking whether the assistant itself can do an errand ("can you actually pay my bills or move money for me"),
  // not asking it to do one now ("can you freeze it for me").
  [
    /\b(?:can|could|are)\s+you\s+(?:actually|also|even|really|yourself)\s+(?:able\s+to\s+)?(?:pay|move|send|transfer|make|check|freeze|book|do)\b[^.?!]{0,40}\bfor\s+me\b/,
    'capability',
  ],
  // When a bill must be paid by ("when I need to pay by"): its due date.
  [/\bwhen\s+(?:do\s+)?i\s+(?:need|have|must)\s+(?:to\s+)?pay\s+(?:it\s+)?by\b/, 'due_date'],
];
