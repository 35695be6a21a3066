// What a report title is made of: the bureau and the kind of document. One
// list for the splitter (which lines are titles) and for chrome by shape
// (a short line above the text is kept when it is a title).
export const TITLE_WORDS =
  /科学技术局|科技局|科技创新局|科技和工业信息化局|科学技术委员会|科委|科工局|科工信局|工作总结|工作计划|工作要点|工作谋划|工作思路|工作打算|工作安排|工作报告|述职报告|调研报告|总结和|总结及|计划$/;

/** Enumerated headings (一、 （一） (一) 1. 第一部分) and a contents heading. */
export const HEADING_LINE =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+[部章节]|目\s*录$)/;

/** A file name as host sites print it over a document (县科技局2023年工作总结.docx). */
export const FILE_SUFFIX = /\.(?:docx?|pdf|wps|pptx?|xlsx?|txt)\s*$/i;
/** The date a file name carries before its suffix: 工作总结(20230823), 工作总结_2023-08-23. */
export const FILE_DATE = /\s*[(（_-]?\s*(?:\d{8}|\d{4}[-.]\d{1,2}[-.]\d{1,2})\s*[)）]?\s*$/;

/** Labelled page fields (来源：…科学技术局) name a bureau without being a title. */
const FIELD_LABEL = /来源[:：]|发布日期|发布时间|作者[:：]|编辑[:：]|发布机构|索\s*引\s*号/;

/** A row of page fields: two or more `label：value` pairs (文档分类：工作总结  上传时间：…). */
const FIELD_ROW = /(?:^|\s)[\u4e00-\u9fff]{2,6}[:：][^:：]*[\u4e00-\u9fff]{2,6}[:：]/;

export function isTitleLike(line: string): boolean {
  const t = line.trim();
  return (
    t.length > 0 &&
    t.length <= 80 &&
    !/[。；;]/.test(t) &&
    // A salutation (各县（市）区科技局、局属各单位：) opens a letter, it is no title.
    !/[:：]$/.test(t) &&
    TITLE_WORDS.test(t) &&
    !FILE_SUFFIX.test(t) &&
    !FIELD_LABEL.test(t) &&
    !FIELD_ROW.test(t)
  );
}
