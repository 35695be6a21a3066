// The source of /embed.js, the script a host page (another site) runs:
// bundled to ES2017 by hostScript() (host-script.ts), with the message check
// the embed page itself uses (message.ts), so the two cannot drift. It
// trusts a message only when it comes from that iframe's window and origin
// and has the expected shape; safe to include more than once.
import { isResizeMessage, MEASURE_TYPE } from './message.ts';

const w = window as Window & { __atlasEmbed?: boolean };

function frames(): NodeListOf<HTMLIFrameElement> {
  return document.querySelectorAll<HTMLIFrameElement>('iframe[data-atlas-chart]');
}

function originOf(frame: HTMLIFrameElement): string | null {
  try {
    return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
  } catch {
    return null;
  }
}

// A frame still on about:blank has not loaded its embed yet (it reports
// once it has); reading a loaded cross-origin frame's location throws.
function loaded(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentWindow?.location.href !== 'about:blank';
  } catch {
    return true;
  }
}

// An embed may have reported its height before this script ran: ask again.
function measure(frame: HTMLIFrameElement): void {
  const origin = originOf(frame);
  if (origin && origin !== 'null' && frame.contentWindow && loaded(frame)) {
    frame.contentWindow.postMessage({ type: MEASURE_TYPE }, origin);
  }
}

if (!w.__atlasEmbed) {
  w.__atlasEmbed = true;
  window.addEventListener('message', (event) => {
    if (!isResizeMessage(event.data)) return;
    for (const frame of frames()) {
      if (
        frame.contentWindow === event.source &&
        originOf(frame) === event.origin &&
        frame.getAttribute('data-atlas-chart') === event.data.chart
      ) {
        frame.style.height = `${Math.ceil(event.data.height)}px`;
        return;
      }
    }
  });
  for (const frame of frames()) measure(frame);
}
