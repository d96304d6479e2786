// The C interface of include/lectern_cld2.h over CLD2's C++ API. No exception may cross
// into C: std::vector (the chunk list CLD2 fills) can throw std::bad_alloc.
#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "lectern_cld2.h"

// Both detection calls: `chunks` is null when the caller does not want the stretches.
static int detect(const char *utf8, int length, int bestEffort, lectern_cld2_result *result,
                  CLD2::ResultChunkVector *chunks, int *validPrefix) {
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language languages[3];
  int percents[3];
  double scores[3];
  int textBytes = 0;
  bool reliable = false;
  int valid = 0;
  int flags = bestEffort ? CLD2::kCLDFlagBestEffort : 0;
  CLD2::ExtDetectLanguageSummaryCheckUTF8(utf8, length, true, &hints, flags, languages,
                                          percents, scores, chunks, &textBytes, &reliable,
                                          &valid);
  if (validPrefix) *validPrefix = valid;
  if (valid < length) return -1;
  for (int i = 0; i < 3; i++) {
    result->languages[i] = languages[i];
    result->percents[i] = percents[i];
    result->scores[i] = scores[i];
  }
  result->textBytes = textBytes;
  result->reliable = reliable ? 1 : 0;
  return 0;
}

extern "C" int lectern_cld2_detect(const char *utf8, int length, int bestEffort,
                                   lectern_cld2_result *result, int *validPrefix) {
  try {
    return detect(utf8, length, bestEffort, result, nullptr, validPrefix);
  } catch (...) {
    return -2;
  }
}

extern "C" int lectern_cld2_detect_chunks(const char *utf8, int length, int bestEffort,
                                          lectern_cld2_result *result,
                                          lectern_cld2_chunk *chunks, int capacity, int *count,
                                          int *validPrefix) {
  try {
    CLD2::ResultChunkVector vector;
    int status = detect(utf8, length, bestEffort, result, &vector, validPrefix);
    if (status != 0) return status;
    *count = static_cast<int>(vector.size());
    for (int i = 0; i < *count && i < capacity; i++) {
      chunks[i].offset = vector[i].offset;
      chunks[i].bytes = vector[i].bytes;
      chunks[i].language = vector[i].lang1;
    }
    return 0;
  } catch (...) {
    return -2;
  }
}

extern "C" const char *lectern_cld2_code(int language) {
  return CLD2::LanguageCode(static_cast<CLD2::Language>(language));
}

extern "C" const char *lectern_cld2_name(int language) {
  return CLD2::LanguageName(static_cast<CLD2::Language>(language));
}

extern "C" const char *lectern_cld2_version(void) { return CLD2::DetectLanguageVersion(); }
