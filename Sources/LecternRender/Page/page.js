// The listening page: builds the transcript, the overview picture and the parts list from the
// manifest embedded in the page, and keeps them in step with the <audio> element.
// No request of its own, no library: it must work opened from disk and inside any site.
(function () {
  'use strict';

  var manifest = readJSON('lectern-manifest');
  var page = readJSON('lectern-page');
  var audio = document.getElementById('audio');
  var rate = manifest.sampleRate;
  var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  /** Every utterance in time order: its manifest entry, part and transcript element. */
  var sentences = [];
  var current = -1;

  function readJSON(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  function element(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** `m:ss`, or `h:mm:ss` from an hour on; tenths when `precise`. */
  function clock(seconds, precise) {
    var total = precise ? Math.round(seconds * 10) / 10 : Math.floor(seconds);
    var hours = Math.floor(total / 3600);
    var minutes = Math.floor((total % 3600) / 60);
    var rest = total % 60;
    var secs = precise ? rest.toFixed(1) : String(rest);
    if (rest < 10) secs = '0' + secs;
    return hours > 0
      ? hours + ':' + (minutes < 10 ? '0' : '') + minutes + ':' + secs
      : minutes + ':' + secs;
  }

  function partLabel(part) {
    if (part.kind === 'intro') return 'Introduction';
    if (part.kind === 'opening') return 'Opening';
    return 'Paragraph ' + part.id;
  }

  /** Same language when the primary subtags match (`en` and `en-gb`). */
  function sameLanguage(a, b) {
    return a.split('-')[0].toLowerCase() === b.split('-')[0].toLowerCase();
  }

  // ---- Seeking and following -------------------------------------------------------------

  function seekFrame(frame) {
    audio.currentTime = frame / rate;
    follow(false);
  }

  /** Index of the sentence sounding at `frame`: the last one that started (pauses included). */
  function sentenceAt(frame) {
    var low = 0;
    var high = sentences.length - 1;
    var found = 0;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (sentences[middle].entry.startFrame <= frame) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** Highlights the sentence at the playing position; scrolls to it while playing. */
  function follow(scroll) {
    if (!sentences.length) return;
    var frame = audio.currentTime * rate;
    var index = sentenceAt(Math.round(frame));
    if (index !== current) {
      if (current >= 0) {
        sentences[current].node.classList.remove('current');
        sentences[current].node.removeAttribute('aria-current');
      }
      current = index;
      sentences[current].node.classList.add('current');
      sentences[current].node.setAttribute('aria-current', 'true');
      if (scroll) keepInView(sentences[current].node);
    }
    var sentence = sentences[current];
    document.getElementById('now').textContent =
      partLabel(sentence.part) + ' · ' + clock(audio.currentTime) + ' / ' +
      clock(manifest.duration);
    overview.position(frame);
  }

  function keepInView(node) {
    var box = node.getBoundingClientRect();
    var player = document.querySelector('.player').getBoundingClientRect();
    if (box.top < player.bottom || box.bottom > window.innerHeight) {
      node.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
    }
  }

  function toggle() {
    if (audio.paused) {
      var playing = audio.play();
      // A refused play (no sound device, a browser's autoplay rule) is not a page error.
      if (playing && playing.catch) playing.catch(function () {});
    } else {
      audio.pause();
    }
  }

  // ---- Transcript ------------------------------------------------------------------------

  /** Fills `node` with the utterance's text, each foreign span in an element with `lang`. */
  function fillSentence(node, utterance) {
    var text = utterance.text;
    var pieces = [];
    var cursor = 0;
    for (var i = 0; i < utterance.spans.length; i++) {
      var span = utterance.spans[i];
      var at = text.indexOf(span.text, cursor);
      if (at < 0) {
        node.textContent = text;
        return;
      }
      var foreign = !sameLanguage(span.lang, page.language);
      var previous = pieces[pieces.length - 1];
      var between = text.slice(cursor, at);
      // Neighbouring spans of one foreign language are one element with one label.
      if (foreign && previous && previous.lang === span.lang && /^\s*$/.test(between)) {
        previous.text += between + span.text;
      } else {
        if (between) pieces.push({ text: between, lang: null });
        pieces.push({ text: span.text, lang: foreign ? span.lang : null });
      }
      cursor = at + span.text.length;
    }
    if (cursor < text.length) pieces.push({ text: text.slice(cursor), lang: null });
    pieces.forEach(function (piece) {
      if (!piece.lang) {
        node.appendChild(document.createTextNode(piece.text));
        return;
      }
      var foreignSpan = element('span', { lang: piece.lang, class: 'foreign' }, piece.text);
      // The label is CSS generated content (`data-label`), so it is neither part of the
      // sentence's text nor read aloud by screen readers, which switch voice instead.
      foreignSpan.setAttribute('data-label', piece.lang);
      node.appendChild(foreignSpan);
    });
  }

  function buildTranscript() {
    var body = document.getElementById('transcript-body');
    body.textContent = '';
    manifest.parts.forEach(function (part) {
      var section = element('section', {
        class: 'part part-' + part.kind,
        id: 'part-' + part.id,
        'aria-labelledby': 'part-title-' + part.id,
      });
      var heading = element('h3', { id: 'part-title-' + part.id, lang: 'en' });
      heading.appendChild(document.createTextNode(partLabel(part) + ' '));
      heading.appendChild(element('span', { class: 'at' }, clock(part.start)));
      section.appendChild(heading);
      var paragraph = element('p');
      part.utterances.forEach(function (utterance, index) {
        if (index > 0) paragraph.appendChild(document.createTextNode(' '));
        var link = element('a', {
          class: 'sentence',
          href: '#u-' + utterance.id,
          id: 'u-' + utterance.id,
          'data-utterance': utterance.id,
          'data-index': String(sentences.length),
        });
        fillSentence(link, utterance);
        if (utterance.silenced) {
          link.classList.add('silenced');
          link.appendChild(element('span', { class: 'note', lang: 'en' }, ' (not spoken)'));
        }
        paragraph.appendChild(link);
        sentences.push({ entry: utterance, part: part, node: link });
      });
      section.appendChild(paragraph);
      body.appendChild(section);
    });
    body.addEventListener('click', function (event) {
      var link = event.target.closest('a.sentence');
      if (!link) return;
      event.preventDefault();
      seekFrame(sentences[Number(link.getAttribute('data-index'))].entry.startFrame);
    });
  }

  // ---- Overview picture ------------------------------------------------------------------

  var SVG = 'http://www.w3.org/2000/svg';
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
      var values = page.envelope.values;
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

  // ---- Parts and downloads ---------------------------------------------------------------

  function buildParts() {
    var rows = document.querySelector('#parts-table tbody');
    manifest.parts.forEach(function (part) {
      var row = element('tr');
      var name = element('th', { scope: 'row' });
      var jump = element('a', { href: '#part-' + part.id, 'data-part': part.id }, partLabel(part));
      jump.addEventListener('click', function () { seekFrame(part.startFrame); });
      name.appendChild(jump);
      row.appendChild(name);
      row.appendChild(element('td', { class: 'number' }, clock(part.start)));
      row.appendChild(element('td', { class: 'number' }, clock(part.end - part.start, true)));
      var file = element('td');
      file.appendChild(element('a', { href: part.file, download: '' }, part.file.split('/').pop()));
      row.appendChild(file);
      rows.appendChild(row);
    });
    var downloads = document.getElementById('downloads');
    var files = [
      [manifest.file, 'The whole address (' + clock(manifest.duration) + ')'],
      [page.captions.vtt, 'Captions (WebVTT)'],
      [page.captions.srt, 'Captions (SubRip)'],
      ['manifest.json', 'Timing manifest (JSON)'],
    ];
    files.forEach(function (file) {
      var item = element('li');
      item.appendChild(element('a', { href: file[0], download: '' }, file[1]));
      item.appendChild(document.createTextNode(' '));
      item.appendChild(element('code', {}, file[0]));
      downloads.appendChild(item);
    });
  }

  // ---- Start -----------------------------------------------------------------------------

  function byline() {
    var facts = [page.speaker, page.event, page.place, page.date].filter(Boolean);
    document.getElementById('byline').textContent = facts.join(' · ');
    document.getElementById('colophon').textContent =
      'Spoken by ' + manifest.engine + '. Rendered by Lectern.';
  }

  function addAlternateSources() {
    // The first (best) format is in the markup; the others follow it, in order.
    var track = audio.querySelector('track');
    page.alternates.forEach(function (alternate) {
      audio.insertBefore(element('source', { src: alternate.src, type: alternate.type }), track);
    });
  }

  function openFragment() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target) return;
    var index = target.getAttribute('data-index');
    if (index !== null) seekFrame(sentences[Number(index)].entry.startFrame);
    target.scrollIntoView({ block: 'center' });
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== ' ' || event.altKey || event.ctrlKey || event.metaKey) return;
    // Controls that Space already operates keep it.
    if (event.target.closest('button, input, select, textarea, audio, summary, [contenteditable]')) {
      return;
    }
    event.preventDefault();
    toggle();
  });
  ['timeupdate', 'seeked', 'seeking', 'loadedmetadata'].forEach(function (name) {
    audio.addEventListener(name, function () { follow(!audio.paused); });
  });
  // timeupdate fires about four times a second; follow each frame while playing.
  var ticking = false;
  function tick() {
    if (audio.paused) {
      ticking = false;
      return;
    }
    follow(true);
    window.requestAnimationFrame(tick);
  }
  audio.addEventListener('play', function () {
    if (ticking) return;
    ticking = true;
    window.requestAnimationFrame(tick);
  });

  addAlternateSources();
  byline();
  buildTranscript();
  buildParts();
  overview.init();
  document.getElementById('hint').hidden = false;
  follow(false);
  openFragment();
  document.documentElement.classList.add('ready');
})();
