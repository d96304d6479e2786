// The overview picture: the loudness envelope as an SVG, a slider to seek with.

var SVG = 'http://www.w3.org/2000/svg';

/** The envelope's levels (0…100), sent as two hexadecimal digits each. */
function levels() {
  var hex = page.envelope.values;
  var values = new Array(hex.length >> 1);
  for (var i = 0; i < values.length; i++) values[i] = parseInt(hex.substr(2 * i, 2), 16);
  return values;
}
var overview = {
  box: document.getElementById('envelope'),
  width: 0,
  height: 112,
  playhead: null,

  svg: function (name, attributes) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    return node;
  },

  /** Draws the envelope at the box's width: labels stay legible at any width. */
  draw: function () {
    var width = Math.max(200, Math.floor(this.box.clientWidth));
    if (width === this.width) return;
    this.width = width;
    var height = this.height;
    var top = 18;
    var middle = top + (height - top) / 2;
    var half = (height - top) / 2 - 2;
    var svg = this.svg('svg', {
      width: width, height: height, viewBox: '0 0 ' + width + ' ' + height,
      'aria-hidden': 'true', focusable: 'false',
    });
    svg.appendChild(this.svg('rect', {
      class: 'track', x: 0, y: top, width: width, height: height - top,
    }));
    // One column per pixel: the mean of the envelope's values under it (the loudest would
    // fill every column of a long address; the mean keeps its pauses visible).
    var values = levels();
    var step = page.envelope.step;
    var upper = [];
    var lower = [];
    for (var x = 0; x < width; x++) {
      var from = Math.floor((x / width) * manifest.frames / step);
      var to = Math.max(from + 1, Math.floor(((x + 1) / width) * manifest.frames / step));
      var sum = 0;
      var count = 0;
      for (var i = from; i < to && i < values.length; i++, count++) sum += values[i];
      var level = count ? sum / count : 0;
      var extent = Math.max(0.5, (level / 100) * half);
      upper.push(x + ',' + (middle - extent).toFixed(1));
      lower.unshift(x + ',' + (middle + extent).toFixed(1));
    }
    svg.appendChild(this.svg('polygon', { class: 'level', points: upper.concat(lower).join(' ') }));
    var lastLabelEnd = -Infinity;
    manifest.parts.forEach(function (part) {
      var at = Math.round((part.startFrame / manifest.frames) * (width - 1)) + 0.5;
      svg.appendChild(overview.svg('line', {
        class: 'boundary', 'data-part': part.id, x1: at, x2: at, y1: 0, y2: height,
      }));
      var label = part.kind === 'paragraph' ? part.id : part.kind;
      var labelWidth = label.length * 7 + 4;
      var left = Math.min(at + 3, width - labelWidth);
      if (left >= lastLabelEnd) {
        var text = overview.svg('text', { class: 'label', x: left, y: 13 });
        text.textContent = label;
        svg.appendChild(text);
        lastLabelEnd = left + labelWidth;
      }
    });
    this.playhead = this.svg('line', { class: 'playhead', x1: 0, x2: 0, y1: top, y2: height });
    svg.appendChild(this.playhead);
    this.box.textContent = '';
    this.box.appendChild(svg);
    this.position(audio.currentTime * rate);
  },

  position: function (frame) {
    var seconds = frame / rate;
    this.box.setAttribute('aria-valuenow', String(Math.round(seconds)));
    var part = sentences.length ? sentences[sentenceAt(Math.round(frame))].part : null;
    this.box.setAttribute('aria-valuetext',
      clock(seconds) + ' of ' + clock(manifest.duration) + (part ? ', ' + partLabel(part) : ''));
    if (!this.playhead) return;
    var x = (Math.min(frame, manifest.frames) / manifest.frames) * (this.width - 1) + 0.5;
    this.playhead.setAttribute('x1', x.toFixed(1));
    this.playhead.setAttribute('x2', x.toFixed(1));
  },

  /** The part start before or after `frame` (PageUp / PageDown). */
  partStart: function (frame, direction) {
    var starts = manifest.parts.map(function (part) { return part.startFrame; });
    if (direction > 0) {
      for (var i = 0; i < starts.length; i++) if (starts[i] > frame + 1) return starts[i];
      return manifest.frames;
    }
    for (var j = starts.length - 1; j >= 0; j--) if (starts[j] < frame - rate / 2) return starts[j];
    return 0;
  },

  keydown: function (event) {
    var frame = audio.currentTime * rate;
    var target = null;
    switch (event.key) {
      case 'ArrowLeft': case 'ArrowDown': target = frame - 5 * rate; break;
      case 'ArrowRight': case 'ArrowUp': target = frame + 5 * rate; break;
      case 'PageUp': target = overview.partStart(frame, -1); break;
      case 'PageDown': target = overview.partStart(frame, 1); break;
      case 'Home': target = 0; break;
      case 'End': target = manifest.frames; break;
      default: return;
    }
    event.preventDefault();
    seekFrame(Math.max(0, Math.min(manifest.frames, target)));
  },

  init: function () {
    var box = this.box;
    box.setAttribute('role', 'slider');
    box.setAttribute('tabindex', '0');
    box.setAttribute('aria-label', 'Position in the address');
    box.setAttribute('aria-describedby', 'overview-explain');
    box.setAttribute('aria-valuemin', '0');
    box.setAttribute('aria-valuemax', String(Math.round(manifest.duration)));
    box.addEventListener('click', function (event) {
      var bounds = box.getBoundingClientRect();
      var fraction = Math.max(0, Math.min(1, (event.clientX - bounds.left) / bounds.width));
      seekFrame(Math.round(fraction * manifest.frames));
    });
    box.addEventListener('keydown', this.keydown);
    this.draw();
    if (window.ResizeObserver) {
      new ResizeObserver(function () { overview.draw(); }).observe(box);
    } else {
      window.addEventListener('resize', function () { overview.draw(); });
    }
  },
};
