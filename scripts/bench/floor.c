/* The floor under refgap's run: only what the spec and the brief make any libcsv-based reader do.
 * It cuts the file at a record boundary (a quote-parity scan), parses each half with its own libcsv
 * parser on its own thread (refgap's options; the callbacks only count), and computes the file's
 * SHA-256 (run.json reports it) on a third thread, reading in 256 KiB chunks as refgap does.
 * No typing, no aggregation, no reports: whatever refgap does beyond this is its own work.
 *
 *   cc -O2 -o floor floor.c -lcsv -lcrypto -lpthread && ./floor opportunities.csv
 */
#include <csv.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHUNK (1 << 18)

struct part { const char *path; long start, end; long fields, records, bytes, pending; int failed; };

static void on_field(void *s, size_t len, void *data) {
    struct part *p = data;
    p->fields++;
    p->pending++;
    p->bytes += (long)len;
    (void)s;
}
/* With CSV_REPALL_NL a line end with no fields (the LF of a CRLF, a blank line) is reported too. */
static void on_record(int c, void *data) {
    struct part *p = data;
    if (p->pending) p->records++;
    p->pending = 0;
    (void)c;
}
static int no_space(unsigned char c) { (void)c; return 0; }

static void *parse(void *arg) {
    struct part *p = arg;
    int fd = open(p->path, O_RDONLY);
    char *buf = malloc(CHUNK);
    struct csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL | CSV_EMPTY_IS_NULL);
    csv_set_space_func(&parser, no_space);
    csv_set_blk_size(&parser, 65536);
    for (long off = p->start; off < p->end;) {
        long want = p->end - off < CHUNK ? p->end - off : CHUNK;
        ssize_t n = pread(fd, buf, (size_t)want, off);
        if (n <= 0) { p->failed = 1; break; }
        if (csv_parse(&parser, buf, (size_t)n, on_field, on_record, p) != (size_t)n) { p->failed = 1; break; }
        off += n;
    }
    if (csv_fini(&parser, on_field, on_record, p) != 0) p->failed = 1;
    csv_free(&parser);
    free(buf);
    close(fd);
    return NULL;
}

static unsigned char digest[32];

static void *sha(void *arg) {
    int fd = open((const char *)arg, O_RDONLY);
    char *buf = malloc(CHUNK);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
    ssize_t n;
    while ((n = read(fd, buf, CHUNK)) > 0) EVP_DigestUpdate(ctx, buf, (size_t)n);
    EVP_DigestFinal_ex(ctx, digest, NULL);
    EVP_MD_CTX_free(ctx);
    free(buf);
    close(fd);
    return NULL;
}

/* The first line end at or after `target` that an even number of quotes precede. */
static long cut(const char *path, long size, long target) {
    int fd = open(path, O_RDONLY);
    unsigned char *buf = malloc(CHUNK);
    long quotes = 0, found = size;
    for (long off = 0; off < size && found == size;) {
        ssize_t n = pread(fd, buf, CHUNK, off);
        if (n <= 0) break;
        for (ssize_t i = 0; i < n; i++) {
            if (buf[i] == '"') quotes++;
            else if (buf[i] == '\n' && off + i >= target && (quotes & 1) == 0) { found = off + i + 1; break; }
        }
        off += n;
    }
    free(buf);
    close(fd);
    return found;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: floor FILE\n"); return 2; }
    struct stat st;
    if (stat(argv[1], &st) != 0) { perror(argv[1]); return 1; }
    long size = st.st_size, middle = size >= (4L << 20) ? cut(argv[1], size, size / 2) : size;
    struct part parts[2] = { { argv[1], 0, middle, 0, 0, 0, 0, 0 }, { argv[1], middle, size, 0, 0, 0, 0, 0 } };
    pthread_t threads[3];
    pthread_create(&threads[0], NULL, sha, argv[1]);
    pthread_create(&threads[1], NULL, parse, &parts[0]);
    if (middle < size) pthread_create(&threads[2], NULL, parse, &parts[1]);
    pthread_join(threads[1], NULL);
    if (middle < size) pthread_join(threads[2], NULL);
    pthread_join(threads[0], NULL);
    if (parts[0].failed || parts[1].failed) { fprintf(stderr, "%s: parse failed\n", argv[1]); return 1; }
    printf("records %ld, fields %ld, field bytes %ld, sha256 ", parts[0].records + parts[1].records,
           parts[0].fields + parts[1].fields, parts[0].bytes + parts[1].bytes);
    for (int i = 0; i < 32; i++) printf("%02x", digest[i]);
    printf("\n");
    return 0;
}
