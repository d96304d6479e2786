"""A one-node Slurm cluster on localhost, run from a temporary folder for a test session.

munged, slurmctld and slurmd run in the foreground as children of the test process, with every
file (keys, sockets, state, spool, logs, configuration) under one folder and the clients
pointed at it by SLURM_CONF: no systemd, nothing under /etc. Ports are chosen free on
127.0.0.1. The node advertises 4 CPUs (config_overrides) so that a 4-task array runs in one
wave on a 2-core machine; batch_sched_delay=0 starts tasks as soon as they are submitted.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

DAEMONS = ("munged", "slurmctld", "slurmd", "sbatch", "squeue", "scontrol", "sinfo")


def missing_programs():
    """The programs a cluster needs that are not on PATH (scripts/setup installs them)."""
    return [name for name in DAEMONS if shutil.which(name) is None]


def cgroup_mounted():
    """Whether a cgroup filesystem is mounted under /sys/fs/cgroup: slurmd 22.05 loads its
    cgroup plugin whatever ProctrackType says, and does not start without one (a container
    whose /sys is a bare sysfs has none)."""
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return False
    for line in lines:
        fields = line.split(" - ")
        if len(fields) != 2:
            continue
        mount_point = fields[0].split()[4]
        fstype = fields[1].split()[0]
        if fstype in ("cgroup", "cgroup2") and mount_point.startswith("/sys/fs/cgroup"):
            return True
    return False


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, what, timeout=120.0):
    """Polls `condition` until it holds: the daemons and the scheduler work on their own
    time. The timeout is a guard against a hang, not a measurement."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what} after {timeout:.0f} s")
        time.sleep(0.1)


class SlurmCluster:
    """Start with `start()`, always `stop()` (a fixture's teardown)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.host = socket.gethostname().split(".")[0]
        self.processes = {}
        self.environment = dict(os.environ, SLURM_CONF=str(folder / "slurm.conf"))

    def start(self):
        for name in ("munge", "state", "spool", "log"):
            (self.folder / name).mkdir(parents=True)
        self._start_munge()
        self._write_configuration()
        conf = str(self.folder / "slurm.conf")
        self._spawn("slurmctld", ["slurmctld", "-D", "-i", "-f", conf])
        self._spawn("slurmd", ["slurmd", "-D", "-f", conf, "-N", self.host])
        wait_for(self._node_idle, "the node to be idle", timeout=60)

    def _start_munge(self):
        munge = self.folder / "munge"
        # munged refuses a socket folder that others cannot enter; the key stays 0600.
        munge.chmod(0o755)
        key = munge / "munge.key"
        subprocess.run(["mungekey", "--create", f"--keyfile={key}"], check=True)
        key.chmod(0o600)
        self.munge_socket = munge / "munge.socket"
        self._spawn(
            "munged",
            [
                "munged", "--foreground", "--force", f"--socket={self.munge_socket}",
                f"--key-file={key}", f"--pid-file={munge / 'munged.pid'}",
                f"--log-file={munge / 'munged.log'}", f"--seed-file={munge / 'munged.seed'}",
            ],
        )
        wait_for(self.munge_socket.exists, "munged's socket", timeout=30)

    def _write_configuration(self):
        f = self.folder
        settings = {
            "ClusterName": "lectern-test",
            "SlurmctldHost": f"{self.host}(127.0.0.1)",
            "SlurmctldPort": free_port(),
            "SlurmdPort": free_port(),
            "SlurmUser": "root",
            "SlurmdUser": "root",
            "AuthType": "auth/munge",
            "AuthInfo": f"socket={self.munge_socket}",
            "CredType": "cred/munge",
            "StateSaveLocation": f / "state",
            "SlurmdSpoolDir": f / "spool",
            "SlurmctldPidFile": f / "slurmctld.pid",
            "SlurmdPidFile": f / "slurmd.pid",
            "SlurmctldLogFile": f / "log" / "slurmctld.log",
            "SlurmdLogFile": f / "log" / "slurmd.log",
            "ProctrackType": "proctrack/linuxproc",
            "TaskPlugin": "task/none",
            "SelectType": "select/cons_tres",
            "SelectTypeParameters": "CR_CPU",
            "AccountingStorageType": "accounting_storage/none",
            "JobCompType": "jobcomp/filetxt",
            "JobCompLoc": f / "log" / "jobcomp.txt",
            "ReturnToService": 2,
            "MinJobAge": 600,
            "SchedulerParameters": "batch_sched_delay=0",
            "SlurmdParameters": "config_overrides",
            "MpiDefault": "none",
        }
        lines = [f"{key}={value}" for key, value in settings.items()]
        lines.append(f"NodeName={self.host} NodeAddr=127.0.0.1 CPUs=4 RealMemory=1000 State=UNKNOWN")
        lines.append(f"PartitionName=batch Nodes={self.host} Default=YES MaxTime=INFINITE State=UP")
        (f / "slurm.conf").write_text("\n".join(lines) + "\n")

    def _spawn(self, name, command):
        log = open(self.folder / "log" / f"{name}.out", "wb")
        self.processes[name] = (subprocess.Popen(command, stdout=log, stderr=log, env=self.environment), log)

    def _node_idle(self):
        for name, (process, _) in self.processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}: {self.logs()}")
        result = self.run(["sinfo", "-h", "-N", "-o", "%T"], check=False)
        return result.returncode == 0 and result.stdout.strip() == "idle"

    def run(self, command, check=True, **options):
        return subprocess.run(
            command, env=options.pop("env", self.environment), capture_output=True, text=True,
            check=check, **options)

    def submit(self, script, arguments, array, folder, environment):
        """Submits `script` as a job array; returns the job id."""
        env = dict(self.environment, **environment)
        result = self.run(
            ["sbatch", "--parsable", f"--array={array}", f"--chdir={folder}",
             f"--output={folder}/task-%a.log", str(script), *arguments],
            env=env)
        return result.stdout.strip().split(";")[0]

    def wait(self, job):
        """Waits until every task of `job` has left the queue; returns {task: (state, exit)}."""
        # A 12-document array takes seconds alone, minutes on a machine busy with builds.
        wait_for(lambda: self.run(["squeue", "-h", "-j", job]).stdout.strip() == "", f"job {job}",
                 timeout=900)
        records = self.run(["scontrol", "-o", "show", "job", job]).stdout.splitlines()
        tasks = {}
        for record in records:
            fields = dict(re.findall(r"(\w+)=(\S*)", record))
            tasks[int(fields["ArrayTaskId"])] = (fields["JobState"], fields["ExitCode"])
        return tasks

    def logs(self):
        texts = []
        for path in sorted((self.folder / "log").glob("*")):
            texts.append(f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}")
        return "\n".join(texts)

    def stop(self):
        """Stops slurmd, slurmctld and munged, in that order, and reaps them."""
        for name in ("slurmd", "slurmctld", "munged"):
            if name not in self.processes:
                continue
            process, log = self.processes.pop(name)
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            log.close()
