// The listening page's state and small helpers. The page's scripts are one script: the
// renderer joins page-state, page-follow, page-transcript, page-overview and page-start
// (in that order) inside one function, so they share these names and nothing leaks.
// No request of its own, no library: it must work opened from disk and inside any site.

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
