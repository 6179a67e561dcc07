// What a page costs the first time a program touches it, on this host: N MiB of fresh anonymous memory
// written once (as a heap that grows does), then N MiB written to a new file (as reports are), three
// rounds each, each round's memory given back before the next. A round after a pause of a few seconds
// shows what pages the host took back cost; the rounds right after, pages it still held.
//   cc -O2 -o .build/first-touch scripts/bench/first_touch.c && .build/first-touch 100 /tmp/first-touch.out
// (scripts/bench/README.md, "After 01d8ec8", quotes it.)
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s MIB FILE\n", argv[0]);
        return 2;
    }
    size_t bytes = (size_t)atoi(argv[1]) << 20, chunk = 1 << 18;
    for (int round = 1; round <= 3; round++) {
        double t0 = now();
        char *p = mmap(0, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) return 1;
        memset(p, 1, bytes);
        double t1 = now();
        munmap(p, bytes);
        printf("anonymous, round %d: %zu MiB in %.1f ms (%.2f ms a MiB)\n", round, bytes >> 20, (t1 - t0) * 1e3,
            (t1 - t0) * 1e3 / (bytes >> 20));
    }
    char *buffer = malloc(chunk);
    if (!buffer) return 1;
    memset(buffer, 'x', chunk);
    for (int round = 1; round <= 3; round++) {
        unlink(argv[2]);
        double t0 = now();
        int fd = open(argv[2], O_CREAT | O_WRONLY | O_TRUNC, 0644);
        if (fd < 0) return 1;
        for (size_t written = 0; written < bytes; written += chunk)
            if (write(fd, buffer, chunk) != (ssize_t)chunk) return 1;
        close(fd);
        double t1 = now();
        printf("file, round %d: %zu MiB in %.1f ms (%.2f ms a MiB)\n", round, bytes >> 20, (t1 - t0) * 1e3,
            (t1 - t0) * 1e3 / (bytes >> 20));
    }
    unlink(argv[2]);
    return 0;
}
