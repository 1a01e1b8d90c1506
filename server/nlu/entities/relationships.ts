/**
 * The words a customer names someone by who they are to them (我妈, 老婆, my mom, my landlord), in both
 * languages, grouped by relationship. A transfer to such a word asks for the account holder's name
 * (flows/relative_payee.ts); before a name (转给我妈王秀英500) the word is not part of the name (relationship_lead.ts).
 */
export interface Relation {
  /** How the question names them in Chinese (您{zh}的姓名). */
  zh: string;
  /** The words for them in Chinese, without 我 / 我的 in front. */
  zhWords: string[];
  /** The words for them in English, without "my" in front. */
  enWords: string[];
}

export const RELATIONS: readonly Relation[] = [
  {
    zh: '母亲',
    zhWords: ['妈', '妈妈', '老妈', '母亲', '妈咪', '老娘', '娘', '亲妈'],
    enWords: ['mom', 'mum', 'mother', 'mommy', 'mummy', 'mama'],
  },
  {
    zh: '父亲',
    zhWords: ['爸', '爸爸', '老爸', '父亲', '爹', '老爹', '亲爹'],
    enWords: ['dad', 'father', 'daddy', 'papa'],
  },
  {
    zh: '妻子',
    zhWords: ['老婆', '媳妇', '媳妇儿', '妻子', '太太', '夫人'],
    enWords: ['wife', 'missus', 'missis'],
  },
  { zh: '丈夫', zhWords: ['老公', '丈夫', '先生'], enWords: ['husband', 'hubby'] },
  { zh: '爱人', zhWords: ['爱人', '对象', '另一半'], enWords: ['partner', 'spouse', 'other half'] },
  { zh: '儿子', zhWords: ['儿子', '大儿子', '小儿子'], enWords: ['son'] },
  { zh: '女儿', zhWords: ['女儿', '闺女', '大女儿', '小女儿'], enWords: ['daughter'] },
  { zh: '孩子', zhWords: ['孩子', '小孩', '娃'], enWords: ['kid', 'child'] },
  {
    zh: '哥哥',
    zhWords: ['哥', '哥哥', '大哥', '二哥'],
    enWords: ['big brother', 'older brother', 'elder brother'],
  },
  { zh: '弟弟', zhWords: ['弟', '弟弟', '小弟'], enWords: ['little brother', 'younger brother'] },
  { zh: '兄弟', zhWords: ['兄弟'], enWords: ['brother', 'bro'] },
  {
    zh: '姐姐',
    zhWords: ['姐', '姐姐', '大姐', '二姐'],
    enWords: ['big sister', 'older sister', 'elder sister'],
  },
  { zh: '妹妹', zhWords: ['妹', '妹妹', '小妹'], enWords: ['little sister', 'younger sister'] },
  { zh: '姐妹', zhWords: ['姐妹'], enWords: ['sister', 'sis'] },
  {
    zh: '奶奶',
    zhWords: ['奶奶'],
    enWords: ['grandma', 'granny', 'grandmother', 'nan', 'nana', 'nanna', 'gran'],
  },
  { zh: '爷爷', zhWords: ['爷爷'], enWords: ['grandpa', 'grandfather', 'granddad', 'grandad'] },
  { zh: '外婆', zhWords: ['外婆', '姥姥'], enWords: [] },
  { zh: '外公', zhWords: ['外公', '姥爷'], enWords: [] },
  {
    zh: '阿姨',
    zhWords: ['阿姨', '姨', '姨妈', '小姨', '姑姑', '姑妈', '舅妈', '婶婶'],
    enWords: ['aunt', 'auntie', 'aunty'],
  },
  { zh: '叔叔', zhWords: ['叔叔', '叔', '舅舅', '舅', '伯伯', '大伯', '姑父', '姨父'], enWords: ['uncle'] },
  {
    zh: '表亲',
    zhWords: ['表哥', '表姐', '表弟', '表妹', '堂哥', '堂姐', '堂弟', '堂妹'],
    enWords: ['cousin'],
  },
  { zh: '岳母', zhWords: ['岳母', '丈母娘'], enWords: ['mother in law', 'mother-in-law'] },
  { zh: '岳父', zhWords: ['岳父', '老丈人'], enWords: ['father in law', 'father-in-law'] },
  { zh: '姐夫', zhWords: ['姐夫'], enWords: ['brother in law', 'brother-in-law'] },
  { zh: '妹夫', zhWords: ['妹夫'], enWords: [] },
  { zh: '嫂子', zhWords: ['嫂子', '嫂嫂', '大嫂'], enWords: ['sister in law', 'sister-in-law'] },
  { zh: '弟媳', zhWords: ['弟媳', '弟媳妇', '弟妹'], enWords: [] },
  { zh: '儿媳', zhWords: ['儿媳', '儿媳妇'], enWords: ['daughter in law', 'daughter-in-law'] },
  { zh: '女婿', zhWords: ['女婿'], enWords: ['son in law', 'son-in-law'] },
  { zh: '婆婆', zhWords: ['婆婆'], enWords: [] },
  { zh: '公公', zhWords: ['公公'], enWords: [] },
  { zh: '女朋友', zhWords: ['女朋友', '女友'], enWords: ['girlfriend', 'gf'] },
  { zh: '男朋友', zhWords: ['男朋友', '男友'], enWords: ['boyfriend', 'bf'] },
  {
    zh: '朋友',
    zhWords: ['朋友', '好朋友', '哥们', '哥们儿', '闺蜜'],
    enWords: ['friend', 'mate', 'buddy', 'pal', 'best friend'],
  },
  { zh: '同事', zhWords: ['同事'], enWords: ['colleague', 'coworker', 'co-worker', 'workmate'] },
  { zh: '同学', zhWords: ['同学'], enWords: ['classmate'] },
  { zh: '室友', zhWords: ['室友', '舍友'], enWords: ['roommate', 'flatmate', 'housemate'] },
  { zh: '房东', zhWords: ['房东'], enWords: ['landlord', 'landlady'] },
  { zh: '老板', zhWords: ['老板', '领导'], enWords: ['boss'] },
  { zh: '保姆', zhWords: ['保姆'], enWords: ['nanny', 'cleaner', 'babysitter'] },
];
