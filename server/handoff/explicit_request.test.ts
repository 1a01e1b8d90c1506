import { describe, expect, it } from 'vitest';
import { isExplicitHumanRequest } from './explicit_request.ts';

describe('an explicit request for a person', () => {
  it.each([
    '转人工',
    '人工客服',
    '我要找真人',
    '请帮我接通客服人员',
    '叫你们经理来',
    '有人吗？',
    '我想跟银行的人谈一谈',
    'talk to a human',
    'agent please',
    'Representative',
    'can I speak to someone',
    'connect me to customer service',
    'I need to speak to an actual human being',
    'Could someone from your team call me back',
    '帮我转接一下信用卡中心',
    // a member of staff named first, then asked for by pronoun
    '我的客户经理是李姐 麻烦帮我联系一下她',
    '之前给我办卡的柜员姓陈，能不能找一下他',
    '请安排一个人给我回个电话',
    '帮我联系一下我那个理财顾问',
    'Put me through to the card team please',
    'Can I get a callback from a mortgage adviser',
    'Please have the relationship manager contact me',
    // whoever handles it, a member of staff to call or come, someone on the line
    'Is there someone who deals with inheritance claims',
    'Could my adviser phone me on Friday',
    'Can a banker check my paperwork',
    'Get a manager on the phone please',
    'Just put me through',
    'Is anybody on duty tonight',
    '我想跟支行的理财经理聊聊',
    '帮我约个理财顾问',
    '你们那边有人能帮我处理一下吗',
    '找个说了算的来',
    // a named member of staff to call back, whoever handled it, someone who knows the matter
    '麻烦叫我们支行的理财经理给我回个电话',
    '可以请上回那位客服专员联系我吗',
    '我想找去年帮我办房贷的那位经理',
    '联系一下负责我们公司账户的客户经理',
    '有没有专业点的工作人员能看看这份合同',
    '换个懂业务的人来跟我说',
    'How can I get hold of someone at the Wanchai branch about my locker',
    'Could I speak to somebody in your business banking team',
    "I'd like to book an appointment to see a mortgage adviser on Saturday",
    'Can you arrange a call with my relationship manager',
    'I want the person who opened my ISA to phone me',
    'Is there somebody there who can actually sort this out?',
    // a member of staff fetched to where the customer is
    "I'm at the cash machine by the entrance, can you send someone over",
    'pls get a member of staff over to the self-service area',
    // a plan to visit does not hide an ask made in the same message
    '我明天去网点，能先帮我约一下理财经理吗',
  ])('is recognised in "%s"', (t) => {
    expect(isExplicitHumanRequest(t)).toBe(true);
  });

  it.each([
    '人工智能是什么',
    '太让人失望了',
    '你们的客服电话是多少',
    'I want to send money to a person',
    "what's your customer service number",
    'how do I transfer money to someone',
    'what are your opening hours',
    '信用卡中心在几楼',
    'How do I transfer money to the team account',
    '没事了，不用转人工了',
    'The teller asked me for my ID',
    'Someone called me yesterday about my card',
    'My colleague handles the payroll, can she be added to the business account',
    'This put me through a lot of stress',
    'all sorted now, no need for an agent',
    // staff in a story or a question about them, not an ask
    '请问客户经理给我打电话是什么事',
    '我的客户经理说可以帮我联系他们公司',
    '客服昨天给我回了电话，问题已经解决',
    '负责人是谁签字的这份文件',
    '你们的员工都很专业',
    'Somebody at the branch told me the card would arrive in a week',
    'My booking with the hotel was paid with my card twice',
    'Does the branch manager have to sign off a large withdrawal',
    'Is there anything that can actually stop direct debits being taken early?',
    // a visit the customer plans in person, a question whether a meeting is needed
    '周五打算到支行找理财经理问问定投，需要带身份证吗',
    '过两天去楼下的网点跟柜员办挂失就行吧',
    'Would I have to book an appointment with an adviser to open a junior ISA?',
    'Is an appointment required to see a mortgage adviser, or can I just walk in?',
    // a counter sought as a place to go
    '我要找个柜台办业务 最近的在哪',
    '有没有柜台能办外汇，几点开门',
  ])('is not read into "%s"', (t) => {
    expect(isExplicitHumanRequest(t)).toBe(false);
  });
});
