/**
 * A word that names a person to talk to somewhere in a message (人工, 客服, 柜员, 找个人, 有人, "agent", "staff"):
 * what keeps a look-alike reading (个人 as the customer's own standing, 工人工资) from setting an ask for a person aside.
 */
export const PERSON_TO_TALK_TO =
  /人工|真人|客服|柜员|工作人员|经理|专员|找(个)?人|叫(个)?人|转人|有人|跟人|和人|换个人|\b(human|agent|person|someone|staff|representative)\b/i;
