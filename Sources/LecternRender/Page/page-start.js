// The parts list and downloads, the page's events, and the start.

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
