"""The examples shown in docs/scale-out.md are, byte for byte, the files the cluster tests run."""

import re

from conftest import EXAMPLES, ROOT

DOC = ROOT / "docs" / "scale-out.md"


def test_every_example_in_the_docs_is_the_file_the_tests_run():
    text = DOC.read_text(encoding="utf-8")
    shown = re.findall(r"<!-- example: (\S+) -->\n```\w*\n(.*?)```\n", text, re.S)
    assert sorted(path for path, _ in shown) == sorted(
        f"docs/examples/{path.name}" for path in EXAMPLES.iterdir())
    for path, block in shown:
        assert block == (ROOT / path).read_text(encoding="utf-8"), f"{path} differs from the docs"
