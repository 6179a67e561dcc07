#ifndef REFGAP_CLIBCSV_SHIM_H
#define REFGAP_CLIBCSV_SHIM_H
#include <stddef.h>
#include <csv.h>

/* A space function that calls nothing a space: libcsv then keeps spaces and tabs around unquoted
   fields as they are. In C, so the parser calls it directly rather than through a Swift thunk. */
static inline int refgap_csv_no_space(unsigned char c) { (void)c; return 0; }
#endif
