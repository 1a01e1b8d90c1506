/**
 * The customer blames themselves for having to come back or try again ("第三次来办了 材料一直没带齐 怪我自己",
 * "来回跑了好几趟都是我自己证件弄错了", "third time I've filled this in, my own fault, I keep getting the date wrong"):
 * a count of attempts is then no complaint about having to repeat oneself to the bank.
 */

import { clausesOf } from './clauses.ts';

export const SELF_BLAME =
  /(怪|怨)我自己|(都|全|还)?是我自己[^，。！？,.!?]{0,6}(错|问题|原因|粗心|不小心|漏|忘|没带|没填|没签)|我自己(的)?(错|问题|原因|粗心|不小心|搞错|弄错|记错|填错|输错|漏|忘|没带)|老糊涂|记性(不好|差)|\b(my own fault(?![^.?!]*\?)|(?<!apparently |so |guess |now )(it'?s|it was|that'?s|all) my fault(?! (that )?(your|you))(?![^.?!]*\?)|my bad|my mistake|silly me|i keep forgetting|i keep getting (it|the \w+) wrong|i messed (it |that )?up)\b/;

/** A clause with the customer as its subject ("I keep getting the date wrong", "我又填错了"). */
const CUSTOMER_SUBJECT = /^\s*(i|i'm|i've|我)(?![a-z])/;

/**
 * Start and end offsets of the clauses in which the customer blames themselves, and of a clause right after
 * one that goes on about what the customer did ("my own fault, I keep getting the date wrong"): their problem
 * words are about the customer, not the bank.
 */
export function selfBlameSpans(lower: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let previous = false;
  for (const { text, index } of clausesOf(lower)) {
    // With the mark that ends it: "so it's my fault now?" is no self-blame.
    const withEnd = lower.slice(index, index + text.length + 1);
    const blames: boolean = SELF_BLAME.test(withEnd) || (previous && CUSTOMER_SUBJECT.test(text));
    if (blames) spans.push([index, index + text.length]);
    previous = blames;
  }
  return spans;
}
