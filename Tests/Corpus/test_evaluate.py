"""Tests of the scorer in scripts/evaluate, without Lectern: the matching rules, the run of
spans rule for `foreign`, what null means, and that every annotation names text its
document really holds. Run from this folder: python3 -m unittest"""

import importlib.machinery
import importlib.util
import os
import sys
import unittest

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
_PATH = os.path.join(HERE, "..", "..", "scripts", "evaluate")
_LOADER = importlib.machinery.SourceFileLoader("evaluate", _PATH)
_SPEC = importlib.util.spec_from_loader("evaluate", _LOADER)
evaluate = importlib.util.module_from_spec(_SPEC)
_LOADER.exec_module(evaluate)


def span(text, lang="en", spoken=None):
    return {"text": text, "spoken": text if spoken is None else spoken, "lang": lang,
            "voice": "speaker", "phonemes": False}


def plan(*utterances, language="en", metadata=None, dropped=None):
    """A plan with one part per utterance; an utterance is a list of spans."""
    parts = [{"id": str(i), "kind": "paragraph", "utterances": [
        {"id": f"{i}.1", "text": " ".join(s["text"] for s in spans), "spans": spans}]}
        for i, spans in enumerate(utterances, 1)]
    base = {"speaker": None, "place": None, "date": None, "title": None, "event": None}
    base.update(metadata or {})
    return evaluate.Plan({"language": language, "metadata": base, "parts": parts,
                          "dropped": dropped or [], "schema": 1})


def score(annotation, the_plan):
    counts, misses = evaluate.score(dict({"language": "en"}, **annotation), the_plan)
    return counts, misses


class MatchingTests(unittest.TestCase):
    def test_case_whitespace_nbsp_and_curly_apostrophes_are_ignored(self):
        self.assertTrue(evaluate.contains("Ladies  and\n gentlemen", "LADIES AND GENTLEMEN"))
        self.assertTrue(evaluate.contains("30\u00a0octobre 2019", "30 octobre"))
        self.assertTrue(evaluate.contains("INTERPOL\u2019s databases", "interpol's"))
        self.assertTrue(evaluate.contains("l'Assemblée", "l\u2018Assemblée"))

    def test_other_apostrophes_and_accents_still_count(self):
        self.assertFalse(evaluate.contains("Europe`s", "Europe's"))
        self.assertFalse(evaluate.contains("Europe\u00b4s", "Europe's"))
        self.assertFalse(evaluate.contains("president", "président"))

    def test_language_tags_compare_by_primary_subtag_and_cmn_is_zh(self):
        self.assertEqual(evaluate.canon_lang("cmn"), "zh")
        self.assertEqual(evaluate.canon_lang("zh-Hans"), "zh")
        self.assertEqual(evaluate.canon_lang("pt_BR"), "pt")
        self.assertNotEqual(evaluate.canon_lang("yue"), "zh")


class ForeignRunTests(unittest.TestCase):
    def test_a_span_inside_one_span_of_its_language_is_right(self):
        p = plan([span("We say"), span("buenos días", "es"), span("to all.")])
        counts, _ = score({"foreign": [{"text": "Buenos Días", "lang": "es"}]}, p)
        self.assertEqual(counts["foreign_right"], 1)

    def test_a_run_of_consecutive_spans_across_utterances_counts_as_one(self):
        p = plan([span("Il pleure dans mon coeur", "fr")], [span("Comme il pleut", "fr")])
        counts, _ = score({"foreign": [{"text": "coeur Comme il", "lang": "fr"}]}, p)
        self.assertEqual(counts["foreign_right"], 1)

    def test_a_word_of_another_language_breaks_the_run(self):
        p = plan([span("ये एक पर्व है", "hi"), span("host"), span("भी आप हैं", "hi")])
        counts, misses = score({"foreign": [{"text": "पर्व है host भी", "lang": "hi"}]}, p)
        self.assertEqual(counts["foreign_right"], 0)
        self.assertIn("en: 'host'", misses[0]["had"])

    def test_the_wrong_language_is_a_miss(self):
        p = plan([span("你们真给力", "yue")])
        counts, _ = score({"foreign": [{"text": "你们真给力", "lang": "zh"}]}, p)
        self.assertEqual(counts["foreign_right"], 0)
        p = plan([span("你们真给力", "cmn")])
        counts, _ = score({"foreign": [{"text": "你们真给力", "lang": "zh"}]}, p)
        self.assertEqual(counts["foreign_right"], 1)


