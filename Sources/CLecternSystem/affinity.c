// Why C: glibc declares sched_getaffinity and the CPU_ALLOC/CPU_COUNT_S macros only under
// _GNU_SOURCE, which Swift's Glibc module does not see.
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>

#include "lectern_system.h"

int lectern_allowed_cpu_count(void) {
  // A fixed cpu_set_t holds 1,024 CPUs; larger machines need a larger set (EINVAL until
  // it is large enough).
  for (int cpus = 1024; cpus <= (1 << 16); cpus *= 2) {
    cpu_set_t *set = CPU_ALLOC(cpus);
    if (set == NULL) return -1;
    size_t size = CPU_ALLOC_SIZE(cpus);
    CPU_ZERO_S(size, set);
    if (sched_getaffinity(0, size, set) == 0) {
      int count = CPU_COUNT_S(size, set);
      CPU_FREE(set);
      return count;
    }
    int failure = errno;
    CPU_FREE(set);
    if (failure != EINVAL) {
      errno = failure;
      return -1;
    }
  }
  errno = EINVAL;
  return -1;
}
