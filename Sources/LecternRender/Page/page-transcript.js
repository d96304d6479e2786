// The transcript, by part, from the manifest: one link per sentence.

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
