// A C interface to Google's Compact Language Detector 2 (libcld2, C++), so that no Swift
// module needs C++ interop. Only what Lectern uses: detection (with or without the text's
// stretches of one language) and language names.
#ifndef LECTERN_CLD2_H
#define LECTERN_CLD2_H

#ifdef __cplusplus
extern "C" {
#endif

/// What CLD2 says of one text.
typedef struct {
  /// The top three languages (CLD2 `Language` values; 26 is "unknown").
  int languages[3];
  /// The percentage of the text's letters in each, 0–100.
  int percents[3];
  /// Each language's score as a ratio to normal text of it (near 1.0 for real prose; CLD2's
  /// "normalized_score3" reports it scaled by 1024 in this build).
  double scores[3];
  /// Letters (bytes of letter text) CLD2 looked at.
  int textBytes;
  /// Whether CLD2 considers the top language reliable.
  int reliable;
} lectern_cld2_result;

/// Detects the languages of `length` bytes of UTF-8 plain text. `bestEffort` asks for an
/// answer even for short text. Returns 0 on success, -1 if the text is not valid UTF-8
/// (`validPrefix` then holds the bytes before the first invalid one), -2 if CLD2 failed.
int lectern_cld2_detect(const char *utf8, int length, int bestEffort,
                        lectern_cld2_result *result, int *validPrefix);

/// One stretch of the text in one language, as CLD2 cuts it.
typedef struct {
  /// Its first byte in the text.
  int offset;
  /// Its length in bytes.
  int bytes;
  /// Its language (CLD2 `Language`; 26, "unknown", for unreliable or too-short stretches).
  int language;
} lectern_cld2_chunk;

/// Like `lectern_cld2_detect`, and also cuts the text into stretches of one language: the
/// first `capacity` of them go to `chunks`, and `count` receives how many there are (call
/// again with a larger buffer when it exceeds `capacity`). CLD2 scores repeated words a
/// little differently when it keeps the stretches, so the result may differ slightly from
/// `lectern_cld2_detect`'s.
int lectern_cld2_detect_chunks(const char *utf8, int length, int bestEffort,
                               lectern_cld2_result *result, lectern_cld2_chunk *chunks,
                               int capacity, int *count, int *validPrefix);

/// The language's code (`en`, `fr`, `zh`, `zh-Hant`, `un` for unknown): a static string.
const char *lectern_cld2_code(int language);

/// The language's English name (`ENGLISH`, `SINHALESE`): a static string.
const char *lectern_cld2_name(int language);

/// CLD2's version text.
const char *lectern_cld2_version(void);

#ifdef __cplusplus
}
#endif

#endif