class StayTests(unittest.TestCase):
    def test_a_name_in_a_span_of_another_language_is_a_false_switch(self):
        p = plan([span("Thank you,"), span("Jürgen", "de"), span("Stock.")])
        counts, _ = score({"stay": ["Jürgen Stock"]}, p)
        self.assertEqual(counts["false_switches"], 1)

    def test_a_name_left_in_the_main_language_is_not(self):
        p = plan([span("Thank you, Jürgen Stock."), span("Spasibo.", "ru")])
        counts, _ = score({"stay": ["Jürgen Stock"]}, p)
        self.assertEqual(counts["false_switches"], 0)
        self.assertEqual(counts["false_switches_language_right"], 0)


class HeaderTests(unittest.TestCase):
    def test_null_facts_are_not_scored(self):
        p = plan([span("Hello.")], metadata={"place": "Moscow"})
        counts, misses = score({"metadata": {"speaker": None, "place": None, "date": None}}, p)
        self.assertEqual((counts["header_stated"], counts["header_right"]), (0, 0))
        self.assertEqual(misses, [])

    def test_facts_are_substrings_of_the_plan_metadata(self):
        p = plan([span("Hello.")], metadata={"speaker": "Secretary General Jürgen STOCK",
                                            "place": "Jürgen Stock", "date": "30.10.2019"})
        counts, misses = score({"metadata": {"speaker": "Stock", "place": "Moscow",
                                             "date": ["2019", ["October", ".10."]]}}, p)
        self.assertEqual((counts["header_stated"], counts["header_right"]), (3, 2))
        self.assertEqual([m["field"] for m in misses], ["metadata.place"])

    def test_every_part_of_a_date_must_appear(self):
        self.assertFalse(evaluate.date_right(["2019", "October"], "2019"))
        self.assertTrue(evaluate.date_right(["2019", ["October", "/10/"]], "2019/10/30"))


class FurnitureAndSpeechTests(unittest.TestCase):
    def test_furniture_in_any_utterance_marks_the_document(self):
        p = plan([span("Skip to main content")], [span("Good morning.")])
        counts, _ = score({"not_spoken": ["skip to main content", "Share this page"]}, p)
        self.assertEqual((counts["furniture_docs"], counts["furniture_spoken"]), (1, 1))

    def test_a_sentence_cut_over_two_utterances_is_not_spoken_whole(self):
        p = plan([span("It is an honour to be with")], [span("you today.")])
        counts, misses = score({"spoken": ["to be with you today", "you today."]}, p)
        self.assertEqual(counts["spoken_right"], 1)
        self.assertIn("not in one utterance", misses[0]["had"])

    def test_a_dropped_sentence_says_where_it_went(self):
        p = plan([span("Hello.")], dropped=[{"line": 3, "reason": "navigation", "text": "Thank you."}])
        _, misses = score({"spoken": ["Thank you."]}, p)
        self.assertIn("dropped line 3", misses[0]["had"])


class NormalizeTests(unittest.TestCase):
    def test_the_spoken_text_of_the_utterance_holding_the_form_is_checked(self):
        p = plan([span("It cost $25 million.", spoken="It cost twenty-five million dollars.")])
        counts, _ = score({"normalize": [{"text": "$25 million",
                                          "say": ["twenty-five million dollars"]}]}, p)
        self.assertEqual(counts["normalize_right"], 1)

    def test_a_form_that_ends_the_sentence_early_is_a_miss(self):
        p = plan([span("Whipps, Jr.")], [span("The President of Palau.")])
        counts, _ = score({"normalize": [{"text": "Jr. The President",
                                          "say": ["Junior, The President"]}]}, p)
        self.assertEqual(counts["normalize_right"], 0)


