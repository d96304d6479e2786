"""A real Slurm job array runs the documented sbatch script (docs/examples): its shards render
into one folder exactly what one machine renders, a failing task leaves the others complete
and is named by `lectern report`, and re-submitting re-renders only what failed."""

from conftest import EXAMPLES, ROOT, document_trees, write_documents, write_list

SCRIPT = EXAMPLES / "lectern-array.sbatch"


def submit(cluster, lectern, workspace, listing, output):
    job = cluster.submit(
        SCRIPT, [listing, output], array="0-3", folder=workspace,
        environment={"LECTERN": str(lectern.binary), "LECTERN_VOICES": str(ROOT / "voices"),
                     "LECTERN_CACHE_DIR": str(workspace / "cache")})
    return cluster.wait(job)


def task_logs(workspace):
    return "\n".join(path.read_text() for path in sorted(workspace.glob("task-*.log")))


def test_array_renders_what_one_machine_renders(cluster, lectern, workspace):
    documents = write_documents(workspace / "documents", 12)
    listing = write_list(workspace / "documents.txt", documents)
    output = workspace / "output"

    tasks = submit(cluster, lectern, workspace, listing, output)

    assert sorted(tasks) == [0, 1, 2, 3]
    assert all(state == ("COMPLETED", "0:0") for state in tasks.values()), (tasks, task_logs(workspace))
    lectern.run("render", *documents, "--output", workspace / "single", "--no-cache", "--quiet")
    sharded, single = document_trees(output), document_trees(workspace / "single")
    assert sorted(sharded) == sorted(path.stem for path in documents)
    for name in single:
        assert sharded[name].keys() == single[name].keys(), name
        for file in single[name]:
            assert sharded[name][file] == single[name][file], f"{name}/{file} differs"
    status, report = lectern.report(output)
    assert status == 0
    assert (report["documents"], report["done"], report["failed"], report["missing"]) == (12, 12, 0, 0)
    page = (output / "index.html").read_text()
    for path in documents:
        assert f'href="{path.stem}/index.html"' in page


def test_failing_task_leaves_the_others_and_report_names_it(cluster, lectern, workspace):
    documents = write_documents(workspace / "documents", 12)
    broken = workspace / "documents" / "broken-address.txt"
    broken.write_bytes(b"Good morning.\n\n1. Thank you \xff\xfe for coming.\n")
    listing = write_list(workspace / "documents.txt", documents + [broken])
    output = workspace / "output"

    tasks = submit(cluster, lectern, workspace, listing, output)

    failed = {task: state for task, state in tasks.items() if state[0] != "COMPLETED"}
    assert list(failed.values()) == [("FAILED", "65:0")], (tasks, task_logs(workspace))
    status, report = lectern.report(output)
    assert status == 1
    assert (report["done"], report["failed"], report["missing"]) == (12, 1, 0)
    [failure] = [entry["failure"] for entry in report["entries"] if entry["status"] == "failed"]
    assert failure["document"] == "broken-address"
    assert str(broken) in failure["error"] and "UTF-8" in failure["error"]
    text = lectern.run("report", output, check=False)
    assert text.returncode == 1
    assert f"broken-address: {failure['error']}" in text.stdout

    # Re-running the array after the fix renders the fixed document only: the others are
    # current (their render keys match) and their folders are not touched.
    before = {path.stem: (output / path.stem / "manifest.json").stat() for path in documents}
    broken.write_text("Good morning.\n\n1. Thank you for coming.\n", encoding="utf-8")
    tasks = submit(cluster, lectern, workspace, listing, output)

    assert all(state == ("COMPLETED", "0:0") for state in tasks.values()), (tasks, task_logs(workspace))
    status, report = lectern.report(output)
    assert status == 0 and report["done"] == 13
    for name, stat in before.items():
        after = (output / name / "manifest.json").stat()
        assert (after.st_ino, after.st_mtime_ns) == (stat.st_ino, stat.st_mtime_ns), name
