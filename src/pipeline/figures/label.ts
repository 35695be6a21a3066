// The words a figure counts. Chinese puts them either after the figure
// (18个镇街, 1768项科技成果) or before it (申报国家高企108家, 研发费用18.99亿元);
// before, the label is what follows the last verb of the clause, less
// trailing linking words (达到, 为, 共) and leading scope words (全市, 各类).

// Where the phrase after a figure ends: a non-Chinese character, a function
// word, or a verb (11家企业荣获…, 5人入围…, 35家企业与高校…签订).
const POST_STOP =
  /[^\u4e00-\u9fff（）()]|^[（(]|与|和|及|在|均|各|组织|共|等|已|的|了|并|也|都|还|又|就|占|同(?![比步])|第|被|将|(?<![意方导面转])向|对(?![接口外])|由|从|到|给|有(?![限效机关])|获|荣获|入选|入围|入驻|入群|签订|发布|参加|参与|开展|实现|达到|完成|通过|进入|成为|急需|推送|纳入|成功|建立|建设|设立|开展|提供|实施|申报|开始|正式|用于|享受|是|之|提交|服务(?![业机中平体站官])/;
const VERBS =
  /申报|认定|组织|引进|获得|争取|建成|新增|净增|培育|开展|举办|实现|完成|获批|入选|发放|兑现|到位|走访|培训|签订|对接|汇集|推送|摸排|解决|发布|编制|提供|选派|引育|推动|推荐|入库|荣获|立项|备案|建立|打造|实施|加大|帮助|享受|归集|上报|安排|下达|评价|通过|招引|落地|入驻|达成|列入|集聚|吸引|服务(?!业|机构|中心|平台|体系|站|专员)|给予|指导|形成|梳理|纳入|承担|选拔|收集|整合|召开|发挥|建设|新建|创建|设立|累计|聚焦|引导|入围|覆盖|争创|统计(?!局)|共建|投用|投入使用|储备|获(?!奖)/g;
const TRAILING =
  /(?:首次突破|突破|达到|达|为|共计|合计|共|计|有|是|至|到|已经|已|分别|均|约|近|超过|超|逾|总数|数量|(?<![指系基倍分人])数|增长|增速|增幅|增加|减少|提高|下降|同比|比重|占比|较去年|较上年|比上年|比去年)$/;
const LEADING =
  /^(?:的|了|对|各类|各级|各种|共有|已有|现有|另有|拥有|共|另|全市|全县|全区|全省|累计|已|其中|含|包括|今年|目前|我区|我县|我市|全年|规模为|力争|确保|努力|预计|力求)/;
const PERIOD_WORDS =
  /(?:[\d*]{4}年度?|\d{1,2}[-—~至]\d{1,2}月份?|上半年|下半年|全年|年内|年底|年末|今年以来|当年|本年|截至目前|截止目前)/g;
const MAX_LABEL = 20;
const VERB_ONLY = new RegExp(`^(?:${VERBS.source})$`);

/** The noun phrase right after the figure, if the figure is its quantifier. */
export function labelAfter(after: string): string {
  const head = attributiveHead(after);
  if (head !== null) return head;
  const rest = after.startsWith('的') ? after.slice(1) : after;
  const stop = POST_STOP.exec(rest.slice(0, 14));
  // A phrase running on past the window would be cut mid-word (知识产权质押融资意向协议): no label.
  if (!stop && /^[\u4e00-\u9fff]{4}/.test(rest.slice(14))) return '';
  // A phrase may run a little past ten characters to its natural end (…质押融资意向协议).
  let phrase = rest.slice(0, stop && (stop.index <= 10 || /^[^\u4e00-\u9fff]/.test(stop[0])) ? stop.index : 10);
  // An aside cut off by the length limit is dropped: 双降醇（BA → 双降醇.
  const open = Math.max(phrase.lastIndexOf('（'), phrase.lastIndexOf('('));
  if (open >= 0 && !/[）)]/.test(phrase.slice(open))) phrase = phrase.slice(0, open);
  // A verb alone (5个引进共建机构: 引进) is no noun phrase.
  if (VERB_ONLY.test(phrase)) return '';
  return fragmentFree(phrase);
}

/**
 * 1名业务素质高、技术水平强的科技特派员: qualities listed before 的 describe
 * the noun after it, which is what the figure counts. null when the words
 * after the figure are not such a list.
 */
