// The chart toolbar's scripted tools: "copy embed code" and "download PNG".
// Both are hidden without JavaScript (their list items carry data-needs-js,
// see public/no-js.css); the embed code is then still readable (and
// selectable) in its disclosure, and the SVG/CSV downloads are plain links.
import { downloadPng } from './embed-png.ts';

const COPY = 'button[data-copy-embed]';
const PNG = 'button[data-png]';

async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard (insecure origin, permission refused): show the code selected, ready to copy.
    field?.closest('details')?.setAttribute('open', '');
    field?.focus();
    field?.select();
    return false;
  }
}

function say(button: HTMLElement, message: string): void {
  const status = button.closest('figure')?.querySelector<HTMLElement>('[data-toolbar-status]');
  if (status) status.textContent = message;
}

async function onCopy(button: HTMLButtonElement): Promise<void> {
  const field = document.getElementById(button.dataset.copyEmbed ?? '') as HTMLTextAreaElement | null;
  const ok = field ? await copyText(field.value, field) : false;
  say(button, ok ? (button.dataset.done ?? '') : (button.dataset.failed ?? ''));
}

async function onPng(button: HTMLButtonElement): Promise<void> {
  const d = button.dataset;
  button.disabled = true;
  try {
    await downloadPng(d.png ?? '', d.fileName ?? 'chart.png', {
      title: d.title ?? '',
      source: d.source ?? '',
      licence: d.licence ?? '',
      url: d.url ?? '',
    });
  } catch (e) {
    say(button, `${d.failed ?? ''} ${e instanceof Error ? e.message : ''}`.trim());
  } finally {
    button.disabled = false;
  }
}

export function enhanceToolbar(doc: Document = document): void {
  if (doc.documentElement.hasAttribute('data-toolbar-enhanced')) return;
  doc.documentElement.setAttribute('data-toolbar-enhanced', '');
  doc.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const copy = target?.closest<HTMLButtonElement>(COPY);
    if (copy) void onCopy(copy);
    const png = target?.closest<HTMLButtonElement>(PNG);
    if (png) void onPng(png);
  });
}
