// See include/lectern_icu.h. Compiled against ICU's own headers, so its symbol renaming
// (`unum_open` → `unum_open_72`) stays inside this file.
#include "lectern_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucurr.h>
#include <unicode/unum.h>
#include <unicode/upluralrules.h>
#include <unicode/ustring.h>

struct lectern_speller {
  UNumberFormat *format;
};

lectern_speller *lectern_speller_open(const char *locale, const char *rule_set, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  if (rule_set != NULL && rule_set[0] != '\0') {
    UChar name[128];
    u_strFromUTF8(name, 128, NULL, rule_set, -1, &error);
    if (U_SUCCESS(error)) unum_setTextAttribute(format, UNUM_DEFAULT_RULESET, name, -1, &error);
    if (U_FAILURE(error)) {
      unum_close(format);
      *status = error;
      return NULL;
    }
  }
  lectern_speller *speller = (lectern_speller *)malloc(sizeof(lectern_speller));
  if (speller == NULL) {
    unum_close(format);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  speller->format = format;
  *status = U_ZERO_ERROR;
  return speller;
}

int32_t lectern_speller_format(
    const lectern_speller *speller, const char *number, uint16_t *out, int32_t capacity,
    int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t length = unum_formatDecimal(
      speller->format, number, (int32_t)strlen(number), (UChar *)out, capacity, NULL, &error);
  *status = error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING
      ? U_ZERO_ERROR : error;
  return length;
}

int32_t lectern_speller_rule_sets(
    const lectern_speller *speller, uint16_t *out, int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t length =
      unum_getTextAttribute(speller->format, UNUM_PUBLIC_RULESETS, (UChar *)out, capacity, &error);
  *status = error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING
      ? U_ZERO_ERROR : error;
  return length;
}

void lectern_speller_close(lectern_speller *speller) {
  if (speller == NULL) return;
  unum_close(speller->format);
  free(speller);
}

int32_t lectern_plural_category(
    const char *locale, double number, char *out, int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UPluralRules *rules = uplrules_open(locale, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  UChar keyword[32];
  int32_t length = uplrules_select(rules, number, keyword, 32, &error);
  uplrules_close(rules);
  if (U_FAILURE(error) || length >= capacity) {
    *status = U_FAILURE(error) ? error : U_BUFFER_OVERFLOW_ERROR;
    return 0;
  }
  u_UCharsToChars(keyword, out, length);
  out[length] = '\0';
  *status = U_ZERO_ERROR;
  return length;
}

int32_t lectern_currency_name(
    const char *code, const char *locale, const char *category, uint16_t *out,
    int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UChar currency[4] = {0};
  if (strlen(code) != 3) {
    *status = U_ILLEGAL_ARGUMENT_ERROR;
    return 0;
  }
  u_charsToUChars(code, currency, 3);
  UBool isChoice = 0;
  int32_t length = 0;
  const UChar *name =
      ucurr_getPluralName(currency, locale, &isChoice, category, &length, &error);
  if (U_FAILURE(error) || name == NULL) {
    *status = U_FAILURE(error) ? error : U_MISSING_RESOURCE_ERROR;
    return 0;
  }
  // ICU answers the code itself when it has no name for it: that is no name.
  if (error == U_USING_DEFAULT_WARNING && length == 3 && u_strncmp(name, currency, 3) == 0) {
    *status = U_MISSING_RESOURCE_ERROR;
    return 0;
  }
  if (length <= capacity) memcpy(out, name, (size_t)length * sizeof(UChar));
  *status = U_ZERO_ERROR;
  return length;
}

const char *lectern_icu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }
