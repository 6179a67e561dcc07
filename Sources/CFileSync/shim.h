#ifndef REFGAP_CFILESYNC_SHIM_H
#define REFGAP_CFILESYNC_SHIM_H
/* Starting a file's writeback early (Linux's sync_file_range), which Swift's Glibc module does not
 * export: the reports' bytes go to disk while the other files are still being made, and the fsync
 * before they replace the previous reports waits for less. A no-op elsewhere. */
#ifdef __linux__
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
static inline int refgap_start_writeback(int fd) {
    return sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
}
#else
static inline int refgap_start_writeback(int fd) { (void)fd; return 0; }
#endif
#endif
