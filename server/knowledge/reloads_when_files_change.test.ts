import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import { FileKnowledgeBase } from './file_knowledge_base.ts';
import { writeArticle, writeFixtureKnowledge, type FixtureArticle } from './testing/fixture_articles.ts';

const NEW_ARTICLE: FixtureArticle = {
  id: 'safe_deposit_box',
  locale: 'zh-CN',
  title: '保管箱租用',
  questions: ['怎么租保管箱', '保管箱一年多少钱'],
  answer: '部分网点提供保管箱租用服务，年租金按尺寸收取。',
};

let root: string;
let kb: FileKnowledgeBase;
const errors: Array<Record<string, unknown>> = [];

beforeEach(() => {
  root = writeFixtureKnowledge();
  errors.length = 0;
  const logger = silentLogger();
  logger.error = ((obj: Record<string, unknown>) => {
    errors.push(obj);
  }) as typeof logger.error;
  // With the search cache on, as in the product: a reload must not leave stale answers behind.
  kb = new FileKnowledgeBase({ root, debounceMs: 50, logger, cacheSize: 1000 });
});

afterEach(() => {
  kb.close();
  rmSync(root, { recursive: true, force: true });
});

describe('reload when files change', () => {
  it('finds an article written after start-up', async () => {
    const before = kb.size;
    expect(kb.search('保管箱怎么租', 'zh-CN', 1)[0]?.article.id).not.toBe('safe_deposit_box');
    const reloaded = kb.nextReload();
    writeArticle(root, NEW_ARTICLE);
    const event = await reloaded;
    expect(event.ok).toBe(true);
    expect(kb.size).toBe(before + 1);
    expect(kb.search('保管箱怎么租', 'zh-CN', 1)[0]?.article.id).toBe('safe_deposit_box');
    expect(kb.get('safe_deposit_box', 'zh-CN')?.title).toBe('保管箱租用');
  });

  it('keeps the previous index when a file is broken, names the file, and recovers once fixed', async () => {
    const before = kb.size;
    const broken = join(root, 'zh-CN', 'broken.md');
    const failed = kb.nextReload();
    writeFileSync(broken, '---\nid: broken\nlocale: zh-CN\ntitle: [unclosed\n---\n正文\n');
    const event = await failed;
    expect(event.ok).toBe(false);
    if (!event.ok) expect(event.file).toBe(broken);
    expect(errors.some((e) => e.file === broken)).toBe(true);
    expect(kb.size).toBe(before);
    expect(kb.search('银行卡丢了怎么办', 'zh-CN', 1)[0]?.article.id).toBe('lost_card');

    const fixed = kb.nextReload();
    writeFileSync(
      broken,
      '---\nid: broken\nlocale: zh-CN\ntitle: 修好了\nquestions: [修好了吗]\n---\n修好了。\n',
    );
    expect((await fixed).ok).toBe(true);
    expect(kb.size).toBe(before + 1);
  });

  it('notices an edited answer', async () => {
    const reloaded = kb.nextReload();
    writeArticle(root, {
      id: 'branch_hours',
      locale: 'en',
      title: 'Branch opening hours',
      questions: ['What time do you open?'],
      answer: 'Branches now open 8:00-20:00 every day.',
    });
    await reloaded;
    expect(kb.get('branch_hours', 'en')?.answer).toContain('8:00-20:00');
  });

  it('stops watching after close', async () => {
    kb.close();
    writeArticle(root, NEW_ARTICLE);
    await new Promise((r) => setTimeout(r, 200));
    expect(kb.get('safe_deposit_box', 'zh-CN')).toBeUndefined();
  });
});
