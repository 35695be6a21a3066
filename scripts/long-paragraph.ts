// A paragraph as scraped PDFs and tables produce it: no sentence punctuation
// at all, a figure every `every` characters. Shared by the extraction bench
// and the linear-work test.

const FILLER = '全县科技工作持续推进企业创新主体地位不断增强科技服务体系逐步完善';

/** `chars` characters without a stop, a figure (新认定高新技术企业<n>家) about every `every` characters. */
export function longParagraph(chars: number, every = 50): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 1; length < chars; n += 1) {
    const figure = `新认定高新技术企业${n % 997}家`;
    const filler = FILLER.repeat(Math.ceil(every / FILLER.length)).slice(0, Math.max(0, every - figure.length));
    parts.push(filler, figure);
    length += filler.length + figure.length;
  }
  return parts.join('').slice(0, chars);
}
