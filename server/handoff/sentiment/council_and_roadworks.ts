/**
 * The council, roadworks and building work near the customer's home ("市政又把我们门口的路挖开了", "楼下工地天天施工",
 * "The council has dug up our road again", "the roadworks outside have gone on for months"): a subject with nothing
 * to do with the bank, as the weather or the neighbours are in `off_topic_clause.ts`. Anger and a count of times
 * told about it weigh little; a clause that also names the bank is still the bank's.
 */

const LOCAL_WORKS =
  /市政|修路|挖路|路(又)?(被)?挖(开)?了|施工|工地|拆迁|居委会|街道办|城管|\b(the |our |local )?council\b|\broad ?works\b|\bdug up\b|\bdigging up\b|\bbuilding site\b|\bconstruction (work|noise|site)\b|\bscaffolding\b|\bpotholes?\b|\bbin (men|collection|lorry)\b|\bbins (weren'?t|haven'?t been|not) (collected|emptied)\b/u;

/** Whether a lower-cased clause is about the council, roadworks or building work (see the file comment). */
export function isAboutCouncilOrRoadworks(clause: string): boolean {
  return LOCAL_WORKS.test(clause);
}
