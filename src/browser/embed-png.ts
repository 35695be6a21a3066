// The PNG download: the chart's standalone SVG (/charts/<id>.svg) drawn onto
// a canvas at 2× in the browser, with its source and licence written into
// the PNG as text notes (they are also drawn in its credit line).
import { addPngText } from '../embed/png-text.ts';

export const PNG_SCALE = 2;

/** Downloads are always light: drop the stylesheet's dark-mode block, keep the inline light colours. */
export function forceLight(svg: string): string {
  return svg.replace(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the chart SVG could not be drawn'));
    img.src = src;
  });
}

export async function svgToPng(svg: string, scale = PNG_SCALE): Promise<Uint8Array> {
  // A data: URL, not a blob: one: the CSP allows images from 'self' and data: only.
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(forceLight(svg))}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(img.naturalWidth * scale);
  canvas.height = Math.round(img.naturalHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, img.naturalWidth, img.naturalHeight);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas gave no PNG');
  return new Uint8Array(await blob.arrayBuffer());
}

export interface PngNotes {
  title: string;
  source: string;
  licence: string;
  url: string;
}

export async function downloadPng(svgUrl: string, fileName: string, notes: PngNotes): Promise<void> {
  const response = await fetch(svgUrl);
  if (!response.ok) throw new Error(`${svgUrl}: HTTP ${response.status}`);
  const png = addPngText(await svgToPng(await response.text()), [
    ['Title', notes.title],
    ['Source', notes.source],
    ['Copyright', notes.licence],
    ['URL', notes.url],
  ]);
  const href = URL.createObjectURL(new Blob([png as BlobPart], { type: 'image/png' }));
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
