"""The API discovery a Kubernetes API server answers, for kubectl on a machine with no cluster.

`kubectl create --dry-run=client -f FILE` decodes and prints the objects of FILE without
creating them, but it still asks a server which resources exist (to map each kind to its
resource) and fails with no server at all. This serves only that discovery, on 127.0.0.1,
for the kinds the examples use; anything else is 404. kubectl is run with --validate=false,
since no OpenAPI schema is served: the manifest's fields are checked by the tests instead.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RESOURCES = {
    "/api/v1": [
        ("persistentvolumeclaims", "PersistentVolumeClaim", True),
        ("configmaps", "ConfigMap", True),
    ],
    "/apis/batch/v1": [("jobs", "Job", True)],
}


def _resource_list(group_version, resources):
    return {
        "kind": "APIResourceList",
        "apiVersion": "v1",
        "groupVersion": group_version,
        "resources": [
            {"name": name, "singularName": "", "namespaced": namespaced, "kind": kind,
             "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"]}
            for name, kind, namespaced in resources
        ],
    }


def _answers(address):
    return {
        "/api": {"kind": "APIVersions", "versions": ["v1"],
                 "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": address}]},
        "/apis": {"kind": "APIGroupList", "apiVersion": "v1", "groups": [
            {"name": "batch", "versions": [{"groupVersion": "batch/v1", "version": "v1"}],
             "preferredVersion": {"groupVersion": "batch/v1", "version": "v1"}}]},
        "/api/v1": _resource_list("v1", RESOURCES["/api/v1"]),
        "/apis/batch/v1": _resource_list("batch/v1", RESOURCES["/apis/batch/v1"]),
    }


class DiscoveryServer:
    """`with DiscoveryServer() as url:` serves discovery at `url` until the block ends."""

    def __enter__(self):
        answers = {}

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the standard library's name)
                body = answers.get(self.path.split("?")[0])
                self.send_response(200 if body is not None else 404)
                data = json.dumps(body if body is not None else {"kind": "Status", "code": 404}).encode()
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *arguments):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        address = f"127.0.0.1:{self.server.server_address[1]}"
        answers.update(_answers(address))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return f"http://{address}"

    def __exit__(self, *exception):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()
