#ifndef REFGAP_CMALLOC_SHIM_H
#define REFGAP_CMALLOC_SHIM_H
/* glibc's malloc tuning (mallopt), which Swift's Glibc module does not export. */
#ifdef __linux__
#include <malloc.h>
#endif
#endif
