// The one C entry point the batch layer needs that Swift's Glibc module does not declare:
// glibc declares sched_getaffinity and the CPU_* macros only under _GNU_SOURCE. (To move into
// the system layer's C shim once that layer is on main.)
#ifndef LECTERN_BATCH_H
#define LECTERN_BATCH_H

/// How many CPUs the calling thread may run on (`sched_getaffinity`, with a CPU set large
/// enough for the machine); -1 with errno when it cannot be told.
int lectern_allowed_cpu_count(void);

#endif
