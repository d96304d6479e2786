"""The Kubernetes Indexed Job of docs/examples, checked without a cluster: kubectl decodes the
manifest (client-side dry run), its schema is validated for Kubernetes 1.30, and its
container's command runs as N local processes with JOB_COMPLETION_INDEX=0…N-1 into one
folder, which must then hold exactly what one machine renders."""

import os
import shutil
import subprocess

import pytest
import yaml

from conftest import EXAMPLES, ROOT, document_trees, write_documents, write_list
from kube_discovery import DiscoveryServer

MANIFEST = EXAMPLES / "lectern-indexed-job.yaml"
KUBERNETES_VERSION = "1.30.0"


def decoded_manifest(workspace):
    """The manifest's objects as kubectl prints them with `create --dry-run=client -o yaml`."""
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("no kubectl on PATH: scripts/setup installs Debian's kubernetes-client "
                    "when no other kubectl is installed")
    environment = dict(os.environ, KUBECONFIG=os.devnull, HOME=str(workspace))
    with DiscoveryServer() as server:
        result = subprocess.run(
            [kubectl, "--server", server, "create", "--dry-run=client", "--validate=false",
             "-o", "yaml", "-f", str(MANIFEST)],
            capture_output=True, text=True, env=environment)
    assert result.returncode == 0, result.stderr
    return [item for item in yaml.safe_load_all(result.stdout) if item]


def test_manifest_is_a_valid_indexed_job_with_a_shared_volume(workspace):
    objects = decoded_manifest(workspace)
    kubernetes_validate = pytest.importorskip("kubernetes_validate")
    for resource in objects:
        kubernetes_validate.validate(resource, KUBERNETES_VERSION, strict=True)
    [claim] = [o for o in objects if o["kind"] == "PersistentVolumeClaim"]
    [job] = [o for o in objects if o["kind"] == "Job"]
    spec = job["spec"]
    assert spec["completionMode"] == "Indexed"
    [container] = spec["template"]["spec"]["containers"]
    command = container["command"]
    assert command[command.index("--shard") + 1] == "auto"
    assert int(command[command.index("--shards") + 1]) == spec["completions"]
    # The output and the cache live on the volume every pod mounts, read-write by many.
    assert "ReadWriteMany" in claim["spec"]["accessModes"]
    [mount] = container["volumeMounts"]
    [volume] = spec["template"]["spec"]["volumes"]
    assert volume["persistentVolumeClaim"]["claimName"] == claim["metadata"]["name"]
    assert mount["name"] == volume["name"]
    data = mount["mountPath"]
    assert command[command.index("--output") + 1].startswith(data + "/")
    env = {item["name"]: item["value"] for item in container.get("env", [])}
    assert env["LECTERN_CACHE_DIR"].startswith(data + "/")


def test_indexed_job_contract_as_local_processes(workspace, lectern):
    objects = decoded_manifest(workspace)
    [job] = [o for o in objects if o["kind"] == "Job"]
    [container] = job["spec"]["template"]["spec"]["containers"]
    data = container["volumeMounts"][0]["mountPath"]
    volume = workspace / "volume"
    # The pod's paths under the volume become paths under a local folder.
    local = lambda text: text.replace(data, str(volume)) if text.startswith(data) else text
    command = [str(lectern.binary) if word == "lectern" else local(word) for word in container["command"]]
    listing = command[command.index("--from-list") + 1]
    documents = write_documents(volume / "documents", 12)
    write_list(volume / listing.removeprefix(str(volume) + "/"), documents)
    environment = dict(lectern.environment)
    environment.update({item["name"]: local(item["value"]) for item in container.get("env", [])})

    # The image's working folder (its voices/) is this checkout.
    assert (ROOT / "voices").is_dir() and container["workingDir"]
    processes = [
        subprocess.Popen(command, env=dict(environment, JOB_COMPLETION_INDEX=str(index)),
                         cwd=ROOT, stderr=subprocess.PIPE, text=True)
        for index in range(job["spec"]["completions"])
    ]
    results = [(process.wait(), process.stderr.read()) for process in processes]

    assert all(status == 0 for status, _ in results), results
    output = volume / command[command.index("--output") + 1].removeprefix(str(volume) + "/")
    lectern.run("render", *documents, "--output", workspace / "single", "--no-cache", "--quiet")
    sharded, single = document_trees(output), document_trees(workspace / "single")
    assert sorted(sharded) == sorted(single) == sorted(path.stem for path in documents)
    for name in single:
        assert sharded[name] == single[name], f"{name} differs"
    status, report = lectern.report(output)
    assert status == 0 and report["done"] == 12
