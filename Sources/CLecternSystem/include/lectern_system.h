// The few C entry points LecternSystem needs that Swift's Glibc module does not declare
// (glibc declares them only under _GNU_SOURCE), the wait-status macros as functions, and the
// window between fork and the child's work, which must run async-signal-safe calls only.
#ifndef LECTERN_SYSTEM_H
#define LECTERN_SYSTEM_H

#include <sys/types.h>

/// `RENAME_EXCHANGE` for `lectern_renameat2`: both names exist before and after, swapped.
#define LECTERN_RENAME_EXCHANGE 2u
/// `RENAME_NOREPLACE` for `lectern_renameat2`: fail with EEXIST if the target exists.
#define LECTERN_RENAME_NOREPLACE 1u

/// `pipe2(fds, O_CLOEXEC)`: both ends close on exec, set atomically with their creation.
int lectern_pipe_cloexec(int fds[2]);

/// `renameat2(AT_FDCWD, from, AT_FDCWD, to, flags)`; -1 with errno on failure (ENOSYS or
/// EINVAL where the kernel or file system cannot).
int lectern_renameat2(const char *from, const char *to, unsigned int flags);

/// Closes every descriptor from `first` to `last`: `close_range`, else `close` one by one.
/// Async-signal-safe.
void lectern_close_range(unsigned int first, unsigned int last);

/// `WIFEXITED(status)`.
int lectern_exited(int status);
/// `WEXITSTATUS(status)`.
int lectern_exit_code(int status);
/// `WIFSIGNALED(status)`.
int lectern_signaled(int status);
/// `WTERMSIG(status)`.
int lectern_term_signal(int status);

/// What a forked child sets up before its work starts.
typedef struct lectern_child_setup {
  /// Descriptors the child keeps (others above 2 are closed), sorted ascending.
  const int *keep;
  /// How many `keep` holds.
  int keep_count;
  /// A descriptor to become the child's stderr, or -1 to keep the inherited one.
  int standard_error;
  /// A descriptor to become the child's stdin, or -1 to keep the inherited one.
  int standard_input;
  /// Seconds until SIGALRM ends the child; 0: no limit.
  unsigned int time_limit;
} lectern_child_setup;

/// Forks; in the child, before returning 0, sets the signal dispositions every Lectern child
/// needs (fatal signals, SIGINT, SIGTERM and SIGALRM to their default so they end it at once;
/// SIGPIPE and SIGXFSZ ignored so that writes fail with EPIPE or EFBIG instead), unblocks
/// every signal, redirects stderr, closes inherited descriptors and sets the time limit.
/// Returns the child's pid in the parent, -1 with errno when fork fails. Only
/// async-signal-safe calls run in the child here.
pid_t lectern_fork(const lectern_child_setup *setup);

/// Forks as `lectern_fork` does, then in the child executes the program at `path` with the
/// NULL-terminated `argv` and this process's environment; a child that cannot execute it ends
/// with status 127, as a shell's does. Returns the child's pid, -1 with errno when fork
/// fails. Only async-signal-safe calls run in the child.
pid_t lectern_spawn(const lectern_child_setup *setup, const char *path, char *const argv[]);

/// How many CPUs the calling thread may run on (`sched_getaffinity`, with a CPU set large
/// enough for the machine); -1 with errno when it cannot be told.
int lectern_allowed_cpu_count(void);

/// Fixes glibc's threshold for serving an allocation by its own mapping at `bytes`
/// (`mallopt(M_MMAP_THRESHOLD)`, declared in <malloc.h>, which Swift's Glibc module omits);
/// returns 1 on success, 0 otherwise.
int lectern_set_mmap_threshold(int bytes);

#endif
