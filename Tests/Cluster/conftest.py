"""Fixtures of the scale-out tests: the lectern binary, a batch of documents, and a one-node
Slurm cluster started for the test module and stopped after it, with nothing left running."""

import json
import os
import random
import subprocess
import tempfile
from pathlib import Path

import pytest

from slurm_cluster import SlurmCluster, cgroup_mounted, missing_programs

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"

# Paragraphs in the languages the voices speak, mixed into documents of different lengths.
PARAGRAPHS = [
    "Distinguished delegates, it is an honour to welcome you to this conference on "
    "international cooperation against organised crime.",
    "Nous remercions nos partenaires pour leur engagement constant et leur confiance.",
    "Agradecemos a todos los países miembros su apoyo durante este año tan difícil.",
    "Our organisation connects the police of one hundred and ninety-six countries, and every "
    "one of them shares information every day.",
    "The Secretary General thanked the host country for its generous hospitality.",
    "Большое спасибо за внимание.",
    "Together we will keep our citizens safe, wherever they live and wherever they travel.",
]


def write_documents(folder: Path, count: int, seed: int = 17):
    """`count` documents of 10 to 22 paragraphs in `folder`; returns their paths.

    Twelve of them make over 200 parts: one render of them all runs more synthesis jobs in one
    process than any shard does, as the renders that truncated parts after about 164 jobs did
    (a difference between shards and one machine would show)."""
    chooser = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        paragraphs = [chooser.choice(PARAGRAPHS) for _ in range(10 + 2 * (number % 7))]
        text = "Good morning.\n\n" + "\n\n".join(
            f"{index + 1}. {paragraph}" for index, paragraph in enumerate(paragraphs))
        path = folder / f"address-{number:02d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def write_list(path: Path, documents, seed: int = 5):
    """A list of `documents`, one a line, in an order unlike the names' order."""
    shuffled = [str(document) for document in documents]
    random.Random(seed).shuffle(shuffled)
    path.write_text("\n".join(shuffled) + "\n")
    return path


def document_trees(output: Path):
    """{document: {relative path: bytes}} for every document folder in `output`."""
    trees = {}
    for folder in sorted(output.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        trees[folder.name] = {
            str(file.relative_to(folder)): file.read_bytes()
            for file in sorted(folder.rglob("*")) if file.is_file()
        }
    return trees


class Lectern:
    """Runs the built lectern binary with a test cache, never the user's."""

    def __init__(self, binary: Path, cache: Path):
        self.binary = binary
        self.environment = dict(os.environ, LECTERN_CACHE_DIR=str(cache))
        for variable in ("SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"):
            self.environment.pop(variable, None)

    def run(self, *arguments, check=True):
        result = subprocess.run(
            [str(self.binary), *map(str, arguments)], cwd=ROOT, env=self.environment,
            capture_output=True, text=True)
        if check and result.returncode != 0:
            raise AssertionError(f"lectern {' '.join(map(str, arguments))}: "
                                 f"exit {result.returncode}: {result.stderr}")
        return result

    def report(self, output):
        result = self.run("report", output, "--json", check=False)
        return result.returncode, json.loads(result.stdout)


@pytest.fixture(scope="session")
def binary():
    path = Path(os.environ.get("LECTERN_BINARY", ROOT / ".build" / "debug" / "lectern"))
    assert path.is_file(), f"{path} is not built: run swift build --product lectern"
    return path


@pytest.fixture
def workspace():
    with tempfile.TemporaryDirectory(prefix="lectern-cluster-") as folder:
        yield Path(folder)


@pytest.fixture
def lectern(binary, workspace):
    return Lectern(binary, workspace / "single-cache")


@pytest.fixture(scope="module")
def cluster():
    missing = missing_programs()
    assert not missing, f"missing {missing}: scripts/setup installs slurmctld, slurmd, slurm-client, munge"
    if not cgroup_mounted():
        pytest.skip(
            "no cgroup filesystem under /sys/fs/cgroup: slurmd 22.05 does not start without one "
            "(the Kubernetes and documentation tests still run)")
    with tempfile.TemporaryDirectory(prefix="lectern-slurm-") as folder:
        cluster = SlurmCluster(Path(folder))
        try:
            cluster.start()
            yield cluster
        finally:
            cluster.stop()
