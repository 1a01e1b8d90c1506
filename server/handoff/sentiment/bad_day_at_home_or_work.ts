/**
 * The customer's own bad day, at home or at work, told before a plain request: the day itself ("ugh what a day",
 * "今天真倒霉"), a bonus or a pay rise the employer took away ("年终奖又没了，公司说效益不好", "no bonus this year"), a
 * repair at home that the landlord or a tradesman has not done ("boiler still not fixed", "热水器坏了一个礼拜"), and the
 * power gone again ("light don go since morning, generator don spoil", "I'm tired of this country"). None of it is
 * the bank's doing: a clause that says only this is off topic (`off_topic_clause.ts`), and a clause that also names
 * the bank, its app or the customer's money is read as before ("what a day, your app crashed twice").
 */

/** A clause about the customer's own bad day, the employer's pay, a repair at home or a power cut. */
export const BAD_DAY_AT_HOME_OR_WORK =
  /(今天|这一天|这两天|最近)(真|太|好|也太)?(倒霉|背|衰|糟心|难熬)|年终奖|效益不好|降薪|(工资|奖金)(被)?(降|砍|停发)|热水器|暖气|下水道|马桶|水管|漏水|燃气灶|\b(what a (day|week|morning|shift)|(rough|long|bad|awful|terrible|horrible|crappy|rubbish|shit|stressful) (day|week|morning|shift)|day from hell|(no|my|the|our) (christmas |year-end |annual )?bonus|pay cut|pay freeze|boiler|heating|radiator|plumber|hot water|leaking (roof|pipe|tap)|light don go|nepa|generator|load.?shedding|blackout|this country)\b/;
