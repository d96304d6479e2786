// Seeking, and following the audio: the sentence sounding is highlighted and kept in view.

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
