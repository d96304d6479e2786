// A small C API over TagLib (C++), for the tags and chapters libsndfile cannot write:
// ID3v2 chapters (CHAP + CTOC), ID3v2 frames and Vorbis comments (CHAPTERxxx, LANGUAGE …).
// Swift imports this header; no Swift module needs C++ interoperability.
#ifndef LECTERN_TAGS_H
#define LECTERN_TAGS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Which container the file at the path is; TagLib is told, never left to guess.
typedef enum lectern_tag_container {
  LECTERN_TAG_MPEG = 1,
  LECTERN_TAG_OGG_VORBIS = 2,
  LECTERN_TAG_OGG_OPUS = 3,
  LECTERN_TAG_FLAC = 4,
} lectern_tag_container;

/// Text tags, UTF-8; NULL leaves a tag out. track/track_count 0 leave the track out.
typedef struct lectern_tag_fields {
  const char *title;
  const char *artist;
  const char *album;
  const char *date;
  const char *language;
  const char *comment;
  const char *encoder;
  unsigned track;
  unsigned track_count;
} lectern_tag_fields;

/// One chapter: times in milliseconds from the start of the file.
typedef struct lectern_tag_chapter {
  const char *title;
  uint32_t start_ms;
  uint32_t end_ms;
} lectern_tag_chapter;

/// Replaces the file's tags with `fields` and `chapters` (count may be 0) and saves it.
/// Returns 0 on success; otherwise -1 and a one-line reason in `error` (NUL-terminated).
int lectern_tags_write(const char *path, lectern_tag_container container,
                       const lectern_tag_fields *fields,
                       const lectern_tag_chapter *chapters, size_t count,
                       char *error, size_t error_size);

/// The nominal bitrate of the audio at `path` in kbit/s as TagLib reads it (for an MP3, from
/// its Xing/LAME header or first frame), or -1 when the file cannot be read.
int lectern_tags_bitrate(const char *path);

#ifdef __cplusplus
}
#endif

#endif
