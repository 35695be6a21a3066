// Fills today's date into citations, adds a copy button to each, and cites
// the paragraph or figure the reader is at (#p-n, #f-n) from the templates
// the page carries (src/components/CiteBox.astro).
const today = new Date().toISOString().slice(0, 10);
const PLACEHOLDER = 99990;

const dated = (text: string) => text.replace('[引用日期]', `[${today}]`).replace('[access date]', today);

function addCopy(el: HTMLElement): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = '复制 Copy';
  // The write settles either way: the button says which.
  const copy = () =>
    navigator.clipboard.writeText(el.textContent ?? '').then(
      () => (button.textContent = '已复制 Copied'),
      () => (button.textContent = '请手动复制 Copy manually'),
    );
  button.addEventListener('click', () => void copy());
  el.after(button);
}

for (const el of document.querySelectorAll<HTMLElement>('[data-cite]')) {
  el.textContent = dated(el.textContent ?? '');
  addCopy(el);
}

const template = (name: string) =>
  document.querySelector<HTMLTemplateElement>(`[data-cite-template="${name}"]`)?.innerHTML ?? '';
const decode = (html: string) => new DOMParser().parseFromString(html, 'text/html').documentElement.textContent ?? '';

function citePart(): void {
  const box = document.querySelector<HTMLElement>('[data-cite-part]');
  const m = /^#([pf])-(\d+)$/.exec(location.hash);
  if (!box || !m) return;
  const n = Number(m[2]);
  const target = document.getElementById(`${m[1]}-${n}`);
  if (!target) return;
  const kind = m[1] === 'p' ? 'paragraph' : 'figure';
  const fill = (t: string) =>
    kind === 'paragraph'
      ? t.replaceAll(String(PLACEHOLDER), String(n + 1)).replaceAll(String(PLACEHOLDER - 1), String(n))
      : t.replaceAll(String(PLACEHOLDER), String(n)).replaceAll('@@RAW@@', (target.textContent ?? '').trim());
  box.querySelector('[data-cite-part-title]')!.textContent =
    kind === 'paragraph' ? `引用第 ${n + 1} 段 Cite paragraph ${n + 1}` : `引用此数字 Cite figure f-${n}`;
  box.querySelector('[data-cite-part-zh]')!.textContent = dated(fill(decode(template(`${kind}-zh`))));
  box.querySelector('[data-cite-part-en]')!.textContent = dated(fill(decode(template(`${kind}-en`))));
  box.hidden = false;
}

citePart();
addEventListener('hashchange', citePart);
