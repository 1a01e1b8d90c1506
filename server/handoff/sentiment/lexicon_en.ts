/**
 * English sentiment lexicon for bank customer service. Same weight scale as the Mandarin one:
 * ~1.1 strong, ~0.75 clear, ~0.3 mild. Phrases are matched as whole words.
 */
import type { SentimentLexicon } from './lexicon.ts';
import { COMPLAINT_PROCESS_QUESTIONS_EN } from './complaint_process_question.ts';
import { COMPLAINT_ROUTE_OR_DEADLINE_EN } from './complaint_route_or_deadline_asked_in_general.ts';
import { COMPLAINT_AIMED_AT_SOMEONE_ELSE_EN } from './complaint_aimed_at_someone_else.ts';
import { COMPLAINT_LODGED_WITH_SOMEONE_ELSE_EN } from './complaint_lodged_with_someone_else.ts';
import { PAST_COMPLAINT_SEEN_TO_KINDLY_EN } from './past_complaint_seen_to_kindly.ts';
import { PREDATOR_NAMES_EN } from './predator_names_for_the_bank.ts';

const strong = 1.1;
const clear = 0.75;
const mild = 0.3;

/** Comma-separated so that phrases can contain spaces. */
const terms = (weight: number, list: string): Record<string, number> =>
  Object.fromEntries(
    list
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => [t, weight]),
  );

export const EN_LEXICON: SentimentLexicon = {
  negative: {
    // The bank called a predator (predator_names_for_the_bank.ts).
    ...terms(strong, PREDATOR_NAMES_EN),
    ...terms(
      strong,
      `ridiculous, absurd, outrageous, unacceptable, unbelievable, useless, pathetic, incompetent, terrible,
       horrible, awful, worst, disgusting, disgraceful, appalling, shocking, furious, livid, fuming, fed up,
       sick of, sick and tired, had enough, enough is enough, hate, nightmare, a joke, is a joke, what a joke,
       rip off, ripoff, rip-off, ripped off, robbery, daylight robbery, nonsense, rubbish, garbage, crap,
       bullshit, wtf, damn, the hell, stupid, idiot, idiots, clowns, insane, driving me crazy, pissed,
       pissed off, fuck, fucking, shit, screw you, thieves, disgrace, shameful, lost my patience,
       losing my patience, can't believe, cannot believe, are you even listening, beyond frustrated,
       done with this, so done, i am done, i'm done, joke of a bank, excuse for a bank, waste of my time,
       wasting my time, wasted my, lies, lying, liars, scandalous, infuriating, unreal, disgusted, hopeless,
       worthless, ruined, fiasco, treat me like, how dare, you people, never listen, not listening,
       don't listen, want my money back, give me my money back, give my money back, money back or not, money back now, i could cry, i could scream, just wow, make a scene,
       money back today, money back immediately, how you treat, this is how you treat, angrier, maddening,
       infuriated, enraged, irate, incensed, exasperated, exasperating, can't stand, cannot stand, brush-off,
       brush off, brushed off, fobbed off, fob me off, stonewalling, knows nothing, clueless, beyond belief,
       fed-up, sick to death, at my wits end, had it with, enough of this, fuming`,
    ),
    // Internet-slang expletives of exasperation ("ffs the code expired AGAIN", "why tf did you freeze my account"):
    // anger words like "wtf"; about someone else ("my boss… ffs. anyway") they weigh as off topic.
    ...terms(
      strong,
      `ffs, for fucks sake, for fuck's sake, for fuck sake, wtaf, why tf, what tf, how tf, tf is this, tf is going on`,
    ),
    ...terms(clear, `make it make sense, make this make sense`),
    ...terms(
      clear,
      `frustrated, frustrating, frustration, annoyed, annoying, angry, upset, disappointed, disappointing,
       unhappy, dissatisfied, poor service, bad service, slow, tired of, waste of time, waste, ignoring me,
       ignored, ignore me, nobody, no one, no one helps, nobody helps, can't get, cannot get, excuses,
       incompetence, mess, messed up, screwed up, screw up, rude, dismissive, unprofessional, canned answer,
       same answer, runaround, run around, on hold, stranded, misleading, hidden fee, hidden fees, overcharged,
       without asking, without telling, late fee, ugh, argh,
       seriously, come on, inconvenient, fault, your fault, your error, your mistake, not good enough,
       mistreated, mess up, hassle, headache, hopeless, impossible, cheated, unfair, lousy, sucks, bad,
       not fixing, still hasn't, still haven't, still no, still not, still waiting, never got, never received,
       nobody told, no one told, not told, driving me, tired, blame, shame, pointless, hard to get, sick,
       so it's my fault, now it's my fault, it's my fault now, embarrassing, embarrassed, humiliating, humiliated, mortified, keep asking, keep telling, keep saying, keep sending, keep getting, keeps logging, fails, failing, same link, same thing, same message, want an explanation, demand an explanation, i demand,
       never works, hung up on me, read me a script, reading from a script, read from a script, just for show,
       only for show`,
    ),
    // A double charge is a problem to sort ("I was charged twice for the same purchase"), no anger on its own.
    ...terms(
      mild,
      `blocked, frozen, failed, not working, doesn't work, does not work, broken, wrong, confusing, confused,
       difficult, stuck, delay, delayed, worried, concerned, problem, error, pending, waiting, lost, declined,
       crashed, crash, bounced, penalty, charge, charges, fee, fees, locked, logged out, refused, hurry,
       urgent, urgently, late, strange, weird, right now, logged me out, kicked me out, timed out, maintenance,
       charged twice, double charged, charged me twice`,
    ),
  },
  positive: {
    // Blaming oneself is no anger at the bank ("my own fault, I typed the PIN wrong"); "so it's my fault?" is.
    'my own fault': 0.1,
    'entirely my fault': 0.1,
    'my mistake': 0.1,
    'my own mistake': 0.1,
    'my own error': 0.1,
    'my bad': 0.1,
    'silly me': 0.1,
    'annoyed with myself': 0.1,
    'cross with myself': 0.1,
    'fed up with myself': 0.1,
    thanks: 0.5,
    thank: 0.5,
    'thank you': 0.6,
    thx: 0.4,
    great: 0.6,
    good: 0.4,
    helpful: 0.6,
    'very helpful': 0.8,
    perfect: 0.7,
    awesome: 0.7,
    excellent: 0.7,
    appreciate: 0.6,
    love: 0.6,
    nice: 0.4,
    wonderful: 0.7,
    fantastic: 0.7,
    happy: 0.6,
    glad: 0.5,
    satisfied: 0.6,
    pleased: 0.5,
    brilliant: 0.6,
    amazing: 0.7,
    cool: 0.3,
    fine: 0.2,
    solved: 0.4,
    sorted: 0.3,
    easy: 0.3,
    clear: 0.3,
    'no worries': 0.3,
    'no problem': 0.3,
    'all good': 0.4,
    lovely: 0.5,
    kind: 0.5,
    'really kind': 0.7,
    quick: 0.3,
    fast: 0.3,
    // Laughter marks a light aside ("the football result was the most frustrating thing this week lol").
    lol: 0.3,
    haha: 0.3,
    lmao: 0.3,
  },
  intensifiers: {
    very: 1.5,
    really: 1.3,
    so: 1.4,
    extremely: 1.7,
    totally: 1.4,
    absolutely: 1.5,
    completely: 1.4,
    incredibly: 1.6,
    utterly: 1.6,
    super: 1.3,
    beyond: 1.5,
    such: 1.3,
    too: 1.2,
    most: 1.3,
    truly: 1.3,
    deeply: 1.4,
    highly: 1.3,
    quite: 1.1,
    even: 1.1,
    again: 1.2,
    always: 1.2,
    'never been so': 1.8,
    'never been this': 1.8,
    'have ever': 1.5,
    'ever experienced': 1.5,
    'a bit': 0.6,
    'a little': 0.6,
    'a tad': 0.6,
    slightly: 0.5,
    'kind of': 0.6,
    kinda: 0.6,
    somewhat: 0.6,
  },
  negators: {
    not: 1,
    no: 1,
    never: 1,
    "n't": 1,
    "don't": 1,
    "doesn't": 1,
    "didn't": 1,
    "isn't": 1,
    "wasn't": 1,
    "aren't": 1,
    "won't": 1,
    "haven't": 1,
    "hasn't": 1,
    "couldn't": 1,
    "wouldn't": 1,
    "can't": 1,
    cannot: 1,
    hardly: 0.8,
    nor: 1,
    'not at all': 1.4,
    'not even': 1.3,
    'not really': 0.9,
    "i'm not": 1,
    'i am not': 1,
  },
  // "Anyway" closes an aside and turns to the business: what came before it weighs less.
  contrast: ['but', 'however', 'though', 'yet', 'anyway', 'anyhow'],
  sarcasm: [
    /\bjust great\b/,
    /\bthanks? (a lot )?for nothing\b/,
    /\b(oh|wow),? (great|wonderful|perfect|fantastic|brilliant|lovely|nice|so helpful)\b/,
    /\byeah,? right\b/,
    /\bjust perfect\b/,
    // The praise word said twice, the second time after "just" ("…locked out for 24 hours. Brilliant. Just brilliant.").
    /\b(great|brilliant|wonderful|fantastic|perfect|lovely|marvell?ous|superb|excellent|amazing|fab|terrific)[.!,]+\s*just \1\b/,
    /\b(so|very|really) helpful[.!]* not\b/,
    /\.\s*not[.!]*$/,
    /\bbig help\b/,
    /\bthanks a lot for (wasting|nothing|ruining|making)\b/,
    /\bthanks for (wasting|ruining|making me wait)\b/,
    /\b(i )?love (how|that|it when) (you|your|this|i)\b/,
    /\bwhat a surprise\b/,
    /\bas usual\b/,
    // Sarcastic minimising of what is at stake ("take your time, it's only my rent").
    /\b(it'?s|it is) only my (rent|money|salary|wages|savings|pension|mortgage|business|livelihood)\b|\bno rush,? (it'?s|it is) (only|just) my\b/,
    /\bcongratulations\b.*\b(again|another|fee|charge)\b/,
    /["'‘“](within|just|only|soon|shortly)[^"'’”]*["'’”]/,
    // The bank's stalling words quoted back ("45 minutes to get "please be patient"", "now "in processing"").
    /["“‘](please be patient|be patient|in processing|processing|being processed|under review|escalated|allow (more|extra) time|we'?re (looking into it|experiencing)|we'?ll (let you know|get back to you|look into it)|your call is important)/,
    /\b(thanks?|cheers) (a lot |very much )?for nothing\b/,
    // Thanks for a charge ("thanks so much for the £30 late fee"), not for waiving, refunding or explaining it.
    // Thanks for what the customer had already done ("thanks for the link to the FAQ I've already read twice").
    /\b(thanks|thank you|cheers)\b[^.?!]{0,40}\b(i'?ve|i have|i had) already (read|tried|done|checked|seen|followed)\b(?![^.?!]*\b(and it|which) (worked|helped|fixed))/,
    /\b(thanks|thank you|cheers)( so much| very much| a lot| again)? for (the|that|this|another|yet another|charging|your)\b(?![^.?!]*\b(waiv|refund|revers|remov|cancel|explain|clarif|letting|warn|tell|heads[- ]up|reminder|notice|info))[^.?!]{0,60}\b(fee|fees|charge|charges|penalty|markup|mark-up|interest)\b/,
    // "Amazing how you can take my money instantly but…", "happy to take my money, not so happy to give it back".
    /^(amazing|funny|lovely|interesting|great|nice|wonderful|brilliant|incredible|fascinating) (how|that) (you|your|the|i|my)\b/,
    /\btake (my|our|people'?s|customers'?) money\b.{0,40}\b(give it back|refund|return it|pay it back)\b/,
    // "so much for 24/7 support" (not "thanks so much for your help").
    /(?<!(thank you|thanks|thank u|thx) )\bso much for (your|the|round|24|\d|all|that|being|customer|help|support|service)/,
  ],
  sarcasticOpeners: [
    /^(oh )?(great|wonderful|perfect|fantastic|brilliant|lovely|nice|awesome|thanks|thank you|excellent|marvellous|marvelous|superb|splendid|cheers|amazing|cool( cool)*)\b[,.!]/,
  ],
  sarcasticClosers: [
    /[.!?]\s+(oh )?(great stuff|great|brilliant|lovely|marvell?ous|fantastic|perfect|wonderful|nice one|well done|impressive|superb|splendid|awesome|bravo)[.!]*$/,
    // "…logged me out mid-payment. Great start to the week." / "Perfect way to end the day."
    /[.!?]\s+(oh )?(what a |a )?(great|brilliant|lovely|fantastic|perfect|wonderful|fab|super|nice) (start to|way to (start|begin|end|finish)) (the|my|a) (day|morning|week|weekend|year|month|holiday)[.!]*$/,
  ],
  againMarkers: [/\b(again|another|once more|yet again|as always|every time)\b/],
  repetition: [
    /\b(second|third|fourth|fifth|sixth|seventh|tenth|hundredth|\d+(st|nd|rd|th)) (time|email|message|letter|phone call|chat|visit|trip|attempt|reminder)\b/,
    /\b(told|asked|said|explained|called|contacted|emailed|tried|written|wrote|visited|reported)\b.{0,24}\b(already|before|twice|three times|four times|\d+ times|ten times|many times|several times|multiple times|a dozen times)\b/,
    /\bhow many times\b/,
    /\bagain and again\b|\bover and over\b|\btime and again\b|\btime after time\b/,
    /\brepeat(ing)? myself\b|\bsaid this before\b|\bkeep repeating\b/,
    /\bkeep (asking|telling|saying|getting|sending|calling|explaining)\b/,
    /\bstill (no|not|hasn't|haven't|isn't|nothing|waiting)\b/,
    /\bevery time i\b/,
    /\bonce again\b/,
    /\bfor the (second|third|fourth|fifth|\d+(st|nd|rd|th)) time\b/,
    /\b(last time i'?m|one last time|asking (you )?one more time)\b/,
    // The nth replacement in a period: "that's the third card this year".
    /\b(second|third|fourth|fifth|sixth|\d+(st|nd|rd|th)) (card|replacement( card)?|new card|reset|password reset|dispute|chargeback) (this|in (a|one|the same)) (year|month|week|fortnight)\b/,
  ],
  waiting: [
    /\b(waited|waiting|been waiting|on hold|took|taken|pending)\b.{0,12}\b(over |more than |almost |nearly )?(\d+|an?|two|three|four|five|six|several|many) (minutes|hours|days|weeks|months)\b/,
    /\bfor (weeks|months|ages|hours|forever|days)\b/,
    // Trying for a long time ("i've been trying to update my address for two months").
    /\b(been trying|have tried|'ve tried|kept trying) to\b[^.?!]{0,40}\bfor (over |more than |almost |nearly )?(\d+|two|three|four|five|six|several|many) (days|weeks|months)\b/,
    /\b(i'?ve|i have) been waiting since (last|the (start|beginning|end|middle)|early|mid|before|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|\d{1,2}(st|nd|rd|th))\b/,
    // "day four without access", "it's now day 9", "45 minutes in the queue", "since I first reported it".
    /\b(it'?s|it is) (now )?day (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\bday (\d+|two|three|four|five|six|seven|eight|nine|ten) (without|of waiting|and still)\b|\b(days?|weeks?|a week|a month|months) without (my |any )?(money|access|pension|wages|salary|card|cash|income)\b|\b(left|leaving|stuck|stranded)( me)? (with nothing|without (my |any )?(money|cash|pension|wages|salary|card|income))\b/,
    /\b(\d+|an?|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty[- ]five|fifty|ninety) (minutes|hours) (in (the|a) (queue|line)|on hold|queueing|queuing)\b|\bsince i first (reported|called|asked|contacted|raised|wrote|emailed|complained)\b/,
    // Time lost on it ("wasted my whole afternoon", "spent all morning on this").
    /\bwasted\b.{0,20}\b(all|the whole|my whole|the entire|my entire|an entire|a whole|half (a|the|my)) (day|morning|afternoon|evening|week|lunch( break)?|hour)\b|\b(spent|lost|taken|took)\b.{0,20}\b(all|the whole|my whole|the entire|my entire|an entire|a whole|half (a|the|my)) (day|morning|afternoon|evening|week|lunch( break)?|hour)\b.{0,12}\b(on (this|it)|trying|waiting|on hold|sorting|fixing|chasing|dealing with)\b/,
  ],
  accusation: [
    // A time promised, then long gone: "I was told 5 working days. That was three weeks ago.", "they said 48 hours,
    // it's been a week and still nothing".
    /\b(told|promised|said|quoted|given|assured)\b[^?!]{0,40}\b(working |business )?(days?|hours?|weeks?)\b[^?!]{0,20}\b(that was|it'?s been|it has been|it'?s now|now it'?s)\b[^.?!]{0,25}\b(days?|weeks?|months?|fortnight) (ago|later|and still|on)\b/,
    // Passed between teams, each saying it is the other's: "passed from cards to mortgages and back", "each one
    // says it's the other team's job".
    /\b(passed|bounced|shunted|shuffled|pushed|sent|transferred|redirected)\b( me)?( around)? from\b[^.?!]{1,40}\bto\b[^.?!]{1,40}\b(to|and back|back to|then to)\b|\b(each|every) (one|team|department|person|of them)\b[^.?!]{0,20}\b(says?|said|tells? me|told me)\b[^.?!]{0,10}\b(it'?s|it is|that'?s|that is) (the other|another|someone else'?s|not (their|theirs|his|hers|ours))\b|\b(the other|another|a different) (team|department|branch)'?s (job|problem|responsibility|issue)\b/,
    // Reproach after the fact and resignation: "would've been nice to know", "before, not after", "I'll stop
    // bothering you", "what am I meant to tell my landlord".
    /\b(would|it'?d|it would)('ve| have) been (nice|good|helpful|great)\b|\bbefore,? not after\b|\b(i'?ll|i will) (stop|quit) (bothering|bugging|pestering|troubling|taking up|wasting) (you|your time)\b|\bi won'?t bother (you )?again\b|\bwhat am i (meant|supposed) to (tell|say to|do|say)\b/,
    // Time lost and other things to do: "I took the day off work for this", "I have better things to do",
    // "I don't have all day".
    /\b(took|taken|taking|had to take|booked|using up|used up|wasting) (a |the |half a |another |my )?(whole )?(day|morning|afternoon|half[- ]day|annual leave|holiday|time) off( work)?\b|\busing up (my )?(annual leave|holiday)\b|\bbetter things to do\b|\bi (don'?t|do not) have (all day|all week|time for this|the energy for this|the time for this)\b/,
    // Sent round in circles, nobody owns it: "getting nowhere", "passing the buck", "each says it isn't theirs".
    /\b(getting|got|gotten|going|get) nowhere\b|\bno closer to\b|\b(round|around) in circles\b|\bin circles between\b|\bpass(es|ing)? the (buck|blame)\b|\b(sends?|sent|told) me (back )?to\b.{0,40}\b(sends?|send|sent|told) me (back )?to\b|\b(take|takes|taking) ownership\b|\bown (this|the|my) problem\b/,
    // Pleading, patience and resignation: "I shouldn't have to beg", "for once", "I'm trying hard to stay calm".
    /\bi shouldn'?t (have|need) to (beg|chase|keep|ask|explain|call|come|repeat|fight|wait|go|plead)\b|\bfor once\b(?! and for all)|\btrying (very |really |so )?(hard )?to (stay|be|keep) (calm|polite|patient|civil)\b|\brunning out of (patience|polite)\b|\bpatience (has (its )?limits|is running (out|thin))\b|\bend of my (rope|tether)\b|\bexpected (anything|something) (different|better)\b|\bwish i('d| had) never\b|\bregret (ever )?(opening|joining|banking|choosing|switching)\b/,
    // "Sorry doesn't fix anything", "I don't want excuses", "stop telling me to", "don't tell me to be patient".
    /\b(sorry|apologies|an apology|excuses) (doesn'?t|does not|don'?t|won'?t|will not) (fix|help|solve|change|pay)\b|\b(don'?t|do not) want (excuses|apologies|an apology|another apology)\b|\b(stop|quit) (telling|asking|making) me\b|\bdon'?t tell me to (be patient|wait|calm down|check|try|read)\b|\b(are you|you'?re|you are|stop) (just )?copy(ing)?( and |-| )?past(e|ing)\b|\bthe opposite of what (you|your \w+|the \w+) (said|told|promised)\b|\byou made (a|the|this) mistake\b|\bwhat('?s| is) taking (so|this) long\b|\bis (anyone|anybody) (actually |even )?(working|there|awake|alive)\b|\b(not|won'?t) (be )?leaving until\b|\bwhat (exactly|else|more) do you want( from me| me to do)?\b|\b(can'?t|cannot|unable to|not able to|have to beg to|chase) (access |get |touch |use |withdraw )?(to )?my own money\b|\bwhy (is|was|does|do) .{0,40}\b(so|this|that) (hard|difficult|complicated)\b/,
    // Told different things, not heard, nobody answering: "three staff gave me three different answers", "answered
    // none of my questions", "not one person has called me back", "only to be told to use the app".
    /\b(different|conflicting|contradictory) (answers|stor(y|ies)|explanations)\b|\b(answered|answers|addressed) none of\b|\bnone of (them|these|those) (work|worked|works|helped)\b|\bnot (one|a single) (person|soul|reply|response|call|word)\b|\bonly to be told\b|\b(appreciate it|be nice|be great) if (someone|somebody|anyone|you) (actually |could |would )?(read|listened|looked|answered|replied|called)\b/,
    // Resignation and hardship: "never mind, I'll sort it myself", "I'll just wait another week then, shall I",
    // "rent is due tomorrow", "you're always under maintenance", "designed to make life difficult", "just once".
    /\b(never mind|forget it|fine|whatever)\b[,.]? i'?ll (just )?(sort|figure|work|do|deal with|handle)\b|, shall i[.?!]*$|\bgo on then\b|\bwhy is it my (job|problem|responsibility)\b|\b(you'?re|you are|it'?s|it is) always (down|under maintenance|broken|offline|failing)\b|\bdesigned to (make|be|annoy|confuse|frustrate)\b|\bjust once\b|\bbut so am i\b|\brent (is|was) (due|late|overdue)\b|\b(can'?t|cannot|couldn'?t|unable to) (pay|afford) (my |the )?(rent|bills|mortgage)\b|\bi (don'?t|do not) have time to (keep|chase|sit|wait|deal|sort|come|go)\b/,
    // Blame and concessive scorn: "you can't even", "you don't care", "who's responsible", "so dumb".
    /\byou (people |guys )?(can'?t|cannot|couldn'?t) even\b/,
    /\b(you|your (bank|staff|people)) (clearly |obviously |really |just |simply )?(don'?t|do not|never) (care|listen|check|bother|respond|answer|help)\b/,
    /\bwho'?s (responsible|accountable)\b|\bwho is (responsible|accountable)\b/,
    // Futility: "why do I even bother", "what's the point of this chat".
    /\bwhy (do|did|should) i (even )?bother\b|\bwhat('?s| is) the point\b(?! of (a|an|the|having|my|opening|paying|using|saving|it all)\b)|\bwaste of (my )?breath\b/,
    /\b(so|this) (dumb|stupid|useless|slow|incompetent)\b/,
    /\b(my )?patience (has )?(run out|is gone|is wearing thin)\b|\bat my (limit|wits'? end)\b|\bi'?ve had it\b/,
    /\b(not|n't) (one|a single) (useful|helpful|straight|proper)\b/,
    /\bnever (signed up|agreed|asked|authori[sz]ed)\b/,
    /\b(without|with no) (any )?(warning|notice|explanation|reason)\b|\bfor no reason\b/,
    /\b(how much|how many) (longer|more)\b/,
    /\b(make|makes) no sense\b|\bthis is too much\b|\bi'?m speechless\b|\btorture\b|\bi give up\b/,
    /\b(template|canned|automated|copy[- ]paste) (reply|replies|answer|answers|response)\b/,
    /\b(daylight )?(theft|robbery)\b|\bstealing\b/,
    /\bcan you (actually|even) (solve|fix|help)\b|\bif you can actually\b/,
    /\b(are|r) (you|u) (kidding|joking|serious)\b|\bkidding me\b/,
    /\b(on purpose|deliberately)\b/,
    /\bis this (really )?how (you|your bank|this bank) treats?\b|\bhow (you|your bank) treats? (people|customers)\b/,
    /\bwhat kind of (bank|service|company|joke)\b/,
    /\b(won'?t|will not|not going to) let (this|it) go\b/,
    /\byou (promised|said it would|told me it would)\b/,
    // Not heard or not answered: "that's not what I asked", "are you even reading this", "that's what you said
    // yesterday".
    /\b(that'?s|this is|it'?s) not what i (asked|said|meant|wanted)\b|\b(answered|answering) (a |the )?(completely |totally )?(different|wrong) question\b|\bthat doesn'?t answer (my|the) question\b/,
    /\b(are|do|can|did) you (even|actually) (read|reading|listen|listening)\b|\bis (anyone|anybody) (even |actually )?(reading|listening)\b/,
    /\bthat'?s what you (said|told me) (yesterday|last time|last week|before|the last time)\b/,
    // Not understood: "you're not understanding me", "you still don't get what I'm asking".
    /\b(you'?re|you are) (still )?not (understanding|getting|hearing) (me|it|this|what i)\b|\byou (still )?(don'?t|do not|didn'?t|did not) (understand|get) (me|what i'?m (saying|asking)|what i (said|asked|mean|meant))\b/,
    /\bbroke (your|the) promise\b|\bbroken promises?\b/,
    /\bwhat is wrong with you\b|\bwhat'?s wrong with (you|your)\b/,
    // Heard nothing since: "got a reference number, and that's the last I heard of it".
    /\b(that'?s|that was) the last (i|we) (heard|saw|got)\b|\bnever heard (back|a thing|anything)\b/,
    // Sent in circles: "round and round", "branch told me call the hotline, hotline told me go to the branch".
    /\bround and round\b|\b(\w+) (told|sent|says|said|tells|sends) me\b[^.?!]{0,30}\b(\w+)[,.;]? (then |and )?(the )?\3 (told|sent|says|said|tells|sends) me\b[^.?!]{0,30}\b\1\b/,
    // Things were better once: "used to be able to just walk in… not anymore apparently".
    /\bused to\b[^?]{0,60}\bnot any ?more\b|\bnot any ?more,? apparently\b/,
    // "Just saying." closing a remark.
    /\bjust saying[.!…]*$/,
  ],
  strongThreats: [
    /\bcomplain(t|ts|ing)?\b/,
    /\breport(ing)? (you|this bank|your bank|this to)\b/,
    /\bregulator\b|\bombudsman\b|\bcfpb\b|\bfca\b|\bfinancial (conduct|protection|regulator)\b/,
    // Another regulator named as where the customer will go (not "does the HKMA protect my deposits").
    /\b(go|going|goes|went|report\w*|write|writing|escalat\w*|take (this|it)|contact\w*|tell|telling|complain\w*)\b[^.?!]{0,15}\b(hkma|sfc|pboc|cbirc|fdic|apra|asic|monetary authority)\b|\b(hkma|sfc|pboc|cbirc|fdic|apra|asic|monetary authority)\b[^.?!]{0,10}\bwill hear\b/,
    /\b(go|going|went|goes|talk|talking|write|writing|speak|speaking|take (this|it)) to the (newspapers?|papers|press|news|tv|telly|local paper)\b/,
    // "my lawyer" / "get a lawyer" threatens; "a lawyer says…" tells a story, "power of attorney" is a service.
    /\b(get a|getting a|call a|contact a|hire a|hiring a|speak to a|talk to a|through a|involve a|involving|see a) (lawyer|attorney)s?\b|\bhearing from my (lawyer|solicitor|attorney)\b|\bmy (lawyer|solicitor|attorney) will\b|\blawyer(ing)? up\b|\bsue\b|\bsuing\b|\blegal action\b|\bsmall claims\b(?! (case|claim|hearing|filing|fee|form|judge?ment)s?\b)|\bsee you in court\b/,
    // Taking it further: "I might have to take this further", "my solicitor should have a look at this".
    /\b(take|taking) (this|it|the matter|things) (further|higher|elsewhere)\b|\bmy (solicitor|lawyer|attorney) (should|could|will|to|might) (have a look|take a look|look)( into| at| over)? (this|it|the)\b|\b(get|getting) (my|a) (solicitor|lawyer|attorney) involved\b/,
    /\bconsumer (protection|rights|council|affairs)\b|\btrading standards\b|\bbetter business bureau\b|\bbbb\b/,
    /\bpost (about )?(this|it) (online|on)\b|\bgo(ing)? public\b|\beveryone (will )?know\b|\btell everyone\b/,
    /\bthe press\b|\bthe media\b|\b(post|put|share|write|go|going|tell)\b.{0,30}\bsocial media\b|\bjournalist\b|\b(bad|negative|1-star|one-star) review\b|\bgo public\b/,
  ],
  weakThreats: [
    /\bclos(e|ing) (my|all my|every|the) (account|accounts|card|cards)\b/,
    // Not a payment's destination ("if I send 15k to another bank, will it arrive today", "an account at another bank").
    /\bswitch(ing)? banks?\b|(?<!\b(send|sends|sent|sending|transfer|transfers|transferred|transferring|pay|pays|paid|paying|wire|wired|wiring|payments?|transfers?)\b[^.?!]{0,25})\b(another|different) bank\b(?!'?s? (account|card|app))|\bleave (this|your) bank\b/,
    /\btake my (business|money) elsewhere\b|\bmove (all )?my money (out|elsewhere)\b|\bpull (all )?my money\b/,
    /\bcancel (everything|all my)\b/,
  ],
  threatFrames: [
    /\b(going to|gonna|will|i'll|i will|i'm|unless|or else|otherwise|if (this|you|it|that)|i swear|right now|today)\b/,
  ],
  questionFrames: [
    /^(how|what|where|when|can i|could i|do i|is it|should i|which)\b|\bhow (do|can|would) i\b|\bwhat (do|documents|is)\b|\?$/,
  ],
  threatNegations: [
    // A complaint said to be aimed at someone else, not the bank (complaint_aimed_at_someone_else.ts).
    ...COMPLAINT_AIMED_AT_SOMEONE_ELSE_EN,
    // A complaint already lodged with someone else (complaint_lodged_with_someone_else.ts).
    ...COMPLAINT_LODGED_WITH_SOMEONE_ELSE_EN,
    // The negator governs "complain" with only light words between ("I'm not here to complain", "I don't
    // mean to complain", "this isn't a complaint"); "if you don't fix it I'll complain" is still a threat.
    /\b(not|no|don't|do not|never|isn't|is not|wasn't|didn't|won't|wouldn't|without|nothing to)\b(\s+(a|an|here|to|mean|meaning|want|wanting|trying|going|calling|writing|really|any|intend|intending|planning|looking|make|making|file|filing|raise|raising|lodge|lodging|formal|official|real|big|just|actually))*\s+(complain(t|ts|ing)?|(bad |negative )?reviews?)\b/,
    // The customer is the one who may be sued ("will the bank sue me", "can they take me to court").
    /\b(sue|suing) (me|us)\b|\b(be|get|getting|being|been) (sued|taken to court)\b|\b(take|takes|taking|took|taken) (me|us) to (court|small claims)\b/,
    // A lawsuit supposed against someone else, the reason to keep evidence ("what should I put in the reference
    // in case I ever need to take him to court"): paperwork, not a threat to the bank.
    /\b(in case|just in case|if (i|we) ever|should (i|we) ever|if it ever|if it comes to it)\b[^.?!]{0,40}\b(go(es)? to court|end up in court|take (him|her|them|my \w+) to (court|small claims)|sue (him|her|them|my \w+)|legal action against (him|her|them|my \w+))\b/,
    // Someone else's complaint, made before ("my brother complained about the queue last week").
    /\b(my|his|her|our) (friend|brother|sister|mum|mom|mother|dad|father|husband|wife|partner|colleague|coworker|neighbou?r|son|daughter|boss|flatmate|housemate|roommate|landlord|tenant|client)\b (has |had |keeps |kept |is |was |always |still )?(already |also )?(complained|complaining|complains|made a complaint|filed a complaint|raised a complaint)\b/,
    // A complaint to or about someone else ("complain to the landlord", "complaining about the airline").
    /\bcomplain(t|ts|ing|ed)? (to|about|against) (my|the|our|his|her|their|a) (landlord|letting agent|neighbou?rs?|council|airline|school|shop|seller|retailer|courier|delivery (company|driver)|employer|boss|phone company|mobile provider|hotel|restaurant|builder|plumber|gym|insurer)\b/,
    // The regulator named as the bank's supervisor ("are your advisers FCA regulated", "authorised by the PRA").
    /\b(regulated|authori[sz]ed|licensed|supervised|registered|overseen|covered|protected) (by|with|under) (the )?(fca|pra|financial conduct authority|regulator|hkma|sfc|mas|fdic|fscs|ombudsman)\b|\b(fca|pra|hkma|sfc|mas|fdic|fscs)[- ](regulated|authori[sz]ed|registered|licensed|protected|covered)\b/,
    // Denials without a threat word.
    /\bno (issue|issues|problem|problems|quarrel|beef|complaints?) with (you|your|the bank|the service|the staff)\b|\bnothing against (you|your)\b|\bnot (blaming|criticising|criticizing) (you|anyone)\b|\bnot a criticism\b|\b(i'?m|i am) not (upset|angry|cross|annoyed|unhappy|mad|frustrated|bothered|complaining)( at all)?\b(?! (yet|anymore))|\bnot a (grumble|moan|whinge|gripe)\b|\b(not|isn'?t|wasn'?t) (with|at) you\b|\bnot you!|\bnot your (problem|fault)\b/,
  ],
  resolved: [
    /\b(working|works|worked|fine|ok|okay|sorted|resolved|fixed|all good|gone through|went through|back to normal|back up)( again)? now\b|\bnow (it )?(works|working|fine|ok|okay|sorted)\b|\bworks again\b|\b(went|gone|goes) through (this time|in the end)\b|\bthat (fixed|solved|sorted) it\b|\b(it|that|everything|the problem|the issue)('s| is| has been| was| got) (all )?(sorted|resolved|fixed)\b(?! (yet|soon))|\ball sorted\b|\bthat'?s sorted\b/,
  ],
  complaintInquiries: [
    // The complaint process asked about calmly: time limits, the ombudsman, a registered complaint's number, the
    // final response letter (complaint_process_question.ts).
    ...COMPLAINT_PROCESS_QUESTIONS_EN,
    // The complaints route or a complaint's deadline asked in general (complaint_route_or_deadline_asked_in_general.ts).
    ...COMPLAINT_ROUTE_OR_DEADLINE_EN,
    // A past complaint mentioned kindly, with what changed since (past_complaint_seen_to_kindly.ts).
    ...PAST_COMPLAINT_SEEN_TO_KINDLY_EN,
    // The procedure for a complaint one might make ("what's the procedure if I want to raise a formal complaint").
    /\b(procedure|process|steps|policy|rules|route|timescales?)\b[^.?!]{0,6}\b(for|if|to|when|of)\b[^.?!]{0,40}\bcomplain(t|ts|ing)?\b[^.?!]*|\bif (i|we|you|someone|a customer) (ever )?(want(ed)?|wish(ed)?|need(ed)?|decide[ds]?|were) to (make|raise|file|lodge|submit|escalate) (a |an )?(formal |official )?complaint\b[^.?!]*/,
    // How / where to make one ("how would I take a complaint to the ombudsman", "can I file a complaint").
    /(\b(how|where|who|when) (do|can|would|could|should|might)|(^|[.?!]\s+)(can|could|may|should|do|would)) (i|we|you|one|people|customers|someone|my \w+) (go about )?(make|making|file|filing|lodge|lodging|raise|raising|submit|submitting|send|escalate|escalating|take|taking|register|log|put in|follow up)\b[^.?!]*/,
    // What the procedure is, or how a complaint differs from something else.
    /\bwho (handles|deals with|looks at|reviews|investigates)\b[^.?!]{0,10}\bcomplaints?\b[^.?!]*|\bwhat('s| is| are| was)\b[^.?!]{0,40}\b(difference|differences)\b[^.?!]*|\bdifference between\b[^.?!]*\bcomplaints?\b[^.?!]*|\b(how|where|what|when|which|who|can|could|is|are|do|does)\b[^.?!]{0,40}\bcomplaints? (process|procedure|policy|form|timescales?|timeline|team|department|address|page|leaflet)\b[^.?!]*/,
    // How long one takes ("how long does a complaint normally take to get a final response").
    /\bhow long (does|do|will|would|did|should|can|might) (a |my |the |your |an? formal )?complaints? (normally |usually |typically |generally )?(take|last)\b[^.?!]*/,
    // A complaint already settled ("my complaint was resolved", "I complained last month and it was sorted").
    /\b(my|the|a|that|previous|earlier|last|old) complaints?\b[^.?!]{0,40}\b(was|were|has been|have been|got|is now|'s been)\s+(resolved|sorted( out)?|settled|upheld|fixed|refunded)\b|\bcomplain(ed|t)\b[^.?!]{0,40}\b(and|which) (it )?(was|got|has been) (resolved|sorted( out)?|settled|upheld|fixed)\b/,
    // What a complaints body is or does, asked out of interest ("explain the ombudsman's role for my assignment").
    /\b(explain|what is|what's|what does|what do)\b[^.?!]{0,20}\b(ombudsman|regulator|fca|cfpb|financial ombudsman)\b[^.?!]*|\b(ombudsman|regulator)\b[^.?!]{0,40}\b(assignment|essay|homework|coursework|professor|lecturer|gcse|a-level|class|project)\b[^.?!]*/,
    // Complaints as a subject of study ("for my dissertation, how do banks handle complaints?").
    /\b(assignment|essay|homework|coursework|dissertation|thesis|uni project|school project|research project|my professor|my lecturer|my teacher)\b[^.?!]*\bcomplain\w*\b[^.?!]*|\bcomplain\w*\b[^.?!]*\b(assignment|essay|homework|coursework|dissertation|thesis|school project|uni project)\b[^.?!]*/,
    // A complaint handled well or being answered in time ("my complaint would be answered within 8 weeks, thats fine").
    /\bcomplaints?\b[^.?!]{0,30}\b(was handled|handled well|has been answered|would be answered)\b[^.?!]*|\b(ombudsman|fca)\b[^.?!]{0,20}\bclosed\b[^.?!]*|\braise a complaint\b[^.?!]{0,40}\bnothing urgent\b|\bpurely hypothetical\b[^.?!]*|\bwhat happens to a complaint\b[^.?!]*/,
    // A complaint to someone other than the bank ("I filed a complaint with my phone provider").
    /\b(filed|made|lodged|raised|put in) a complaint (with|against|about) (my|the|their|our|a) (phone|mobile|energy|broadband|internet|water) (provider|company|supplier)\b/,
  ],
};
