/*! Regional S&T Policy Atlas (区域科技政策图鉴) embed resizer. Licence: CC BY 4.0.
 * Put it after any number of <iframe data-atlas-chart="<chart-id>"> from the
 * Atlas; each grows to its chart's height. It trusts a message only when it
 * comes from that iframe's window and origin and has the expected shape.
 * Plain ES2017, no dependencies; safe to include more than once. */
(function () {
  'use strict';
  if (window.__atlasEmbed) return;
  window.__atlasEmbed = true;

  var RESIZE = 'atlas:resize';
  var MEASURE = 'atlas:measure';
  var CHART_ID = /^[a-z0-9_-]+$/;
  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 5000;

  function frames() {
    return document.querySelectorAll('iframe[data-atlas-chart]');
  }

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function isResize(data) {
    return (
      typeof data === 'object' && data !== null &&
      data.type === RESIZE &&
      typeof data.chart === 'string' && CHART_ID.test(data.chart) &&
      typeof data.height === 'number' && isFinite(data.height) &&
      data.height >= MIN_HEIGHT && data.height <= MAX_HEIGHT
    );
  }

  window.addEventListener('message', function (event) {
    if (!isResize(event.data)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (
        frame.contentWindow === event.source &&
        originOf(frame) === event.origin &&
        frame.getAttribute('data-atlas-chart') === event.data.chart
      ) {
        frame.style.height = Math.ceil(event.data.height) + 'px';
        return;
      }
    }
  });

  // A frame still on about:blank has not loaded its embed yet (it reports
  // once it has); reading a loaded cross-origin frame's location throws.
  function loaded(frame) {
    try {
      return frame.contentWindow.location.href !== 'about:blank';
    } catch (e) {
      return true;
    }
  }

  // An embed may have reported its height before this script ran: ask again.
  function measure(frame) {
    var origin = originOf(frame);
    if (origin && origin !== 'null' && frame.contentWindow && loaded(frame)) {
      frame.contentWindow.postMessage({ type: MEASURE }, origin);
    }
  }
  var list = frames();
  for (var i = 0; i < list.length; i++) measure(list[i]);
})();