class EngineReadingTests(unittest.TestCase):
    """"Digits count where eSpeak NG reads them right": what a plan leaves as written is
    judged by the sounds eSpeak NG makes for it (invented sentences)."""

    def assert_scored(self, language, written, say, right):
        p = plan([span(written, lang=language)], language=language)
        counts, _ = score({"language": language,
                           "normalize": [{"text": written, "say": say}]}, p)
        self.assertEqual((counts["normalize_right"], counts["normalize_engine"]),
                         (1, 1) if right else (0, 0), written)

    def test_digits_eSpeak_reads_as_the_say_form_count(self):
        self.assert_scored("en", "They waited 47 days.", ["forty-seven days"], True)
        self.assert_scored("fr", "Le 3 mars 2011.", ["trois mars deux mille onze"], True)
        self.assert_scored("zh", "这座桥有60米。", ["六十米"], True)

    def test_a_numbers_weak_and_is_the_word_and(self):
        # eSpeak says "one hundred @n seventeen", "two thousand @n thirty".
        self.assert_scored("en", "They crossed 163 rivers.", ["one hundred and sixty-three rivers"],
                           True)
        self.assert_scored("en", "We will be ready by 2040.", ["two thousand and forty"], True)
        self.assert_scored("en", "It opened in 1952.", ["nineteen and fifty-two"], False)

    def test_allophones_and_assimilation_are_one_sound(self):
        self.assert_scored("es", "Desde el día 23 de mayo.", ["veintitrés de mayo"], True)
        self.assert_scored("ru", "Прошло 30 дней.", ["тридцать дней"], True)

    def test_digits_eSpeak_misreads_are_missed(self):
        # eSpeak says "nineteen hundred and fifty-two", Russian nominative, Mandarin "二千十三".
        self.assert_scored("en", "It opened in 1952.", ["nineteen fifty-two"], False)
        self.assert_scored("ru", "Это было в 1987 году.", ["восемьдесят седьмом году"], False)
        self.assert_scored("zh", "我们2013年见面。", ["二零一三年"], False)

    def test_another_gender_is_a_miss(self):
        self.assert_scored("es", "la tercero reunión", ["tercera reunión"], False)

    def test_a_form_hyphenated_over_lines_is_found_where_the_plan_rejoined_it(self):
        p = plan([span("We are grateful to the Kingdom of Tonga.")])
        counts, _ = score({"normalize": [{"text": "King- dom of Tonga",
                                          "say": ["Kingdom of Tonga"]}]}, p)
        self.assertEqual(counts["normalize_right"], 1)


class FailureAndFloorTests(unittest.TestCase):
    def test_a_failed_plan_is_a_miss_for_every_field(self):
        annotation = {"metadata": {"speaker": "Stock", "place": None, "date": ["2019"]},
                      "not_spoken": ["Share"], "spoken": ["Hello."],
                      "foreign": [{"text": "Spasibo", "lang": "ru"}], "stay": ["Stock"],
                      "normalize": [{"text": "Jr.", "say": ["Junior"]}]}
        counts, misses = score(annotation, "plan exited 65: lectern: empty")
        self.assertEqual(counts["plan_failures"], 1)
        self.assertEqual(counts["language_right"] + counts["header_right"]
                         + counts["spoken_right"] + counts["foreign_right"]
                         + counts["normalize_right"], 0)
        self.assertEqual((counts["furniture_docs"], counts["false_switches"]), (1, 1))
        self.assertEqual(len(misses), 8)

    def test_requirements_are_floors_and_max_names_are_ceilings(self):
        figures = {"foreign": 0.5, "furniture_docs": 2, "language": 1.0}
        reqs = [evaluate.parse_require(r) for r in
                ("foreign=0.9", "furniture_docs_max=1", "language=100%")]
        failed = evaluate.failed_requirements(reqs, figures, {})
        self.assertEqual(len(failed), 2)
        self.assertRaises(ValueError, evaluate.parse_require, "speed=2")


class CorpusTests(unittest.TestCase):
    def test_every_annotation_names_text_of_its_document(self):
        documents = evaluate.load_corpus(HERE, set())
        self.assertGreaterEqual(len(documents), 45)
        errors = [e for d in documents for e in evaluate.annotation_errors(*d)]
        self.assertEqual(errors, [])

    def test_every_document_has_a_source_entry(self):
        with open(os.path.join(HERE, "SOURCES.md"), encoding="utf-8") as f:
            sources = f.read()
        for doc_id, _, _ in evaluate.load_corpus(HERE, set()):
            self.assertIn(f"`{doc_id}`", sources)


if __name__ == "__main__":
    unittest.main()
