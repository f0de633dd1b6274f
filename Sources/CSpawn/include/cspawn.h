#ifndef CSPAWN_H
#define CSPAWN_H

/// pipe2(fds, O_CLOEXEC): both ends close-on-exec from the start, so a child started by another
/// thread at the same moment cannot inherit them. Glibc declares pipe2 only under _GNU_SOURCE.
int cspawn_pipe_cloexec(int fds[2]);

#endif
