// A tiny C face of ICU's number spelling (rule-based number format, plural rules, currency
// names), so that no Swift module depends on ICU's version-suffixed symbol names
// (`unum_open_72`). Every function reports ICU's status code; `lectern_icu_error_name` names it.
#ifndef LECTERN_ICU_H
#define LECTERN_ICU_H

#include <stdint.h>

/// An open spell-out formatter of one locale and rule set.
typedef struct lectern_speller lectern_speller;

/// Opens ICU's spell-out formatter (`unum_open(UNUM_SPELLOUT)`) for `locale` and selects the
/// rule set `rule_set` (`%spellout-ordinal-masculine`; NULL or "" keeps the default).
/// Returns NULL and sets `*status` (> 0) when ICU refuses.
lectern_speller *lectern_speller_open(const char *locale, const char *rule_set, int32_t *status);

/// Writes `number` (a decimal string: "-12", "3.25", "40000000000") in words as UTF-16 into
/// `out` (`capacity` units); returns the length needed (larger than `capacity`: call again).
int32_t lectern_speller_format(
    const lectern_speller *speller, const char *number, uint16_t *out, int32_t capacity,
    int32_t *status);

/// The rule sets `locale` offers, separated by ';' (`unum_getTextAttribute`), as UTF-16.
int32_t lectern_speller_rule_sets(
    const lectern_speller *speller, uint16_t *out, int32_t capacity, int32_t *status);

/// Closes a formatter (NULL is ignored).
void lectern_speller_close(lectern_speller *speller);

/// The plural category (`one`, `few`, `many`, `other` …) of `number` in `locale`
/// (`uplrules_select`), as ASCII into `out`.
int32_t lectern_plural_category(
    const char *locale, double number, char *out, int32_t capacity, int32_t *status);

/// The name of the currency `code` (`USD`) in `locale` for the plural category `category`
/// (`ucurr_getPluralName`), as UTF-16 into `out`.
int32_t lectern_currency_name(
    const char *code, const char *locale, const char *category, uint16_t *out,
    int32_t capacity, int32_t *status);

/// ICU's name of a status code (`U_ILLEGAL_ARGUMENT_ERROR`).
const char *lectern_icu_error_name(int32_t status);

#endif
