/**
 * The bank called a predator that feeds on its customers' money: "银行真会吸血", "一帮吸血鬼", "就知道割韭菜",
 * "雁过拔毛", "you bloodsuckers", "leeches, the lot of you", "bleeding us dry with fees". Said of a charge or the bank,
 * it is an insult as plain as 抢钱 or "daylight robbery", which the lexicons already weigh as strong. A clause about
 * something else (a mosquito, a film) is blanked as off topic before the lexicon is read (`off_topic_clause.ts`).
 */

/** Mandarin words, weighed strong in `lexicon_zh.ts` (whitespace-separated). */
export const PREDATOR_NAMES_ZH = `吸血 吸血鬼 吸血虫 割韭菜 扒皮 雁过拔毛 趁火打劫 明抢 吃人不吐骨头`;

/** English words and phrases, weighed strong in `lexicon_en.ts` (comma-separated). */
export const PREDATOR_NAMES_EN = `bloodsucker, bloodsuckers, bloodsucking, blood-sucking, leeches, vultures, bleeding us dry,
  bleeding me dry, bleed us dry, bleed me dry, fleecing, fleeced`;
