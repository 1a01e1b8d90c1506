/**
 * A wasted trip feared ahead, beside a question that would spare it: "Does the branch close for lunch? Don't want to
 * turn up and find nobody at the counter.", "just checking so I don't drive over and find it shut", "网点中午休息吗？怕
 * 白跑一趟", "先问清楚，免得去了没人办". The words of the trip ("nobody", 白跑) describe what the customer wants to avoid,
 * not anger. A trip made for nothing ("drove there and it was shut", "上次就白跑了一趟") and a fear of it again ("怕又白跑")
 * are read as before.
 */

const FEARED_TRIP_EN =
  /\b(don'?t|do not|wouldn'?t|would not) (want|like) to (turn up|show up|go (all the way )?(in|down|over|there)|get there|drive (over|down|in|there)|come (in|down|over|all the way)|travel (in|there)|make the trip)\b[^.?!]{0,40}\b(and find|only to find|for nothing|in vain|and (it'?s|it is|they'?re|be) (closed|shut))\b[^.?!]*|\bso (that )?(i|we) (don'?t|do not|won'?t) (turn up|show up|go|get there|drive over|come in)\b[^.?!]{0,20}\b(and find|for nothing|in vain)\b[^.?!]*|\bin case (there'?s|there is|there'll be) (nobody|no one|noone)\b[^.?!]*/g;
const FEARED_TRIP_ZH =
  /(怕|担心|免得|省得|不想|以免|别)(?!又)(白跑|跑空|扑空|去了(没人|关门|办不了|不开门|白跑))[^，。！？?]*/g;

/** Spans (`[from, to)` in the lower-cased text) where a wasted trip is feared ahead (see the file comment). */
export function tripWorriedAheadSpans(lower: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of [FEARED_TRIP_EN, FEARED_TRIP_ZH])
    for (const m of lower.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