function attributiveHead(after: string): string | null {
  const m = /^([^，。；：,;的]{1,14})的/.exec(after);
  if (!m?.[1]?.includes('、')) return null;
  const rest = after.slice(m[0].length, m[0].length + 10);
  const stop = POST_STOP.exec(rest);
  const noun = stop ? rest.slice(0, stop.index) : rest;
  return noun.length >= 2 ? noun : '';
}

/** The noun phrase before the figure in its clause. */
export function labelBefore(clause: string): string {
  const text = clause.replace(PERIOD_WORDS, '');
  let lastVerb = { start: 0, end: 0 };
  for (const m of text.matchAll(VERBS)) lastVerb = { start: m.index, end: m.index + m[0].length };
  // After 占 comes a share's denominator (占GDP的比重): the label is what stood before it.
  const object = text.slice(lastVerb.end);
  const denominator = object.search(/占(?!地)/);
  const label = trimmed(denominator >= 0 ? object.slice(0, denominator) : object);
  // A lone character after the verb is a suffix of it, not a noun: 通过率,
  // 覆盖面. The label is then the verb and its suffix.
  if (label.length === 1) return fragmentFree(trimmed(text.slice(lastVerb.start)));
  // A clause ending in a verbal noun (科技服务专员培训36次) counts that
  // activity: the label is the phrase the verb closes.
  if (label === '' && lastVerb.end === text.length && ACTIVITY_NOUNS.test(text.slice(lastVerb.start)))
    return verbalNoun(text, lastVerb.start);
  // 推动科技型中小企业入库达1533家: nothing after the verb, so its subject is what is counted.
  if (label === '' && lastVerb.end > 0 && UNDERGONE.test(text.slice(lastVerb.start, lastVerb.end)))
    return fragmentFree(subjectOf(text, lastVerb.start));
  return fragmentFree(label);
}

// Verbs whose subject is what undergoes them, hence what is counted: 企业入库, 项目立项.
const UNDERGONE = /^(?:入库|认定|备案|立项|获批|入选|入围|落地|入驻)$/;

function subjectOf(text: string, verbStart: number): string {
  let from = 0;
  for (const m of text.slice(0, verbStart).matchAll(VERBS)) from = m.index + m[0].length;
  // 新认定, 再获批: a prefix of the verb is no subject.
  return trimmed(text.slice(from, verbStart).replace(/[新再已均]+$/, ''));
}

// Verbs that also name an activity counted in sessions (培训36次, 对接会…).
const ACTIVITY_NOUNS = /^(?:培训|对接)$/;

function verbalNoun(text: string, verbStart: number): string {
  let from = 0;
  for (const m of text.slice(0, verbStart).matchAll(VERBS)) from = m.index + m[0].length;
  const object = trimmed(text.slice(from, verbStart));
  return object.length >= 2 ? object + text.slice(verbStart) : '';
}

function trimmed(phrase: string): string {
  let text = phrase;
  for (let changed = true; changed;) {
    const before = text;
    text = text.replace(TRAILING, '').replace(LEADING, '');
    changed = text !== before;
  }
  return text.length > MAX_LABEL ? tail(text) : text;
}

/** The last MAX_LABEL characters, starting after a word boundary (由, 的, 、 …) when one is near. */
function tail(text: string): string {
  for (let i = text.length - MAX_LABEL; i < text.length - 2; i += 1) {
    if (/[由的、和与及对在]/.test(text.charAt(i - 1))) return text.slice(i);
  }
  return text.slice(-MAX_LABEL);
}

/**
 * No phrase fragments as labels: after 占 comes a share's denominator
 * (占GDP的比重, 占规上工业企业…总额的), not what it measures; a dangling 的
 * or a closing bracket without its opening (部分）) is half a phrase.
 */
function fragmentFree(label: string): string {
  let text = label;
  const close = text.search(/[）)]/);
  if (close >= 0 && !/[（(]/.test(text.slice(0, close))) text = text.slice(close + 1);
  const share = text.search(/占(?!地)/);
  if (share >= 0) text = text.slice(0, share);
  text = text.replace(/的$/, '');
  return text.length >= 2 ? text : '';
}

/** Label of a figure: the phrase after it when it quantifies one, else the phrase before. */
export function figureLabel(clauseBefore: string, textAfter: string): string {
  return labelAfter(textAfter) || labelBefore(clauseBefore);
}
