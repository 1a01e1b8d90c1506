import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { inlineText, markdownBlocks, markdownToPlainText } from './markdown_text.ts';

describe('Markdown answers as plain text for the agent console', () => {
  it('turns bullets, numbered steps and bold into lines without markup', () => {
    const md = [
      '不动户资金安全。',
      '',
      '- 利息照常计算，**不收取**管理费；',
      '* 暂停转账',
      '',
      '**激活步骤**',
      '1. 打开 App',
      '2. 完成**人脸识别**',
    ].join('\n');
    expect(markdownBlocks(md)).toEqual([
      { kind: 'paragraph', text: '不动户资金安全。' },
      { kind: 'item', marker: '•', depth: 0, text: '利息照常计算，不收取管理费；' },
      { kind: 'item', marker: '•', depth: 0, text: '暂停转账' },
      { kind: 'paragraph', text: '激活步骤' },
      { kind: 'item', marker: '1.', depth: 0, text: '打开 App' },
      { kind: 'item', marker: '2.', depth: 0, text: '完成人脸识别' },
    ]);
    expect(markdownToPlainText(md)).toBe(
      '不动户资金安全。\n• 利息照常计算，不收取管理费；\n• 暂停转账\n激活步骤\n1. 打开 App\n2. 完成人脸识别',
    );
  });

  it('keeps nesting, continuation lines, Chinese numbering and headings', () => {
    const md = '## How to pay\n1) Open the app\n   and sign in\n  - with a face scan\n3、到网点办理';
    expect(markdownBlocks(md)).toEqual([
      { kind: 'paragraph', text: 'How to pay' },
      { kind: 'item', marker: '1.', depth: 0, text: 'Open the app and sign in' },
      { kind: 'item', marker: '•', depth: 1, text: 'with a face scan' },
      { kind: 'item', marker: '3.', depth: 0, text: '到网点办理' },
    ]);
  });

  it('removes inline markup but leaves identifiers, arithmetic and prices alone', () => {
    expect(inlineText('See [the fee table](https://bank.example/fees) and `transfer_money`')).toBe(
      'See the fee table and transfer_money',
    );
    expect(inlineText('an *important* and __bold__ ~~old~~ note')).toBe('an important and bold old note');
    expect(inlineText('2 * 3 = 6, snake_case_name, ¥2 * 5')).toBe('2 * 3 = 6, snake_case_name, ¥2 * 5');
    expect(inlineText('> quoted \\*stars\\*')).toBe('> quoted *stars*');
  });

  it('drops rules and blank lines, and leaves code text as written', () => {
    expect(markdownToPlainText('a\n\n---\n\n```\n- not a list\n```\nb')).toBe('a\n- not a list\nb');
  });

  it('leaves no list markers or emphasis in any article of the knowledge base', () => {
    const dir = new URL('../../knowledge/', import.meta.url);
    let bullets = 0;
    for (const locale of ['zh-CN', 'en'])
      for (const file of readdirSync(new URL(`${locale}/`, dir))) {
        const body = readFileSync(new URL(`${locale}/${file}`, dir), 'utf8').split(/^---$/m)[2] ?? '';
        const plain = markdownToPlainText(body);
        expect(plain, file).not.toMatch(/^\s*[-*+] /m);
        expect(plain, file).not.toContain('**');
        bullets += plain.split('\n').filter((l) => l.startsWith('• ')).length;
      }
    expect(bullets).toBeGreaterThan(20);
  });
});

describe('masked numbers and names keep their stars', () => {
  it('shows the stars of a masked phone, card or account number as they are', () => {
    expect(inlineText('验证码已发送至 138****0003，请在验证框中输入 6 位验证码。')).toBe(
      '验证码已发送至 138****0003，请在验证框中输入 6 位验证码。',
    );
    expect(inlineText('01-06 **** 3344 ¥1,200.00')).toBe('01-06 **** 3344 ¥1,200.00');
    expect(inlineText('Card ************1234 is frozen')).toBe('Card ************1234 is frozen');
    expect(inlineText('尾号**1234 或 **5678')).toBe('尾号**1234 或 **5678');
    expect(inlineText('1**2')).toBe('1**2');
  });

  it('shows a masked name (one character and its stars) as it is', () => {
    expect(inlineText('收款人：李* **** 4321，金额：¥100.00')).toBe('收款人：李* **** 4321，金额：¥100.00');
    expect(inlineText('收款人：李娜 **** 4321')).toBe('收款人：李娜 **** 4321');
    expect(inlineText('A*** **** 1357')).toBe('A*** **** 1357');
    expect(inlineText('李*、王*')).toBe('李*、王*');
  });

  it('still takes the markup out of real emphasis beside masked numbers', () => {
    expect(inlineText('**注意**：尾号 **** 5678 的卡已冻结')).toBe('注意：尾号 **** 5678 的卡已冻结');
    expect(inlineText('单笔限额**5000**元，*请*核对 138****0003')).toBe('单笔限额5000元，请核对 138****0003');
    expect(inlineText('**李**和*王*，请*务必*注意')).toBe('李和王，请务必注意');
    expect(markdownToPlainText('- 01-06 **** 3344 ¥1,200.00\n- **Tip**: A*** **** 1357')).toBe(
      '• 01-06 **** 3344 ¥1,200.00\n• Tip: A*** **** 1357',
    );
  });
});
