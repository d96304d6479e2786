// TagLib behind lectern_tags.h. Kept small: every TagLib object lives on the stack or is owned
// by a tag (frames added to a tag are freed with it), and no C++ exception crosses into C.
#include "lectern_tags.h"

#include <taglib/chapterframe.h>
#include <taglib/commentsframe.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/vorbisfile.h>
#include <taglib/xiphcomment.h>

#include <cstdio>
#include <string>

namespace {

TagLib::String utf8(const char *text) { return TagLib::String(text, TagLib::String::UTF8); }

void fail(char *error, size_t size, const char *call, const char *path) {
  if (error != nullptr && size > 0) std::snprintf(error, size, "%s failed for %s", call, path);
}

/// Replaces frame `id` with one text frame (UTF-8), unless `value` is NULL.
void setText(TagLib::ID3v2::Tag *tag, const char *id, const char *value) {
  tag->removeFrames(id);
  if (value == nullptr) return;
  auto *frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF8);
  frame->setText(utf8(value));
  tag->addFrame(frame);
}

/// `HH:MM:SS.mmm`, as the Vorbis chapter extension writes chapter starts.
std::string clock(uint32_t ms) {
  char text[32];
  std::snprintf(text, sizeof text, "%02u:%02u:%02u.%03u", ms / 3600000, ms / 60000 % 60,
                ms / 1000 % 60, ms % 1000);
  return text;
}

bool writeID3(const char *path, const lectern_tag_fields *f, const lectern_tag_chapter *chapters,
              size_t count) {
  TagLib::MPEG::File file(path, false);
  if (!file.isValid()) return false;
  TagLib::ID3v2::Tag *tag = file.ID3v2Tag(true);
  setText(tag, "TIT2", f->title);
  setText(tag, "TPE1", f->artist);
  setText(tag, "TALB", f->album);
  setText(tag, "TDRC", f->date);
  setText(tag, "TLAN", f->language);
  setText(tag, "TSSE", f->encoder);
  std::string track = f->track > 0 ? std::to_string(f->track) : std::string();
  if (f->track > 0 && f->track_count > 0) track += "/" + std::to_string(f->track_count);
  setText(tag, "TRCK", f->track > 0 ? track.c_str() : nullptr);
  tag->removeFrames("COMM");
  if (f->comment != nullptr) {
    auto *comment = new TagLib::ID3v2::CommentsFrame(TagLib::String::UTF8);
    comment->setText(utf8(f->comment));
    tag->addFrame(comment);
  }
  tag->removeFrames("CHAP");
  tag->removeFrames("CTOC");
  if (count > 0) {
    TagLib::ByteVectorList children;
    for (size_t i = 0; i < count; ++i) {
      TagLib::ByteVector element(("ch" + std::to_string(i)).c_str());
      auto *title = new TagLib::ID3v2::TextIdentificationFrame("TIT2", TagLib::String::UTF8);
      title->setText(utf8(chapters[i].title));
      TagLib::ID3v2::FrameList embedded;
      embedded.append(title);
      // Offsets 0xFFFFFFFF: "use the times", as the ID3v2 chapter addendum specifies.
      tag->addFrame(new TagLib::ID3v2::ChapterFrame(element, chapters[i].start_ms,
                                                    chapters[i].end_ms, 0xFFFFFFFF, 0xFFFFFFFF,
                                                    embedded));
      children.append(element);
    }
    auto *toc = new TagLib::ID3v2::TableOfContentsFrame("toc", children);
    toc->setIsTopLevel(true);
    toc->setIsOrdered(true);
    tag->addFrame(toc);
  }
  // ID3v2.4 with an ID3v1 copy (title, artist, album, year from TDRC, track) for old players.
  return file.save(TagLib::MPEG::File::ID3v1 | TagLib::MPEG::File::ID3v2,
                   TagLib::File::StripOthers, TagLib::ID3v2::v4, TagLib::File::Duplicate);
}

void setField(TagLib::Ogg::XiphComment *tag, const char *key, const char *value) {
  tag->removeFields(key);
  if (value != nullptr) tag->addField(key, utf8(value), true);
}

void writeXiph(TagLib::Ogg::XiphComment *tag, const lectern_tag_fields *f,
               const lectern_tag_chapter *chapters, size_t count) {
  setField(tag, "TITLE", f->title);
  setField(tag, "ARTIST", f->artist);
  setField(tag, "ALBUM", f->album);
  setField(tag, "DATE", f->date);
  setField(tag, "LANGUAGE", f->language);
  setField(tag, "COMMENT", f->comment);
  setField(tag, "ENCODER", f->encoder);
  std::string track = std::to_string(f->track);
  std::string total = std::to_string(f->track_count);
  setField(tag, "TRACKNUMBER", f->track > 0 ? track.c_str() : nullptr);
  setField(tag, "TRACKTOTAL", f->track_count > 0 ? total.c_str() : nullptr);
  // Remove every earlier CHAPTERxxx field, then write CHAPTER001 … in order.
  for (const auto &field : TagLib::Ogg::FieldListMap(tag->fieldListMap())) {
    if (field.first.startsWith("CHAPTER")) tag->removeFields(field.first);
  }
  for (size_t i = 0; i < count; ++i) {
    char key[32];
    std::snprintf(key, sizeof key, "CHAPTER%03zu", i + 1);
    tag->addField(key, clock(chapters[i].start_ms).c_str(), true);
    tag->addField(std::string(key) + "NAME", utf8(chapters[i].title), true);
  }
}

template <typename File>
bool saveXiph(File &file, TagLib::Ogg::XiphComment *tag, const lectern_tag_fields *f,
              const lectern_tag_chapter *chapters, size_t count) {
  if (!file.isValid() || tag == nullptr) return false;
  writeXiph(tag, f, chapters, count);
  return file.save();
}

}  // namespace

extern "C" int lectern_tags_write(const char *path, lectern_tag_container container,
                                  const lectern_tag_fields *fields,
                                  const lectern_tag_chapter *chapters, size_t count,
                                  char *error, size_t error_size) {
  if (error != nullptr && error_size > 0) error[0] = '\0';
  bool saved = false;
  const char *call = "TagLib save";
  try {
    switch (container) {
      case LECTERN_TAG_MPEG:
        call = "TagLib::MPEG::File::save";
        saved = writeID3(path, fields, chapters, count);
        break;
      case LECTERN_TAG_OGG_VORBIS: {
        call = "TagLib::Ogg::Vorbis::File::save";
        TagLib::Ogg::Vorbis::File file(path, false);
        saved = saveXiph(file, file.tag(), fields, chapters, count);
        break;
      }
      case LECTERN_TAG_OGG_OPUS: {
        call = "TagLib::Ogg::Opus::File::save";
        TagLib::Ogg::Opus::File file(path, false);
        saved = saveXiph(file, file.tag(), fields, chapters, count);
        break;
      }
      case LECTERN_TAG_FLAC: {
        call = "TagLib::FLAC::File::save";
        TagLib::FLAC::File file(path, false);
        saved = saveXiph(file, file.xiphComment(true), fields, chapters, count);
        break;
      }
    }
  } catch (...) {
    saved = false;
  }
  if (!saved) fail(error, error_size, call, path);
  return saved ? 0 : -1;
}

extern "C" int lectern_tags_bitrate(const char *path) {
  try {
    TagLib::FileRef file(path, true, TagLib::AudioProperties::Accurate);
    if (file.isNull() || file.audioProperties() == nullptr) return -1;
    return file.audioProperties()->bitrate();
  } catch (...) {
    return -1;
  }
}
