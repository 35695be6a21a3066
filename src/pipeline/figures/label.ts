// The words a figure counts. Chinese puts them either after the figure
// (18个镇街, 1768项科技成果) or before it (申报国家高企108家, 研发费用18.99亿元);
// before, the label is what follows the last verb of the clause, less
// trailing linking words (达到, 为, 共) and leading scope words (全市, 各类).

// Where the phrase after a figure ends: a non-Chinese character, a function
// word, or a verb (11家企业荣获…, 5人入围…, 35家企业与高校…签订).
const POST_STOP = /[^\u4e00-\u9fff（）()]|^[（(]|与|和|及|在|均|共|等|已|的|了|并|也|都|还|又|就|占|同|第|被|将|向|对|由|从|到|给|有|获|荣获|入选|入围|入驻|入群|签订|发布|参加|参与|开展|实现|达到|完成|通过|进入|成为|急需|推送|纳入|成功|建立|建设|设立|开展|提供|实施|申报|开始|正式|用于/;
const VERBS =
  /申报|认定|组织|引进|获得|争取|建成|新增|净增|培育|开展|举办|实现|完成|获批|入选|发放|兑现|到位|走访|培训|签订|对接|汇集|推送|摸排|解决|发布|编制|提供|选派|引育|推动|推荐|入库|荣获|立项|备案|建立|打造|实施|加大|帮助|享受|归集|上报|安排|下达|评价|通过|招引|落地|入驻|达成|列入|集聚|吸引|服务(?!业|机构|中心|平台|体系|站)|给予|指导|形成|梳理|纳入|承担|选拔|收集|整合|召开|发挥|建设|新建|创建|设立|累计|聚焦|引导|入围|覆盖|争创|获/g;
const TRAILING = /(?:首次突破|突破|达到|达|为|共计|合计|共|计|有|是|至|到|已经|已|分别|均|约|近|超过|超|逾|总数|数量|(?<![指系基倍分])数|增长|增速|增幅|增加|减少|提高|下降|同比|比重|占比|较去年|较上年|比上年|比去年)$/;
const LEADING = /^(?:的|了|对|各类|各级|各种|共有|已有|现有|另有|拥有|共|另|全市|全县|全区|全省|累计|已|其中|今年|目前|我区|我县|我市|全年|规模为)/;
const PERIOD_WORDS = /(?:\d{4}年度?|\d{1,2}[-—~至]\d{1,2}月份?|上半年|下半年|全年|年内|今年以来|截至目前|截止目前)/g;
const MAX_LABEL = 16;

/** The noun phrase right after the figure, if the figure is its quantifier. */
export function labelAfter(after: string): string {
  const text = (after.startsWith('的') ? after.slice(1) : after).slice(0, 10);
  const stop = POST_STOP.exec(text);
  let phrase = stop ? text.slice(0, stop.index) : text;
  // An aside cut off by the length limit is dropped: 双降醇（BA → 双降醇.
  const open = Math.max(phrase.lastIndexOf('（'), phrase.lastIndexOf('('));
  if (open >= 0 && !/[）)]/.test(phrase.slice(open))) phrase = phrase.slice(0, open);
  return phrase.length >= 2 ? phrase : '';
}

/** The noun phrase before the figure in its clause. */
export function labelBefore(clause: string): string {
  const text = clause.replace(PERIOD_WORDS, '');
  let lastVerb = { start: 0, end: 0 };
  for (const m of text.matchAll(VERBS)) lastVerb = { start: m.index, end: m.index + m[0].length };
  const label = trimmed(text.slice(lastVerb.end));
  // A lone character after the verb is a suffix of it, not a noun: 通过率,
  // 覆盖面. The label is then the verb and its suffix.
  return label.length === 1 ? trimmed(text.slice(lastVerb.start)) : label;
}

function trimmed(phrase: string): string {
  let text = phrase;
  for (let changed = true; changed; ) {
    const before = text;
    text = text.replace(TRAILING, '').replace(LEADING, '');
    changed = text !== before;
  }
  return text.length > MAX_LABEL ? text.slice(-MAX_LABEL) : text;
}

/** Label of a figure: the phrase after it when it quantifies one, else the phrase before. */
export function figureLabel(clauseBefore: string, textAfter: string): string {
  return labelAfter(textAfter) || labelBefore(clauseBefore);
}
