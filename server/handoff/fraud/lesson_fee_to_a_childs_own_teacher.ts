/**
 * A child's lesson fee paid to the child's own teacher, often to the teacher's personal payment code: "给孩子的钢琴老师交
 * 课时费，老师给的是个人微信收款码，用你们卡绑的微信付有上限吗", "paying my daughter's violin teacher for the term, she
 * sent her own bank details, is there a limit for new payees?". The model learned "老师" and a personal code from the
 * investment "teacher" scams; here the teacher teaches the customer's child a lesson the family goes to (piano,
 * swimming, maths), a known payee (`knownPayee` in `fraud_detector.ts`), and the model's fraud alarm stands only when
 * it is sure.
 *
 * Not when the "teacher" is about money (stocks, crypto, 带单, returns), met only online or in a group chat, or a code, a
 * link, a deposit or an unlock fee is asked for.
 */

/** The customer's own child. */
const OWN_CHILD =
  /孩子|儿子|女儿|闺女|小孩|娃|\b(my|our) (son|daughter|kid|kids|child|children|boy|girl)'?s?\b/;

/** The child's teacher or coach, and the fee for the lessons. */
const LESSON_FEE =
  /(钢琴|小提琴|古筝|舞蹈|芭蕾|游泳|美术|画画|英语|数学|语文|物理|书法|围棋|象棋|声乐|吉他|架子鼓|跆拳道|篮球|足球|编程|家教|补习)?(老师|教练|家教)[^。！？?]{0,20}(课时费|学费|课费|上课的?钱|培训费|补课费)|(课时费|学费|课费|补课费)[^。！？?]{0,20}(老师|教练|家教)|\b(piano|violin|cello|guitar|drum|singing|music|dance|ballet|swimming|tennis|football|maths?|english|art|chess|tutor|tutoring|karate|coding)\b[^.?!]{0,20}\b(teacher|tutor|coach|lessons?|classes)\b/;

/** Money talk, an online-only teacher, a group, a code, a link or a fee to unlock: the scam's "teacher". */
const SCHEME_SIGNS =
  /带单|投资|理财|股票|炒股|基金|币|收益|回报|返利|稳赚|刷单|群里|网上认识|直播间|保证金|解冻|验证码|链接|\b(invest\w*|trading|trade|stocks?|crypto|bitcoin|forex|returns?|profit|signals?|group chat|telegram|whatsapp group|never met|online only|code|otp|link|deposit to unlock|unlock)\b/;

/** Whether a lower-cased message pays the child's own teacher for lessons (see the file comment). */
export function isLessonFeeToAChildsOwnTeacher(lower: string): boolean {
  return OWN_CHILD.test(lower) && LESSON_FEE.test(lower) && !SCHEME_SIGNS.test(lower);
}
