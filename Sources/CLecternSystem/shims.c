// Why C: these calls are declared by glibc only under _GNU_SOURCE, or are macros, or must run
// between fork and the child's work where only async-signal-safe calls are allowed (the same
// reason swift-subprocess keeps its fork-to-exec window in process_shims.c).
#define _GNU_SOURCE 1

#include "include/lectern_system.h"

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int lectern_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int lectern_renameat2(const char *from, const char *to, unsigned int flags) {
#ifdef SYS_renameat2
  return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, flags);
#else
  errno = ENOSYS;
  return -1;
#endif
}

void lectern_close_range(unsigned int first, unsigned int last) {
  if (first > last) return;
#ifdef SYS_close_range
  if (syscall(SYS_close_range, first, last, 0) == 0) return;
#endif
  // Kernels before 5.9: close one by one up to the descriptor limit.
  struct rlimit limit;
  unsigned int end = last;
  if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY &&
      limit.rlim_cur - 1 < end) {
    end = (unsigned int)(limit.rlim_cur - 1);
  }
  if (end > 65535) end = 65535;
  for (unsigned int fd = first; fd <= end && fd >= first; fd++) close((int)fd);
}

int lectern_exited(int status) { return WIFEXITED(status); }
int lectern_exit_code(int status) { return WEXITSTATUS(status); }
int lectern_signaled(int status) { return WIFSIGNALED(status); }
int lectern_term_signal(int status) { return WTERMSIG(status); }

static void set_disposition(int signal_number, void (*handler)(int)) {
  struct sigaction action;
  action.sa_handler = handler;
  action.sa_flags = 0;
  sigemptyset(&action.sa_mask);
  sigaction(signal_number, &action, NULL);
}

pid_t lectern_fork(const lectern_child_setup *setup) {
  pid_t pid = fork();
  if (pid != 0) return pid;
  // The child. A crash ends it at once with the C library's message as its last stderr line.
  static const int defaults[] = {SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP,
                                 SIGINT,  SIGTERM, SIGALRM, SIGQUIT, SIGHUP};
  for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
    set_disposition(defaults[i], SIG_DFL);
  }
  set_disposition(SIGPIPE, SIG_IGN);
  set_disposition(SIGXFSZ, SIG_IGN);
  // The forking thread may block signals (test runners do); the child must receive them.
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  if (setup->standard_error >= 0 && setup->standard_error != STDERR_FILENO) {
    dup2(setup->standard_error, STDERR_FILENO);
  }
  if (setup->standard_input >= 0 && setup->standard_input != STDIN_FILENO) {
    dup2(setup->standard_input, STDIN_FILENO);
  }
  unsigned int first = 3;
  for (int i = 0; i < setup->keep_count; i++) {
    int kept = setup->keep[i];
    if (kept < (int)first) continue;
    lectern_close_range(first, (unsigned int)kept - 1);
    first = (unsigned int)kept + 1;
  }
  lectern_close_range(first, ~0u);
  alarm(setup->time_limit);
  return 0;
}

pid_t lectern_spawn(const lectern_child_setup *setup, const char *path, char *const argv[]) {
  pid_t pid = lectern_fork(setup);
  if (pid != 0) return pid;
  execv(path, argv);
  _exit(127);
}

int lectern_set_mmap_threshold(int bytes) { return mallopt(M_MMAP_THRESHOLD, bytes); }
